import { parseMinutes } from '#minutes';
import { LAYOUT_FAMILIES, scoreLayoutFixtures, type LayoutFamily } from '../libs/minutes/src/fixtures/index.js';
import { benchDocuments, type BenchDocument, type BenchDocumentStyle } from '../libs/minutes/src/layouts/bench-documents.js';
import { parsedAsActual } from '../libs/minutes/src/layouts/parsed-as-actual.js';
import { percentile, progress, round } from './measure.js';

const KB_50 = 50 * 1024;
/** The target: parsing any family's referat at 5 ms or less per 50 KB. */
const TARGET_MS_PER_50KB = 5;

/** Parses per block: enough that a block's mean carries its share of young-generation collections. */
const ROUNDS_PER_BLOCK = 5;

/**
 * ms per 50 KB of every document, per family. The rounds are cut into blocks of ROUNDS_PER_BLOCK parses and the
 * blocks interleaved across documents (block 1 of every document, then block 2, ...), so a pause of the machine
 * (another process, a major collection) falls on one block of some document rather than on all rounds of one;
 * a document's figure is the median of its block means (wall time of its timed parses), so the figure is a
 * typical mean cost, not a best case: a document that is slow in most blocks stays slow.
 *
 * Each timed parse follows an untimed parse of another fixture's document. The parser remembers its readings of
 * short texts (labels, verdicts: `text-memo.ts`) across documents; parsed back to back, a document would find its
 * own texts remembered, which no import does (it reads a document once). After another document the memo holds
 * what it holds in a process that has imported other minutes. (Seventh session: back to back, the same code read
 * about 5% faster than after a cleared memo.)
 *
 * Every document is parsed once before any is timed, so that the JIT has met every family's text (warming up
 * on the first documents only left later families' first rounds to compile their paths, inside the timing).
 */
function timePerFamily(documents: readonly BenchDocument[], rounds: number) {
  for (const document of documents) parseMinutes(document.text, document.name);
  const blocks = Math.max(1, Math.round(rounds / ROUNDS_PER_BLOCK));
  const blockMeans = documents.map(() => [] as number[]);
  // Half the list away: the documents are listed fixture by fixture, so this is another fixture's.
  const otherThan = (index: number) => documents[(index + (documents.length >> 1)) % documents.length]!;
  for (let block = 0; block < blocks; block++) {
    documents.forEach((document, index) => {
      const other = otherThan(index);
      let parsing = 0;
      for (let round = 0; round < ROUNDS_PER_BLOCK; round++) {
        parseMinutes(other.text, other.name);
        const started = performance.now();
        parseMinutes(document.text, document.name);
        parsing += performance.now() - started;
      }
      blockMeans[index]!.push(parsing / ROUNDS_PER_BLOCK);
    });
  }
  const perFamily = new Map<LayoutFamily, number[]>();
  documents.forEach((document, index) => {
    const ms = median(blockMeans[index]!);
    const bytes = Buffer.byteLength(document.text, 'utf8');
    perFamily.set(document.family, [...(perFamily.get(document.family) ?? []), (ms * KB_50) / bytes]);
  });
  return perFamily;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Parse time per layout family over its fixtures and two perturbed copies of each (page breaks, re-wrapped lines,
 * CRLF, ...), grown to about 50 KB, as ms per 50 KB of text, plus the share of golden facts read per family (from
 * the fixtures as they are). The target is judged on documents grown as one meeting (the head once, the items
 * numbered on: what a long referat of the family costs); `repeatedText` gives the old bench's documents (the whole
 * fixture repeated, items numbered from 1 again, so most of the text was read as a head or one item's body). No
 * database.
 */
export function parseFamiliesBench(rounds = Number(process.env.BENCH_PARSE_ROUNDS ?? 50)) {
  const styles: BenchDocumentStyle[] = ['one-meeting', 'repeated'];
  const timed = Object.fromEntries(
    styles.map((style) => {
      const documents = benchDocuments(style);
      progress(`parse by family (${style}): ${documents.length} documents, ${rounds} rounds in blocks of ${ROUNDS_PER_BLOCK}`);
      return [style, timePerFamily(documents, rounds)];
    }),
  ) as Record<BenchDocumentStyle, Map<LayoutFamily, number[]>>;
  const recall = scoreLayoutFixtures((text, name) => parsedAsActual(parseMinutes(text, name)));
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { documents: sorted.length, maxMsPer50KB: round(sorted.at(-1)!, 3), p50MsPer50KB: round(percentile(sorted, 50), 3) };
  };
  const families = Object.fromEntries(
    LAYOUT_FAMILIES.filter((family) => timed['one-meeting'].has(family)).map((family) => [
      family,
      { ...summary(timed['one-meeting'].get(family)!), repeatedText: summary(timed.repeated.get(family)!), factRecall: round(recall.families[family]?.ratio ?? 0, 3) },
    ]),
  );
  const worst = Math.max(...Object.values(families).map((family) => family.maxMsPer50KB));
  const worstRepeated = Math.max(...Object.values(families).map((family) => family.repeatedText.maxMsPer50KB));
  return {
    families,
    worstMsPer50KB: round(worst, 3),
    worstMsPer50KBRepeatedText: round(worstRepeated, 3),
    factRecall: round(recall.ratio, 3),
    roundsPerDocument: rounds,
    roundsPerBlock: ROUNDS_PER_BLOCK,
    targetMsPer50KB: TARGET_MS_PER_50KB,
    meetsTarget: worst <= TARGET_MS_PER_50KB,
  };
}
