import { earlierTreatmentsInProse } from './earlier-prose.parser.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the sixth held-out round of issue 12 (half B: Sjælland, Fyn, Hovedstaden) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the sixth held-out round (half B)', () => {
  it('reads the start time under `Mødetid:` (with or without an end time)', () => {
    const head = (time: string) => ['Udvalg: Prøveudvalget', 'Mødedato: 05-09-2023', `Mødetid: ${time}`, '', '1.Godkendelse af dagsorden (B)', 'Sagsnummer: 23/1400', 'Beslutning Prøveudvalget den 05-09-2023', 'Godkendt.'].join('\n');
    expect(parse(head('15:30')).meeting).toMatchObject({ date: '2023-09-05', startTime: '15:30' });
    expect(parse(head('17:00 - 19:10')).meeting).toMatchObject({ startTime: '17:00', endTime: '19:10' });
  });

  it('reads the KMD template`s `Pkt. nr. NN` alone over its title', () => {
    const text = [
      'REFERAT', 'PRØVEUDVALGET', 'Dato: Onsdag den 12. marts 2008', '',
      'Pkt. nr. 41', 'Ny skolevej', 'J.nr.: 00.01A00          Sagsid: 08/2201', 'Prøveudvalgets beslutning den 12. marts 2008:', 'Godkendt.', '',
      'Pkt. nr. 42', 'Vintertjeneste', 'J.nr.: 05.01.10Ø00      Sagsid: 08/0987', 'Prøveudvalgets beslutning den 12. marts 2008:', 'Udsat til næste møde.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.postponed ? 'postponed' : item.decision?.outcome])).toEqual([
      [41, 'Ny skolevej', '08/2201', 'approved'],
      [42, 'Vintertjeneste', '08/0987', 'postponed'],
    ]);
  });

  it('reads a member who left early, named only in the head`s remarks or right under its absence list', () => {
    const remark = parse(['Prøveudvalget', 'Dato: 12. marts 2008', 'Fraværende: Ole Holm', 'Bemærkninger: Kaj Lund forlod mødet kl. 17.00 efter pkt. 46.', '', 'Punkt 1: Ny skolevej', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(remark.participants.map((participant) => [participant.name, participant.attendance, participant.partial])).toEqual([
      ['Ole Holm', 'absent', undefined],
      ['Kaj Lund', 'attended', 'forlod mødet kl. 17.00 efter pkt. 46'],
    ]);
    const protocol = parse(['Byrådet', 'Beslutningsprotokol', 'Onsdag den 24. april 2024 kl. 18.00', '', 'Afbud: Ole Holm (A)', 'Kaj Lund (V) forlod mødet efter sag 57.', '', 'Punkt 1: Ny skolevej', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(protocol.participants.find((participant) => participant.name === 'Kaj Lund')).toMatchObject({ attendance: 'attended', partial: 'forlod mødet efter sag 57' });
    // Further down a head that lists members, a sentence that names a listed member is that member's too (thirteenth
    // session: an OCR'd protocol's `A forlod mødet ... under behandlingen af pkt. 47.` a blank line under its list).
    const listed = parse(['Prøveudvalget', 'Dato: 12. marts 2008', 'Medlemmer: Ole Holm, Kaj Lund', '', 'Ole Holm forlod mødet efter punkt 1.', '', 'Punkt 1: Ny skolevej', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(listed.participants.map((participant) => participant.partial)).toEqual(['forlod mødet efter punkt 1', undefined]);
    // ... but not a sentence about someone the list does not name (a guest, an official): no participant is made up.
    const guest = parse(['Prøveudvalget', 'Dato: 12. marts 2008', 'Medlemmer: Ole Holm, Kaj Lund', '', 'Eva Bro forlod mødet efter punkt 1.', '', 'Punkt 1: Ny skolevej', 'Beslutning', 'Godkendt.'].join('\n'));
    expect(guest.participants.map((participant) => participant.name)).toEqual(['Ole Holm', 'Kaj Lund']);
  });

  it('reads a protocol`s undated `Byrådets beslutning:` as the decision', () => {
    const text = [
      'Byrådet', 'Beslutningsprotokol', 'Onsdag den 24. april 2024 kl. 18.00', '',
      'Punkt 52: Godkendelse af dagsorden', 'Byrådets beslutning:', 'Godkendt.', '',
      'Punkt 53: Ny skolevej', 'Byrådets beslutning:', 'Indstillingen blev godkendt.', 'For stemte: A, F og B.', 'Imod stemte: V.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.outcome, item.decision?.text])).toEqual([
      [52, 'approved', 'Godkendt.'],
      [53, 'approved', 'Indstillingen blev godkendt.\nFor stemte: A, F og B.\nImod stemte: V.'],
    ]);
  });

  it('reads a heading printed after its case number (`19/00412    1. Titel`), also at the top of a page', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Dato: Tirsdag den 12. marts 2019', '',
      '19/00412    1. Godkendelse af dagsorden', 'Beslutning Prøveudvalget den 12-03-2019', 'Godkendt.', '',
      'Prøveudvalget 12-03-2019                     Side 2',
      '\f18/22561    2. Ny skolevej', 'Beslutning Prøveudvalget den 12-03-2019', 'Godkendt.', '',
      'Prøveudvalget 12-03-2019                     Side 3',
      '\f19/01601    3. Meddelelser', 'Beslutning Prøveudvalget den 12-03-2019', 'Til efterretning.', '',
      'Prøveudvalget 12-03-2019                     Side 4',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '19/00412'],
      [2, 'Ny skolevej', '18/22561'],
      [3, 'Meddelelser', '19/01601'],
    ]);
  });

  it('reads a closed item by the line under its heading also where the headings are read by their run of numbers (`Lukket punkt.`, `Punktet er behandlet for lukkede døre.`)', () => {
    const text = [
      'Byrådet', 'Beslutningsprotokol', 'Onsdag den 24. april 2024 kl. 18.00', '',
      'Sag 52 Godkendelse af dagsorden', 'Byrådets beslutning:', 'Godkendt.', '',
      'Sag 53 Ny skolevej', 'Byrådets beslutning:', 'Vedtaget.', '',
      'Sag 54 Salg af grund', 'Lukket punkt.', '',
      'Sag 55 Køb af areal', 'Punktet er behandlet for lukkede døre.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [52, 'Godkendelse af dagsorden', false],
      [53, 'Ny skolevej', false],
      [54, 'Salg af grund', true],
      [55, 'Køb af areal', true],
    ]);
  });

  it('reads a Word referat`s `Konklusion:` as the decision (with its colon only)', () => {
    const text = [
      'Referat', 'Udvalg:\tPrøveudvalget', 'Mødedato:\t7. november 2022', '',
      'Punkt 1: Status på affaldsplanen', 'Sagsfremstilling:', 'Konklusion', 'Genanvendelsen er steget.', 'Konklusion:', 'Udvalget tog orienteringen til efterretning.',
    ].join('\n');
    const item = parse(text).items[0]!;
    expect([item.decision?.outcome, item.decision?.text]).toEqual(['noted', 'Udvalget tog orienteringen til efterretning.']);
  });

  it('reads a recommendation that addresses the bodies straight after the verb (`Udvalget anbefaler Økonomiudvalget og Byrådet at ...`)', () => {
    const decision = (sentence: string) => parse(['Prøveudvalget', 'Mødedato: 7. november 2022', '', 'Punkt 1: Helhedsplan', 'Beslutning:', sentence].join('\n')).items[0]!.decision;
    expect(decision('Udvalget anbefaler Økonomiudvalget og Byrådet at godkende høringssvaret.')).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomiudvalget' });
    expect(decision('Udvalget anbefaler Teknik- og Miljøudvalget at godkende planen.')).toMatchObject({ outcome: 'recommended', recommendedTo: 'Teknik- og Miljøudvalget' });
    // The thing recommended before `over for` still names no body of its own.
    expect(decision('Udvalget anbefaler model B over for Økonomiudvalget.')).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomiudvalget' });
  });

  it('reads earlier treatments told as `Sagen har været behandlet i udvalget den ..., hvor den blev udsat` and `Udvalget besluttede den ... at udsætte sagen`', () => {
    const meeting = { date: '2023-03-14', body: 'Prøveudvalget' };
    const read = (text: string) => earlierTreatmentsInProse(text, 1, meeting).map((treatment) => [treatment.body, treatment.date, treatment.postponed ? 'postponed' : treatment.outcome]);
    expect(read('Sagen har været behandlet i udvalget den 3. oktober 2022, hvor den blev udsat.')).toEqual([['Prøveudvalget', '2022-10-03', 'postponed']]);
    expect(read('Udvalget besluttede den 7. februar 2023 at udsætte sagen med henblik på en besigtigelse.')).toEqual([['Prøveudvalget', '2023-02-07', 'postponed']]);
    expect(read('Teknikudvalget besluttede den 7. februar 2023 at godkende planen.')).toEqual([['Teknikudvalget', '2023-02-07', 'approved']]);
  });

  it('reads a substitute a protocol approves in its decision (`Emil Holm (A) blev godkendt som stedfortræder for Trine Lund (A).`)', () => {
    const text = [
      'Byrådet', 'Beslutningsprotokol', 'Onsdag den 24. april 2024 kl. 18.00', '', 'Afbud: Trine Lund (A)', '',
      'Punkt 54: Godkendelse af stedfortræder', 'Byrådets beslutning:', 'Emil Holm (A) blev godkendt som stedfortræder for Trine Lund (A).',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items[0]!.decision?.outcome).toBe('approved');
    expect(parsed.participants.find((participant) => participant.name === 'Emil Holm')).toMatchObject({ attendance: 'attended', substituteFor: 'Trine Lund' });
  });

  it('reads the parties of a counted majority that approved (`Et flertal (C og V) godkendte indstillingen.`)', () => {
    const text = ['Prøveudvalget', 'Mødedato: 14.03.2023', '', 'Punkt 1 - Affaldsordning', 'Beslutning', 'Et flertal (C og V) godkendte indstillingen.', 'Imod stemte: B.'].join('\n');
    const decision = parse(text).items[0]!.decision!;
    expect(decision.outcome).toBe('approved');
    expect(decision.votes?.map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'C og V'],
      ['against', 'B.'],
    ]);
  });

  it('keeps the party after a name that ends a title read by its run of numbers (`... for Trine Lund (A)`), where no other title has a type code', () => {
    const text = [
      'Byrådet', 'Beslutningsprotokol', 'Onsdag den 24. april 2024 kl. 18.00', '',
      'Sag 52 Godkendelse af dagsorden', 'Byrådets beslutning:', 'Godkendt.', '',
      'Sag 53 Godkendelse af stedfortræder for Trine Lund (A)', 'Byrådets beslutning:', 'Godkendt.', '',
      'Sag 54 Ny skolevej', 'Byrådets beslutning:', 'Vedtaget.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Godkendelse af stedfortræder for Trine Lund (A)', 'Ny skolevej']);
  });

  it('keeps `LUKKET MØDE` and a `J.nr.: ... Sagsid: ...` line two items share, though they recur by page breaks', () => {
    const page = (n: number) => [`Prøveudvalget 12.03.2008          Side ${n}`, '\f'];
    const text = [
      'REFERAT', 'PRØVEUDVALGET', 'Dato: Onsdag den 12. marts 2008', '', 'ÅBENT MØDE', 'Pkt. nr. 41 Godkendelse af dagsorden', 'LUKKET MØDE', 'Pkt. nr. 43 Erstatningssag', '', ...page(1),
      'ÅBENT MØDE', '', 'Pkt. nr. 41', 'Godkendelse af dagsorden', 'J.nr.: 00.01A00          Sagsid: 08/2201', 'Prøveudvalgets beslutning den 12. marts 2008:', 'Godkendt.', '', ...page(2),
      'J.nr.: 00.01A00          Sagsid: 08/2201', '', 'Pkt. nr. 42', 'Orientering', 'J.nr.: 00.01A00          Sagsid: 08/2201', 'Prøveudvalgets beslutning den 12. marts 2008:', 'Til efterretning.', '', ...page(3),
      'LUKKET MØDE', '', 'Pkt. nr. 43', 'Erstatningssag', 'J.nr.: 00.05.08G01       Sagsid: 08/1502', '',
    ].join('\n').replace(/\n\f\n/gu, '\n\f');
    expect(parse(text).items.map((item) => [item.number, item.caseNumber, item.closed])).toEqual([
      [41, '08/2201', false],
      [42, '08/2201', false],
      [43, '08/1502', true],
    ]);
  });
});
