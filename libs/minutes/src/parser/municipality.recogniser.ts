import type { ParsedMunicipality } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { MUNICIPALITY_BY_HOST_LABEL, MUNICIPALITY_IN_TEXT, municipalityNamed } from './vocabulary/municipalities.js';
import type { SourceUrl } from './meeting-head.parser.js';

const HOST = /^(?:https?:\/\/)?([^/?#]+)/iu;

/**
 * The municipality a document names: its source address's host (`ballerup.dk`, `dagsordener.kk.dk`) first,
 * else the `<Navn> Kommune` named most often in its text (the head's mention wins a tie).
 */
export function findMunicipality(lines: readonly SourceLine[], sourceUrl: SourceUrl | undefined): ParsedMunicipality | undefined {
  if (sourceUrl) {
    const host = HOST.exec(sourceUrl.url)?.[1]?.toLowerCase() ?? '';
    const labels = host.split('.').filter((label) => label !== 'www' && label !== 'dk' && label !== 'kommune');
    for (const label of labels.reverse()) {
      const found = MUNICIPALITY_BY_HOST_LABEL.get(label) ?? MUNICIPALITY_BY_HOST_LABEL.get(label.replace(/kommune$/u, ''));
      if (found) return { name: found.name, slug: found.slug, code: found.code, source: 'source-url', line: sourceUrl.line };
    }
  }
  const counts = new Map<string, { count: number; line: number }>();
  // The name and `Kommune` may stand on two lines (a wrapped title).
  const global = new RegExp(MUNICIPALITY_IN_TEXT.source, 'gu');
  for (const [index, line] of lines.entries()) {
    if (line.blank) continue;
    const next = lines[index + 1];
    const text = next && /^kommune\b/iu.test(next.text) ? `${line.text} ${next.text}` : line.text;
    if (!/ommune/u.test(text)) continue;
    for (const match of text.matchAll(global)) {
      const key = match[1]!;
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { count: 1, line: line.no });
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line)[0];
  if (!best) return undefined;
  const found = municipalityNamed(best[0].replace(/[‐ ]/gu, '-'));
  return found ? { name: found.name, slug: found.slug, code: found.code, source: 'text', line: best[1].line } : undefined;
}
