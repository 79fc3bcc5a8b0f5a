import type { ParsedMeeting } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';

// A head that names its meeting by the body's kind alone (`Kommissionsmøde 18-02-2020`, `Udvalgsmøde 3. maj 2021`,
// `Bestyrelsesmøde ...`): the kind is no body's name, the body's full name (`beredskabskommissionen`) stands in the text.

/** The head's kind-only meeting compound; `kommision` is the common misspelling of `kommission`. */
const KIND_ONLY_MEETING = /^(?<kind>kommiss?ions|udvalgs|råds|nævns|bestyrelses)møde(?:t)?(?![\p{L}])/iu;

/** Each kind's definite ending, as a compound in the text ends: `beredskabs|kommissionen`. */
const KIND_COMPOUND: Readonly<Record<string, RegExp>> = {
  kommission: /(?<![\p{L}])\p{L}{3,}kommiss?ionen(?![\p{L}])/giu,
  udvalg: /(?<![\p{L}])\p{L}{3,}udvalget(?![\p{L}])/giu,
  råd: /(?<![\p{L}])\p{L}{3,}rådet(?![\p{L}])/giu,
  nævn: /(?<![\p{L}])\p{L}{3,}nævnet(?![\p{L}])/giu,
  bestyrelse: /(?<![\p{L}])\p{L}{3,}bestyrelsen(?![\p{L}])/giu,
};

/** How far into the document the head's first line may stand (a page's furniture before it). */
const HEAD_LINES = 4;

/**
 * The body of a meeting whose head names only its kind: the one compound of that kind the text names most often
 * (first named on a tie), spelled as a name (`Beredskabskommissionen`). Fills only a missing body.
 */
export function readBodyOfKindOnlyHead(meeting: ParsedMeeting, lines: readonly SourceLine[]): void {
  if (meeting.body) return;
  let kind: string | undefined;
  let seen = 0;
  for (const line of lines) {
    if (line.blank) continue;
    if (++seen > HEAD_LINES) break;
    // (Cheap gate: the compound's `møde` before any pattern.)
    if (!line.text.includes('øde')) continue;
    const found = KIND_ONLY_MEETING.exec(line.text.trim());
    if (found) {
      kind = found.groups!.kind!.toLowerCase().replace(/s$/u, '').replace(/^kommiss?ion$/u, 'kommission');
      break;
    }
  }
  if (!kind) return;
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.blank) continue;
    for (const match of line.text.matchAll(KIND_COMPOUND[kind]!)) {
      const name = match[0].toLowerCase();
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [name, count] of counts) if (!best || count > counts.get(best)!) best = name;
  if (best) meeting.body = best.charAt(0).toUpperCase() + best.slice(1);
}
