import { parseMinutes } from './parse-minutes.js';

// A typewritten council protocol's conventions (invented texts; the leftovers of an old eDoc fixture, read in the
// fourteenth session): labelled values side by side on one line, attendance as "all but" in one sentence, another
// body's dated `indstilling`, and a title in capitals that hangs under its own column.

const parse = (lines: string[]) => parseMinutes(lines.join('\n'), 'synthetic.txt');
const attendance = (lines: string[]) =>
  parse(lines).participants.map(({ name, attendance: status, substituteFor, partial }) => ({ name, status, ...(substituteFor ? { substituteFor } : {}), ...(partial ? { partial } : {}) }));
const items = ['', '12.   GODKENDELSE AF DAGSORDEN.', '', 'Byrådets beslutning:', 'Godkendt.'];

describe('typewritten protocol head and items (unit)', () => {
  it('reads labelled values printed side by side on one line, each for itself', () => {
    const meeting = parse(['PRØVEBY KOMMUNE          BYRÅDET', '', 'Mødedato: 14.04.1999      Mødetid: Kl. 19.00      Mødested: Byrådssalen, Prøveby Rådhus', ...items]).meeting;
    expect(meeting).toMatchObject({ date: '1999-04-14', startTime: '19:00', location: 'Byrådssalen, Prøveby Rådhus' });
  });

  it('reads `Samtlige medlemmer var mødt, bortset fra A (afbud), for hvem stedfortræder B var indkaldt.` wrapped over two lines', () => {
    const lines = [
      'PRØVEBY KOMMUNE          BYRÅDET', 'Mødedato: 14.04.1999', '',
      'Samtlige medlemmer var mødt, bortset fra Else Vang (afbud), for hvem', 'stedfortræder Jens Krog var indkaldt.',
      'Lis Holm forlod mødet kl. 21.00 efter behandlingen af sag nr. 14.', ...items,
    ];
    expect(attendance(lines)).toEqual([
      { name: 'Else Vang', status: 'apologies' },
      { name: 'Jens Krog', status: 'attended', substituteFor: 'Else Vang' },
      { name: 'Lis Holm', status: 'attended', partial: 'forlod mødet kl. 21.00 efter behandlingen af sag nr. 14' },
    ]);
  });

  it('reads "all but" without a reason or a stand-in as absences of every name', () => {
    const lines = ['Prøveudvalget', 'Mødedato: 14.04.2011', '', 'Udvalgets medlemmer var til stede, undtagen: Else Vang (V) og Jens Krog (A).', ...items];
    expect(attendance(lines)).toEqual([
      { name: 'Else Vang', status: 'absent' },
      { name: 'Jens Krog', status: 'absent' },
    ]);
  });

  it('reads another body`s dated `indstilling` block (`Økonomiudvalgets indstilling af 06.04.1999:`) as an earlier treatment', () => {
    const lines = [
      'PRØVEBY KOMMUNE          BYRÅDET', 'Mødedato: 14.04.1999', '',
      '13.   REGNSKAB 1998.', '        Sagsnr. 99/0101', '', 'Regnskabet viser et lille overskud.', '',
      'Økonomiudvalgets indstilling af 06.04.1999:', 'Økonomiudvalget indstiller regnskabet til godkendelse.', '',
      'Byrådets beslutning:', 'Godkendt.',
    ];
    const [item] = parse(lines).items;
    expect(item!.earlierTreatments.map(({ body, date, outcome }) => ({ body, date, outcome }))).toEqual([{ body: 'Økonomiudvalget', date: '1999-04-06', outcome: 'recommended' }]);
    expect(item!.decision).toMatchObject({ outcome: 'approved' });
  });

  it('joins a title in capitals with the line that hangs under its column, however short the line above', () => {
    const lines = [
      'PRØVEBY KOMMUNE          BYRÅDET', 'Mødedato: 14.04.1999', '',
      '14.   TILSKUD TIL PRØVEBY ROKLUBS', '      NYE BÅDEHUS.', '        Sagsnr. 99/0202', '', 'Byrådets beslutning:', 'Godkendt.', '',
      '15.   KØB AF EJENDOM', '        Sagsnr. 99/0203', '', 'Byrådets beslutning:', 'Godkendt.',
    ];
    expect(parse(lines).items.map((item) => item.title)).toEqual(['TILSKUD TIL PRØVEBY ROKLUBS NYE BÅDEHUS.', 'KØB AF EJENDOM']);
  });

  it('keeps text in ordinary case that hangs under a title in capitals as the item`s text', () => {
    const lines = [
      'PRØVEBY KOMMUNE          BYRÅDET', 'Mødedato: 14.04.1999', '',
      '14.   TILSKUD TIL PRØVEBY ROKLUBS', '      Roklubben søger tilskud', '      til et nyt bådehus.', '', 'Byrådets beslutning:', 'Godkendt.',
    ];
    expect(parse(lines).items.map((item) => item.title)).toEqual(['TILSKUD TIL PRØVEBY ROKLUBS']);
  });
});
