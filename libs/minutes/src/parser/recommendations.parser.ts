import type { ParsedRecommendation } from './parsed-minutes.types.js';
import { blockText, type SourceLine, withoutMarkers } from './source-line.js';

export interface RecommendationsReading {
  points: ParsedRecommendation[];
  /** Text before the first point, e.g. `Center for Arbejdsmarked indstiller, at`. */
  intro?: string;
}

const LEADING_NUMBER = /^(\d{1,2})\s*[.)]\s+(.*)$/u;

/**
 * Reads the Indstilling section's numbered points. Two forms:
 * - leading numbers: `1. Erhvervs- og Vækstpolitik 2021-2025 bibeholdes.`;
 * - the old PDF text, where the number trails the point's first line: `... tages til efterretning.1.` or,
 *   wrapped, `... studieture i 20191.` + `godkendes.` Only the next expected number is accepted there, so
 *   `20191.` is point 1 of `... i 2019`, not point 20191.
 * Lines after a point's first line continue it.
 */
export function parseRecommendations(lines: readonly SourceLine[]): RecommendationsReading {
  const points: ParsedRecommendation[] = [];
  const intro: SourceLine[] = [];
  let leadingForm = false;
  let current: { point: number; parts: string[]; line: number; lastBlank: boolean } | undefined;

  const flush = (): void => {
    if (current) {
      points.push({ point: current.point, text: current.parts.join(' ').replace(/\s+/g, ' ').trim(), line: current.line });
    }
  };

  for (const line of lines) {
    if (line.blank) {
      if (current) current.lastBlank = true;
      continue;
    }
    const text = withoutMarkers(line.text);
    const expected = points.length + (current ? 2 : 1);
    const leading = LEADING_NUMBER.exec(text);
    if (leading && Number(leading[1]) === expected) {
      leadingForm = true;
      flush();
      current = { point: expected, parts: [leading[2]!], line: line.no, lastBlank: false };
      continue;
    }
    const trailingSuffix = `${expected}.`;
    if (!leadingForm && text.endsWith(trailingSuffix) && text.length > trailingSuffix.length) {
      const body = text.slice(0, -trailingSuffix.length).trim();
      // Guard against ordinary sentences ending in a number: the trailing form glues the number to a word or
      // a full stop (`efterretning.1.`, `20191.`, `ansvarsområde1.`), with no space before it.
      // A body ending in exactly three digits is a year cut short (`2022.` is not `202` + point 2).
      const yearCutShort = /(?:^|\D)\d{3}$/u.test(body);
      if (body.length > 0 && !yearCutShort && !/\s$/u.test(text.slice(0, -trailingSuffix.length))) {
        flush();
        current = { point: expected, parts: [body], line: line.no, lastBlank: false };
        continue;
      }
    }
    if (current) {
      current.parts.push(text);
      current.lastBlank = false;
    } else {
      intro.push(line);
    }
  }
  flush();
  const introText = blockText(intro);
  return { points, ...(introText ? { intro: introText } : {}) };
}
