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
    expect(participants).toEqual([['Ida Lund', 'attended', null], ['Bo Berg', 'absent', null], ['Kim Holt', 'attended', 'Bo Berg (V)']]);
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
});
