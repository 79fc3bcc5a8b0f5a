import { readOutcome } from './decision-outcome.js';
import { readDecisionBlockHeading } from './decision-blocks.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the second held-out round of issue 12 showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number ?? null, item.title, item.closed]);

describe('conventions from the second held-out round', () => {
  it('reads bullet items numbered without a full stop (`• 12 Titel`), and `Lukket sag` under a heading as closed', () => {
    const text = [
      'Beslutningsprotokol', '', 'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '',
      '• 12 Godkendelse af dagsorden', 'Sagsid.: 25/1001, Sagsinitialer: abc', 'Beslutning Prøveudvalget den 03-03-2025', 'Godkendt.', '',
      '• 13 Køb af grund', 'Sagsid.: 25/1002, Sagsinitialer: abc', 'Lukket sag', '',
    ].join('\n');
    const parsed = parse(text);
    expect(items(text)).toEqual([[12, 'Godkendelse af dagsorden', false], [13, 'Køb af grund', true]]);
    expect(parsed.items[0]!.caseNumber).toBe('25/1001');
  });

  it('does not take a bullet with a number and a lower-case word (`• 3 boliger ...`) for an item', () => {
    const text = ['Referat', 'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '• 1. Boligplan', 'Resume', '• 3 boliger er solgt', 'Beslutning', 'Godkendt.'].join('\n');
    expect(items(text)).toEqual([[1, 'Boligplan', false]]);
  });

  it('reads a head`s `Stedfortræder:` list (`A (V) for B (V)`) as substitutes', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', 'Medlemmer:', 'Ida Lund (A)', 'Bo Berg (V)', 'Fraværende:', 'Bo Berg (V)',
      'Stedfortræder:', 'Kim Holt (V) for Bo Berg (V)', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const participants = parse(text).participants.map((p) => [p.name, p.attendance, p.substituteFor ?? null]);
    expect(participants).toEqual([['Ida Lund', 'attended', null], ['Bo Berg', 'absent', null], ['Kim Holt', 'attended', 'Bo Berg']]);
  });

  it('joins a title wrapped over two lines above Rødovre`s `Sag nr.`', () => {
    const text = [
      'Prøveudvalget', '', '03-03-2025', '', 'Godkendelse af dagsorden', '', 'Sag nr. 7', '', 'Beslutning', '', 'Godkendt.', '',
      'Plan for cykelstier og prioritering af', 'skolevejene', '', 'Sag nr. 8', '', 'Beslutning', '', 'Anbefales.', '',
    ].join('\n');
    expect(items(text)).toEqual([[7, 'Godkendelse af dagsorden', false], [8, 'Plan for cykelstier og prioritering af skolevejene', false]]);
  });

  it('reads `afslået` as a rejection and `sendes til fornyet behandling i <udvalg>` as routing', () => {
    expect(readOutcome('Ansøgningen blev afslået.').outcome).toBe('rejected');
    expect(readOutcome('Sendes til fornyet behandling i Prøveudvalget.')).toMatchObject({ outcome: 'other' });
    expect(readOutcome('Sendes til fornyet behandling i Prøveudvalget.').unrecognised).toBeUndefined();
  });

  it('reads an earlier block whose body has a comma in its name (`Teknik-, Miljø- og Klimaudvalget, 07-08-2012, pkt. 49:`)', () => {
    expect(readDecisionBlockHeading('Teknik-, Miljø- og Klimaudvalget, 07-08-2012, pkt. 49:')).toEqual({ body: 'Teknik-, Miljø- og Klimaudvalget', date: '2012-08-07', itemNumbers: [49] });
    expect(readDecisionBlockHeading('Økonomiudvalget, den 14. august 2012, pkt. 3:')).toEqual({ body: 'Økonomiudvalget', date: '2012-08-14', itemNumbers: [3] });
  });

  it('reads votes counted before their parties, counted in the sentence, and run together with `Undlod at stemme:`', () => {
    const decision = (lines: string[]) => {
      const text = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', ...lines].join('\n');
      return parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who]);
    };
    expect(decision(['Godkendt.', 'For stemte: 5 (A, F og Ø)', 'Imod stemte: 2 (V)'])).toEqual([['for', 'A, F og Ø'], ['against', 'V']]);
    expect(decision(['Godkendt med 4 stemmer for (A, F og Ø) og 2 stemmer imod (V og O).'])).toEqual([['for', 'A, F og Ø'], ['against', 'V og O']]);
    expect(decision(['Godkendt. For stemte: A og V Imod stemte: O Undlod at stemme: Ø'])).toEqual([['for', 'A og V'], ['against', 'O'], ['abstained', 'Ø']]);
  });

  it('cuts the first heading off a contents entry that ends in digits (`... lokalplan 3.8412. Godkendelse ...`)', () => {
    const text = [
      'UDVALG', 'Prøveudvalget', 'STARTTIDSPUNKT', '03-03-2025 16:00:00', 'PUNKTER', '12. Godkendelse af dagsorden', '13. Vedtagelse af lokalplan 3.8412. Godkendelse af dagsorden',
      'Godkendelse af dagsorden', 'Beslutning i Prøveudvalget den 03-03-2025', 'Godkendt.', '13. Vedtagelse af lokalplan 3.84', 'Vedtagelse af lokalplan 3.84',
      'Beslutning i Prøveudvalget den 03-03-2025', 'Anbefales.',
    ].join('\n');
    expect(items(text)).toEqual([[12, 'Godkendelse af dagsorden', false], [13, 'Vedtagelse af lokalplan 3.84', false]]);
    // A numbered list whose last entry ends in a year is not cut (`... d. 26. maj 2021.` is not `202` / `1.`).
    const news = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', 'Punkt 4: Meddelelser', '1. Nyt fra jobcentret', '2. Sagen blev behandlet d. 26. maj 2021.', 'Beslutning', 'Taget til efterretning.'].join('\n');
    expect(parse(news).items[0]!.sections.preamble).toContain('26. maj 2021.');
  });

  it('keeps `deltog ikke i behandlingen af dette punkt` to its item, and a verdict without a full stop out of the names after it', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt', '', 'Lars Holm (V) deltog ikke i behandlingen af dette punkt.', '',
      '2. Vejplan', 'Beslutning', 'Godkendt.', '', '3. Skoleplan', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items[0]!.absences.map((person) => [person.name, person.partial ?? null])).toEqual([['Lars Holm', 'deltog ikke i behandlingen']]);
    expect(parsed.participants.filter((person) => person.name === 'Lars Holm')).toEqual([]);
  });

  it('sends a recommendation that names no body to the next body of a routing chain, or of `indstiller til <organ> via ...`', () => {
    const text = [
      'UDVALG', 'Prøveudvalget', 'STARTTIDSPUNKT', '03-03-2025 16:00:00', '', '1. Cykelsti', 'Cykelsti', 'Sagsgang og sagstype',
      'Prøveudvalget, Økonomiudvalget og Kommunalbestyrelsen', 'Beslutningssag', 'Beslutning i Prøveudvalget den 03-03-2025', 'Anbefales.', '',
      '2. Park', 'Park', 'Indstilling', 'Forvaltningen indstiller til Byrådet via Teknik- og Miljøudvalget og Prøveudvalget, at', '1. parken renoveres.',
      'Beslutning i Prøveudvalget den 03-03-2025', 'Anbefales.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.decision?.recommendedTo ?? null)).toEqual(['Økonomiudvalget', 'Byrådet']);
  });

  it('reads earlier treatments told in the prose, with their outcome, and not this meeting', () => {
    const text = [
      'Referat til mødet i Prøveudvalget den 3. marts 2025 kl. 16:00', '', '1. Salg af grund', 'Sagsfremstilling',
      'Teknik- og Miljøudvalget behandlede sagen den 10. februar 2025 og anbefalede indstillingen. Sagen var på udvalgets møde den 3. februar 2025, hvor den blev udsat.',
      'Prøveudvalget behandlede sagen den 3. marts 2025.', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((t) => [t.body, t.date, t.outcome ?? null, t.postponed ?? false])).toEqual([
      ['Teknik- og Miljøudvalget', '2025-02-10', 'recommended', false],
      ['Prøveudvalget', '2025-02-03', null, true],
    ]);
  });

  it('ends a wrapped head`s place before `Åbne dagsordenspunkter`', () => {
    const text = ['Referat til mødet i Prøveudvalget den 3. marts 2025 kl. 16:00 i', 'Mødelokale 2, Rådhuset', '', 'Åbne dagsordenspunkter', '', '00.01.00-A00-1-25', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.location).toBe('Mødelokale 2, Rådhuset');
  });

  it('keeps SBSYS closed items` case numbers under their own headings when the section label is repeated between', () => {
    const text = [
      'Referat', 'til', 'mødet i Prøveudvalget', 'den 3. marts 2025 kl. 16:00', ' ', 'A. Sager', '1. Vejplan', 'A. Sager', 'Åbent - 05.01.00-G01-1-25', ' ', 'BESLUTNING', 'Godkendt.', ' ',
      'D. Lukkede sager', ' ', '2. Køb af grund', 'D. Lukkede sager', 'Lukket - 82.01.00-G01-2-25', ' ', '3. Personalesag', 'D. Lukkede sager', 'Lukket - 81.03.00-G01-3-25', ' ',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.caseNumber ?? null, item.closed])).toEqual([[1, '05.01.00-G01-1-25', false], [2, '82.01.00-G01-2-25', true], [3, '81.03.00-G01-3-25', true]]);
  });

  it('reads a reservation glued to the decision sentence (`...godkendelse.Ida Lund (Ø) tog forbehold.`)', () => {
    const text = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Budget', 'Beslutning', 'Anbefales til Byrådets godkendelse.Ida Lund (Ø) og Bo Berg (F) tog forbehold.'].join('\n');
    const decision = parse(text).items[0]!.decision!;
    expect([decision.outcome, decision.reservations?.flatMap((r) => r.who)]).toEqual(['recommended', ['Ida Lund', 'Bo Berg']]);
  });

  it('keeps a known routing phrase of an earlier block as that meeting`s outcome, an unread text as none', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Spildevandsplan', 'Økonomiudvalget, 14-02-2025, pkt. 12:', 'Sendes til fornyet behandling i Prøveudvalget.',
      'Økonomiudvalget, 21-02-2025, pkt. 3:', 'Borgmesteren orienterede.', 'Beslutning:', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((t) => [t.date, t.outcome ?? null])).toEqual([['2025-02-14', 'other'], ['2025-02-21', null]]);
  });
});

