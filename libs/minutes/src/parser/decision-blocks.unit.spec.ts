import { parseMinutes } from './parse-minutes.js';
import { readDecisionBlockHeading } from './decision-blocks.js';
import { DECISION_BLOCK_ENDING, DECISION_BLOCK_HEADINGS } from './vocabulary/decision-blocks.js';

// One heading of each form in the vocabulary: the ending test that runs first must let every one through.
const HEADINGS: Array<[string, { body: string; date: string; itemNumbers: number[] }]> = [
  ['Beslutning i Socialudvalget den 09-09-2013', { body: 'Socialudvalget', date: '2013-09-09', itemNumbers: [] }],
  ['Beslutning fra Økonomiudvalget, 17. april 2024, pkt. 8:', { body: 'Økonomiudvalget', date: '2024-04-17', itemNumbers: [8] }],
  ['Økonomiudvalgets beslutning den 12.03.2012 Punkt 1', { body: 'Økonomiudvalget', date: '2012-03-12', itemNumbers: [1] }],
  ['Beslutning Økonomiudvalget, 20.01.2015', { body: 'Økonomiudvalget', date: '2015-01-20', itemNumbers: [] }],
  ['Teknik- og Miljøudvalget, 10. april 2024, pkt. 5:', { body: 'Teknik- og Miljøudvalget', date: '2024-04-10', itemNumbers: [5] }],
  ['Kultur- og Demokratiudvalget, 01.10.2018', { body: 'Kultur- og Demokratiudvalget', date: '2018-10-01', itemNumbers: [] }],
  ['Børne- og Skoleudvalget den 6. november 2018:', { body: 'Børne- og Skoleudvalget', date: '2018-11-06', itemNumbers: [] }],
];

describe('decision-block headings', () => {
  it('reads every form of the vocabulary, its ending tested first', () => {
    for (const [text, expected] of HEADINGS) {
      expect(DECISION_BLOCK_ENDING.test(text)).toBe(true);
      expect(DECISION_BLOCK_HEADINGS.some((pattern) => pattern.test(text))).toBe(true);
      expect(readDecisionBlockHeading(text)).toEqual(expected);
    }
  });

  it('rejects prose before the patterns, dated or not', () => {
    expect(readDecisionBlockHeading('Beslutning om ny parkeringsstrategi for Holbæk bymidte')).toBeUndefined();
    expect(readDecisionBlockHeading('Byrådet besluttede den 3. maj 2024 at godkende planen.')).toBeUndefined();
  });

  it('reads a text once, each caller getting its own copy', () => {
    const read = readDecisionBlockHeading;
    const first = read('Beslutning i Byrådet den 23-04-2025, pkt. 4');
    const again = read('Beslutning i Byrådet den 23-04-2025, pkt. 4');
    expect(again).toEqual(first);
    first!.itemNumbers.push(9);
    expect(again!.itemNumbers).toEqual([4]);
    expect(read('Godkendt.')).toBeUndefined();
  });
});

describe('an item page without a head (København eDoc)', () => {
  const TEXT = [
    'Godkendelse af dagsorden',
    'Beslutning',
    'Afbud: ingen',
    'Fraværende: Lis Holm',
    'Bo Berg forlod mødet kl. 17.10 inden behandlingen af punkt 9.',
    'Miljøudvalgets beslutning i mødet den 4. marts 2020:',
    'Miljøudvalget godkendte dagsordenen.',
    '',
  ].join('\n');

  it('takes the meeting from the dated block inside the `Beslutning` section, and that block is the decision', () => {
    const parsed = parseMinutes(TEXT, 'item-page.txt');
    expect(parsed.meeting).toMatchObject({ body: 'Miljøudvalget', date: '2020-03-04' });
    expect(parsed.items[0]!.decision).toMatchObject({ outcome: 'approved', date: '2020-03-04' });
    expect(parsed.items[0]!.earlierTreatments).toEqual([]);
  });
});
