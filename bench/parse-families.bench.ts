import { parseMinutes } from '#minutes';
import { LAYOUT_FAMILIES, LAYOUT_FIXTURES, perturbFixture, scoreLayoutFixtures, type LayoutFamily } from '../libs/minutes/src/fixtures/index.js';
import { parsedAsActual } from '../libs/minutes/src/layouts/parsed-as-actual.js';
import { percentile, progress, round } from './measure.js';

const KB_50 = 50 * 1024;
/** The target: parsing any family's referat at 5 ms or less per 50 KB. */
const TARGET_MS_PER_50KB = 5;

/** A fixture's text repeated to a referat of about 50 KB (the target's size), pages and all. */
function toFiftyKB(text: string): string {
  let document = text;
  while (Buffer.byteLength(document, 'utf8') < KB_50) document += `\n\n${text}`;
  return document;
}

/**
 * Parse time per layout family over its fixtures and perturbed copies of them (page breaks, re-wrapped lines,
 * CRLF, ...), each repeated to about 50 KB, as ms per 50 KB of text, plus the share of golden facts read per
 * family (from the fixtures as they are). No database.
 */
export function parseFamiliesBench(rounds = Number(process.env.BENCH_PARSE_ROUNDS ?? 50)) {
  const documents = LAYOUT_FIXTURES.flatMap((fixture) => [
    { family: fixture.family, name: fixture.name, text: toFiftyKB(fixture.text) },
    ...[1, 2].map((seed) => ({
      family: fixture.family,
      name: fixture.name,
      text: toFiftyKB(perturbFixture(fixture, { kinds: ['rewrap', 'page-breaks', 'blank-runs', 'crlf', 'nbsp', 'trailing-spaces', 'form-feeds'], seed })),
    })),
  ]);
  progress(`parse by family: ${documents.length} documents, ${rounds} rounds`);
  for (const document of documents.slice(0, 20)) parseMinutes(document.text, document.name);

  const perFamily = new Map<LayoutFamily, { msPer50KB: number[]; bytes: number }>();
  for (const document of documents) {
    const bytes = Buffer.byteLength(document.text, 'utf8');
    const started = performance.now();
    for (let round = 0; round < rounds; round++) parseMinutes(document.text, document.name);
    const ms = (performance.now() - started) / rounds;
    const entry = perFamily.get(document.family) ?? { msPer50KB: [], bytes: 0 };
    entry.msPer50KB.push((ms * KB_50) / bytes);
    entry.bytes += bytes;
    perFamily.set(document.family, entry);
  }
  const recall = scoreLayoutFixtures((text, name) => parsedAsActual(parseMinutes(text, name)));
  const families = Object.fromEntries(
    LAYOUT_FAMILIES.filter((family) => perFamily.has(family)).map((family) => {
      const entry = perFamily.get(family)!;
      const sorted = [...entry.msPer50KB].sort((a, b) => a - b);
      return [family, { documents: sorted.length, maxMsPer50KB: round(sorted.at(-1)!, 3), p50MsPer50KB: round(percentile(sorted, 50), 3), factRecall: round(recall.families[family]?.ratio ?? 0, 3) }];
    }),
  );
  const worst = Math.max(...Object.values(families).map((family) => family.maxMsPer50KB));
  return { families, worstMsPer50KB: round(worst, 3), factRecall: round(recall.ratio, 3), targetMsPer50KB: TARGET_MS_PER_50KB, meetsTarget: worst <= TARGET_MS_PER_50KB };
}
