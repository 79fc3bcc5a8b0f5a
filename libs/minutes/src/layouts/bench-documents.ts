// The documents `npm run bench` parses per layout family: every fixture and two perturbed copies, grown to 50 KB.
import { asOneMeeting, LAYOUT_FIXTURES, perturbFixture, type LayoutFamily, type LayoutFixture, type PerturbationKind } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';

export const BENCH_DOCUMENT_BYTES = 50 * 1024;

/** How a fixture is grown to 50 KB: as one meeting (items continued), or the whole text repeated (the old bench). */
export type BenchDocumentStyle = 'one-meeting' | 'repeated';

export interface BenchDocument {
  family: LayoutFamily;
  name: string;
  /** 0 for the fixture as written, else the seed of its perturbation. */
  seed: number;
  text: string;
  /** Items a careful reader finds in `text`: the fixture's golden items, plus each further repetition's (one-meeting only). */
  expectedItems?: number;
}

const BENCH_PERTURBATIONS: readonly PerturbationKind[] = ['rewrap', 'page-breaks', 'blank-runs', 'crlf', 'nbsp', 'trailing-spaces', 'form-feeds'];
const BENCH_SEEDS = [0, 1, 2];

function repeated(text: string): string {
  let document = text;
  while (Buffer.byteLength(document, 'utf8') < BENCH_DOCUMENT_BYTES) document += `\n\n${text}`;
  return document;
}

/** The fixture as one meeting of about 50 KB, perturbed afterwards (page counters then run over the whole text). */
function oneMeetingDocument(fixture: LayoutFixture, seed: number): BenchDocument {
  const grown = asOneMeeting(fixture.text, parseMinutes(fixture.text, fixture.name).items, BENCH_DOCUMENT_BYTES);
  const text = seed === 0 ? grown.text : perturbFixture({ ...fixture, text: grown.text }, { kinds: BENCH_PERTURBATIONS, seed });
  return { family: fixture.family, name: fixture.name, seed, text, expectedItems: fixture.golden.items.length + (grown.copies - 1) * grown.itemsPerCopy };
}

function repeatedDocument(fixture: LayoutFixture, seed: number): BenchDocument {
  const text = seed === 0 ? fixture.text : perturbFixture(fixture, { kinds: BENCH_PERTURBATIONS, seed });
  return { family: fixture.family, name: fixture.name, seed, text: repeated(text) };
}

/** Every fixture and two perturbed copies of it (page breaks, re-wrapped lines, CRLF, ...), each about 50 KB. */
export function benchDocuments(style: BenchDocumentStyle, fixtures: readonly LayoutFixture[] = LAYOUT_FIXTURES): BenchDocument[] {
  const grow = style === 'one-meeting' ? oneMeetingDocument : repeatedDocument;
  return fixtures.flatMap((fixture) => BENCH_SEEDS.map((seed) => grow(fixture, seed)));
}
