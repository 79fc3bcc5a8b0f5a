import { parseMinutes } from './parse-minutes.js';

// Conventions the twenty-first held-out round of issue 12 (half A: Midtjylland and Syddanmark) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twenty-first held-out round (half A)', () => {
  it('numbers bare item headings by the numbered agenda list over them (Word numbering lost in the headings, kept in the list)', () => {
    // A Word referat through a text export (Apache Tika's `--text`): a blank line after every paragraph, the agenda a
    // numbered list whose numbers stayed as text, the headings' automatic numbers lost.
    const text = [
      'Seniorrådet',
      '',
      'Referat af møde onsdag den 4. marts 2026 kl. 10.00',
      '',
      'Dagsorden:',
      '',
      '1. Godkendelse af dagsorden',
      '',
      '2. Orientering om nye busruter',
      '',
      '3. Aktivitetsplan 2026',
      '',
      'Godkendelse af dagsorden',
      '',
      'Referat:',
      '',
      'Godkendt.',
      '',
      'Orientering om nye busruter',
      '',
      'Trafikplanlæggeren fortalte om ruterne.',
      '',
      'Referat:',
      '',
      'Taget til efterretning.',
      '',
      'Aktivitetsplan 2026',
      '',
      'Referat:',
      '',
      'Planen blev drøftet.',
      '',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Orientering om nye busruter'],
      [3, 'Aktivitetsplan 2026'],
    ]);
  });
  it('opens an item at the next number of a referat written as one numbered list, text and bullets before its `Beslutning:`', () => {
    // Google Docs' plain-text download: the items one numbered list, each entry's text, bullets and a tab table under it.
    const text = [
      'Brugerrådet for Plejecentrene',
      'Referat af møde mandag den 9. marts 2026 kl. 14.00',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '2. Nyt fra centrene',
      '* Solgården har fået ny køkkenleder.',
      '* Tre nye frivillige er startet.',
      'Beslutning: Taget til efterretning.',
      '3. Sommerudflugt',
      'Dato\tSted',
      '12. juni\tSkovsøen',
      'Beslutning: Rådet drøftede udflugten.',
    ].join('\r\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Nyt fra centrene'],
      [3, 'Sommerudflugt'],
    ]);
  });

  it('ends a title at a lettered sub-heading under it (`a. Fra formanden`), though it starts in lower case', () => {
    const text = [
      'Brugerrådet for Plejecentrene',
      'Referat af møde mandag den 9. marts 2026 kl. 14.00',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '2. Meddelelser',
      'a. Fra formanden',
      '* Formanden har holdt møde med centerlederne.',
      'b. Fra forvaltningen',
      '* Budgettet er uændret.',
      'Beslutning: Taget til efterretning.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Meddelelser'],
    ]);
  });
});
