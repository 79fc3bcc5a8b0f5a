import { formatHeadStyleScores, scoreUnderHeadStyles } from '../fixtures/score-head-styles.js';
import { rewriteHead, UNKNOWN_HEAD_STYLES, type UnknownHeadStyle } from '../fixtures/unknown-head-styles.js';
import { LAYOUT_FIXTURES } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { parsedAsActual } from './parsed-as-actual.js';

const read = (text: string, name: string) => parsedAsActual(parseMinutes(text, name));

/**
 * The floor of each style's head-fact recall (raise it as the reader improves, never lower it). Before the tenth
 * session's head forms (README: heads of unknown systems): prose 80.1%, label-table 80.2%, row-table 91.1%,
 * after-items 34.6%, running-header 79.1%, split-header 92.1%, one-line 89.8%; labels and upper-case 99.9% and 99.7%.
 */
const STYLE_FLOOR: Record<UnknownHeadStyle, number> = {
  labels: 0.995,
  prose: 0.995,
  'label-table': 0.995,
  'row-table': 0.995,
  // With the seventh held-out round's half B: 98.2% and 99.4% over 135 placed fixtures; the 127 earlier ones still read
  // 99.2% and 99.8%, the eight new ones (heads of systems of their own, harder to rewrite) 86.3% and 93.5%.
  'after-items': 0.98,
  // 98.84% and 99.50% over the 209 fixtures with the eleventh round's half B (its joint protocol's and left-column PDF's
  // heads); the 201 earlier ones alone 99.10% and 99.58%, as main (12975d7) reads them.
  // Both halves (217 fixtures): 98.33% and 99.33% (the two joint protocols' committees lost under a running header); the
  // 201 earlier ones alone 99.1% and 99.6%.
  // Fifteenth session (a committee named for its field, place or municipalities read in every head form): 99.58% and
  // 99.76% (714/717, 2071/2076).
  'running-header': 0.995,
  'split-header': 0.996,
  'upper-case': 0.995,
  'one-line': 0.995,
};
/** Documents read with a committee and a date (importable) in every style: 99.2% after the items, where a contents entry dated before the first item hides the late head. */
// (98.5% with the seventh held-out round's half B: the 127 earlier fixtures 126, the eight new 7 after the items.)
// 98.0% under a running header or a split one with both halves of the eleventh round (217 fixtures, fourteenth session):
// the two joint committees' protocols (`Fælles Vandløbsudvalg for Varde Å`, the Frederikssund-Halsnæs
// Beredskabskommission) lose their committee when their head stands only in page headers; the 201 earlier fixtures alone
// 99.5%. Left for the next session (README: the eleventh held-out round).
// 100.0% in every style (201 placed fixtures) once the committee recogniser reads bodies named for their field, place or
// municipalities wherever the head stands (fifteenth session); the floor leaves one document of a round to come.
const IMPORTABLE_FLOOR = 0.995;
/** At least this many fixtures must have their heads rewritten (127 of 137 today). */
const PLACED_FLOOR = 120;

describe('layout fixtures with their head in forms the catalogue did not name', () => {
  const scores = scoreUnderHeadStyles(read);

  it('prints head-fact recall per head style', () => {
    process.stdout.write(`\nhead facts under unknown head styles (${scores.fixtures} fixtures, seed 1):\n${formatHeadStyleScores(scores)}\n`);
    expect(scores.fixtures).toBeGreaterThanOrEqual(PLACED_FLOOR);
  });

  it.each([...UNKNOWN_HEAD_STYLES])('%s reads at least its floor of the head facts and keeps documents importable', (style) => {
    const score = scores.styles[style];
    expect({ style, ratio: Math.min(score.total.ratio, STYLE_FLOOR[style]) }).toEqual({ style, ratio: STYLE_FLOOR[style] });
    expect({ style, importable: Math.min(score.facts.meeting.ratio, IMPORTABLE_FLOOR) }).toEqual({ style, importable: IMPORTABLE_FLOOR });
  });
});

describe('rewriting a fixture`s head into unknown styles', () => {
  const vejen = LAYOUT_FIXTURES.find((fixture) => fixture.name === 'vejen-byraadet-2025-03-25.txt')!;
  const firstHeading = (text: string) => text.split('\n').findIndex((line) => /^1\.Godkendelse af dagsorden/u.test(line));

  it('replaces the head before the first heading, keeps the items and the golden facts', () => {
    const rewritten = rewriteHead(vejen, 'prose', 1)!;
    const lines = rewritten.text.split('\n');
    expect(lines.slice(0, firstHeading(rewritten.text)).join('\n')).toMatch(/Byrådet.*(?:den|holdt).*2025/u);
    expect(lines.slice(0, firstHeading(rewritten.text)).join('\n')).not.toMatch(/^Mødedato/mu);
    expect(rewritten.text.slice(rewritten.text.indexOf('1.Godkendelse af dagsorden'))).toBe(vejen.text.slice(vejen.text.indexOf('1.Godkendelse af dagsorden')));
    expect(rewritten.golden).toEqual(vejen.golden);
    expect(rewritten.name).toBe('vejen-byraadet-2025-03-25.head-prose.txt');
  });

  it('writes a head after the items, or only in page headers before every second item', () => {
    const after = rewriteHead(vejen, 'after-items', 1)!.text;
    expect(after.indexOf('Udvalg: Byrådet')).toBeGreaterThan(after.lastIndexOf('Beslutning'));
    const headers = rewriteHead(vejen, 'running-header', 1)!.text;
    const header = headers.split('\n')[0]!;
    expect(header).toMatch(/Byrådet/u);
    expect(headers.split('\n').filter((line) => line === `\f${header}`).length).toBe(Math.floor(vejen.golden.items.length / 2));
  });

  it('writes a label table with tabs or space runs, and is deterministic per seed', () => {
    expect(rewriteHead(vejen, 'label-table', 2)!.text).toMatch(/^Udvalg(?:\t+| {3,})Byrådet$/mu);
    expect(rewriteHead(vejen, 'one-line', 4)).toEqual(rewriteHead(vejen, 'one-line', 4));
  });
});
