import { MAY_TELL_DATE, MAY_TELL_LABELLED_VERDICT, MAY_TELL_TREATED_AT_MEETING, MAY_TELL_VERDICT_DATED, MAY_TELL_VERDICT_PERFECT_DATED } from './decision-blocks.js';

// MAY_TELL_DATE gates the four dated forms' MAY_TELL patterns (earlier-prose.parser.ts): it must pass every text that
// one of them passes, or an earlier treatment told in prose would go unread. Each form in invented sentences, the date
// after `den` or `d.`, with a line break or a non-breaking space before the day.
describe('MAY_TELL_DATE', () => {
  const dated: [RegExp, string][] = [
    [MAY_TELL_VERDICT_DATED, 'Havneudvalget godkendte planen den 4. maj 2021.'],
    [MAY_TELL_VERDICT_DATED, 'Skoleudvalget anbefalede forslaget d. 12.03.2019, pkt. 7.'],
    [MAY_TELL_VERDICT_PERFECT_DATED, 'Havneudvalget har herefter den\n9. juni 2020 godkendt planen.'],
    [MAY_TELL_VERDICT_PERFECT_DATED, 'Rådet har d.\u00a03. marts 2015, pkt. 4, anbefalet tilskuddet.'],
    [MAY_TELL_TREATED_AT_MEETING, 'Havneudvalget drøftede skitsen på mødet den 2. februar 2022, punkt 3.'],
    [MAY_TELL_TREATED_AT_MEETING, 'Rådet sendte udkastet i høring på sit møde d. 8. april 2018.'],
    [MAY_TELL_LABELLED_VERDICT, 'Havneudvalgets indstilling den 14. januar 2023: Anbefales.'],
  ];
  const undated = ['Havneudvalget godkendte planen.', 'Rådet har anbefalet tilskuddet.', 'Sagen blev drøftet på mødet i maj.', 'Den nye plan træder i kraft.'];

  it('passes every text that a dated form may tell', () => {
    for (const [form, text] of dated) {
      expect(form.test(text)).toBe(true);
      expect(MAY_TELL_DATE.test(text)).toBe(true);
    }
  });

  it('holds back texts without a date after `den` or `d.`, which none of the forms tells', () => {
    for (const text of undated) {
      expect(MAY_TELL_DATE.test(text)).toBe(false);
      for (const [form] of dated) expect(form.test(text)).toBe(false);
    }
  });
});
