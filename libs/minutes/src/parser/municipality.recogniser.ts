import type { ParsedMunicipality } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { FORMER_MUNICIPALITIES, FORMER_MUNICIPALITY_IN_TEXT, FORMER_WORD_BEFORE, FORMER_WORD_REACH } from './vocabulary/former-municipalities.js';
import { councilMunicipality, MUNICIPALITY_BY_HOST_LABEL, MUNICIPALITY_IN_TEXT, municipalityNamed, REGION_HOST_LABELS, REGIONAL_MUNICIPALITY_IN_TEXT } from './vocabulary/municipalities.js';
import type { SourceUrl } from './meeting-head.parser.js';

const NAMES_IN_TEXT = new RegExp(MUNICIPALITY_IN_TEXT.source, 'gu');
/** Where the word `Kommune` stands, which every mention ends with (also in the genitive: `Frederikssund Kommunes logo`). */
const KOMMUNE_WORD = /\s+[Kk]ommunes?(?![\p{L}])/gu;
/** A head in capitals (`GENTOFTE KOMMUNE`): asked only of lines that hold the word so. */
const NAMES_IN_CAPITALS = new RegExp(MUNICIPALITY_IN_TEXT.source, 'giu');
const KOMMUNE_IN_CAPITALS = /\s+KOMMUNES?(?![\p{L}])/gu;
/** More than the longest name (with its genitive `s`) before the word. */
const NAME_REACH = 40;

/**
 * The names in `<Navn> Kommune` mentions, as the pattern reads them from left to right: it is tried only a
 * name's length before each `Kommune`, not at every character of the line.
 */
function municipalitiesIn(text: string, capitals = false): string[] {
  const names: string[] = [];
  let from = 0;
  const kommuneWord = capitals ? KOMMUNE_IN_CAPITALS : KOMMUNE_WORD;
  const namesIn = capitals ? NAMES_IN_CAPITALS : NAMES_IN_TEXT;
  kommuneWord.lastIndex = 0;
  for (let word = kommuneWord.exec(text); word; word = kommuneWord.exec(text)) {
    const wordEnd = word.index + word[0].length;
    if (wordEnd <= from) continue;
    namesIn.lastIndex = Math.max(from, word.index - NAME_REACH);
    const match = namesIn.exec(text);
    if (match && match.index <= word.index) {
      names.push(capitals ? titleCased(match[1]!) : match[1]!);
      from = match.index + match[0].length;
      kommuneWord.lastIndex = Math.max(kommuneWord.lastIndex, from);
    }
  }
  return names;
}

/** `k`, `K` or the Kelvin sign (which folds to `k`): what a line that `/^kommune\b/iu` matches starts with. */
function startsWithK(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x6b || first === 0x4b || first === 0x212a;
}

/** `GENTOFTE` -> `Gentofte`, `LYNGBY-TAARBÆK` -> `Lyngby-Taarbæk`: the key the counts and the register use. */
function titleCased(name: string): string {
  return name.toLowerCase().replace(/(^|[-‐ ])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const HOST = /^(?:https?:\/\/)?([^/?#]+)/iu;

/**
 * The municipality a document names: its source address's host (`ballerup.dk`, `dagsordener.kk.dk`) first,
 * else the `<Navn> Kommune` named most often in its text (the head's mention wins a tie).
 */
/**
 * (`namedAtLeast`: the least number of lines that must name it; asked of the pages' running heads and footers, where
 * one repeated name is the publisher's.)
 */
export function findMunicipality(lines: readonly SourceLine[], sourceUrl: SourceUrl | undefined, namedAtLeast = 1): ParsedMunicipality | undefined {
  if (sourceUrl) {
    const host = HOST.exec(sourceUrl.url)?.[1]?.toLowerCase() ?? '';
    const labels = host.split('.').filter((label) => label !== 'www' && label !== 'dk' && label !== 'kommune');
    for (const label of labels.reverse()) {
      const found = MUNICIPALITY_BY_HOST_LABEL.get(label) ?? MUNICIPALITY_BY_HOST_LABEL.get(label.replace(/kommune$/u, ''));
      if (found) return { name: found.name, slug: found.slug, code: found.code, source: 'source-url', line: sourceUrl.line };
      // (A region's page names no municipality of its own: not the one an item's title names, `... i Roskilde Kommune`.)
      if (REGION_HOST_LABELS.has(label)) return undefined;
    }
  }
  const counts = new Map<string, { count: number; line: number; inHead: boolean }>();
  // The name and `Kommune` may stand on two lines (a wrapped title).
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const next = lines[index + 1];
    const text = next && next.text.length >= 7 && startsWithK(next.text) && /^kommune\b/iu.test(next.text) ? `${line.text} ${next.text}` : line.text;
    // One search for the usual spelling, a second only for a line without it (most lines hold neither).
    const named = text.includes('ommune');
    const capitals = !named && text.includes('KOMMUNE');
    if (!capitals && !named) continue;
    for (const key of [...municipalitiesIn(text, capitals), ...formerMunicipalitiesIn(text, capitals), ...regionalMunicipalityIn(text)]) {
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { count: 1, line: line.no, inHead: index < COUNCIL_REACH });
    }
  }
  // The head's name wins over names the items repeat more often (Faaborg-Midtfyn's head over its items' `Odense
  // Kommune`): the document's own municipality stands at its top, the others in what its cases concern.
  const byHead = (a: [string, { inHead: boolean }], b: [string, { inHead: boolean }]) => Number(b[1].inHead) - Number(a[1].inHead);
  const best = [...counts.entries()].sort((a, b) => (namedAtLeast > 1 ? 0 : byHead(a, b)) || b[1].count - a[1].count || a[1].line - b[1].line)[0];
  if (namedAtLeast > 1) return best && best[1].count >= namedAtLeast ? municipalityOf(best) : undefined;
  if (!best) return councilNamedInHead(lines) ?? logoAroundDocumentKind(lines);
  return municipalityOf(best);
}

/** The municipality of the counts' best name (a former municipality's as its successor's). */
function municipalityOf(best: [string, { count: number; line: number }]): ParsedMunicipality | undefined {
  // A municipality before 2007 (`Broby Kommune`) is read as its successor's, its own name kept for the report.
  const former = best[0].startsWith(FORMER) ? best[0].slice(FORMER.length) : undefined;
  const found = municipalityNamed((former ? FORMER_MUNICIPALITIES.get(former)! : best[0]).replace(/[‐ ]/gu, '-'));
  if (!found) return undefined;
  return { name: found.name, slug: found.slug, code: found.code, source: 'text', line: best[1].line, ...(former ? { formerName: former } : {}) };
}

/** `Bornholms Regionskommune`: the table's name, as a key the counts share with `Bornholm Kommune`. */
function regionalMunicipalityIn(text: string): string[] {
  if (!text.includes('egionskommune') && !text.includes('EGIONSKOMMUNE')) return [];
  const found = REGIONAL_MUNICIPALITY_IN_TEXT.exec(text);
  return found ? [titleCased(found[1]!)] : [];
}

/** How many lines of a document's start may name the municipality's council. */
const COUNCIL_REACH = 12;

/** No `<Navn> Kommune` anywhere: `Aalborg Byråd` alone on a line of the document's first lines names the municipality. */
function councilNamedInHead(lines: readonly SourceLine[]): ParsedMunicipality | undefined {
  for (let index = 0; index < Math.min(lines.length, COUNCIL_REACH); index++) {
    const line = lines[index]!;
    if (line.blank || !/råd$/iu.test(line.plain)) continue;
    const found = councilMunicipality(line.plain);
    if (found) return { name: found.name, slug: found.slug, code: found.code, source: 'text', line: line.no };
  }
  return undefined;
}

/** How many lines of a document's start may hold its logo's text. */
const LOGO_REACH = 6;

/**
 * No `<Navn> Kommune` on one line: a logo's two words extracted around the document's kind (Herlev's `Herlev` /
 * `Referat` / `Kommune`) at the document's start name the municipality.
 */
function logoAroundDocumentKind(lines: readonly SourceLine[]): ParsedMunicipality | undefined {
  const start: SourceLine[] = [];
  for (const line of lines) {
    if (start.length === LOGO_REACH) break;
    if (!line.blank) start.push(line);
  }
  for (let index = 0; index + 2 < start.length; index++) {
    const [name, kind, word] = [start[index]!, start[index + 1]!, start[index + 2]!];
    if (!/^kommune$/iu.test(word.plain.trim()) || !/^(?:referat|dagsorden|beslutningsprotokol|protokol)$/iu.test(kind.plain.trim())) continue;
    const found = municipalityNamed(name.plain.trim());
    if (found) return { name: found.name, slug: found.slug, code: found.code, source: 'text', line: name.no };
  }
  return undefined;
}

/** Counted apart from today's names: a key no municipality's name starts with. */
const FORMER = 'former:';

/** `FORMER_MUNICIPALITY_IN_TEXT` for a line in capitals. */
const FORMER_IN_CAPITALS = new RegExp(FORMER_MUNICIPALITY_IN_TEXT.source, 'giu');

/** The former names by how a text may join their words (`Ledøje-Smørum`, `Ledøje Smørum`). */
const FORMER_BY_WORDS = new Map([...FORMER_MUNICIPALITIES.keys()].map((name) => [name.replace(/[-‐ ]/gu, ' '), name]));

/** `Broby Kommune` and the other municipalities before the reform of 2007, as keys of their own. */
function formerMunicipalitiesIn(text: string, capitals = false): string[] {
  if (!capitals && !text.includes('ommune')) return [];
  const names: string[] = [];
  // A head in capitals (`RØNNE KOMMUNE`) is asked in any case, its name title-cased.
  const kommuneWord = capitals ? KOMMUNE_IN_CAPITALS : KOMMUNE_WORD;
  const formerIn = capitals ? FORMER_IN_CAPITALS : FORMER_MUNICIPALITY_IN_TEXT;
  // Tried only a name's length before each `Kommune` (as today's names are), not at every character of the line.
  let from = 0;
  kommuneWord.lastIndex = 0;
  for (let word = kommuneWord.exec(text); word; word = kommuneWord.exec(text)) {
    if (word.index + word[0].length <= from) continue;
    formerIn.lastIndex = Math.max(from, word.index - NAME_REACH);
    const match = formerIn.exec(text);
    if (!match || match.index > word.index) continue;
    from = match.index + match[0].length;
    kommuneWord.lastIndex = Math.max(kommuneWord.lastIndex, from);
    // `den tidligere Ullerslev Kommune` in a successor's minutes (an item about a merged municipality's accounts): the
    // text names it as gone, never as its own.
    if (FORMER_WORD_BEFORE.test(text.slice(Math.max(0, match.index - FORMER_WORD_REACH), match.index))) continue;
    const name = FORMER_BY_WORDS.get((capitals ? titleCased(match[1]!) : match[1]!).replace(/[-‐ ]/gu, ' '));
    if (name) names.push(FORMER + name);
  }
  return names;
}
