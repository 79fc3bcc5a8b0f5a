import { normaliseSpacing, type SourceLine, type TextTraits } from '../source-line.js';

/**
 * A page laid out by spaces (`pdftotext -layout`) tells its columns by where text starts on the line. Copied or
 * converted, such a text may hold other white space where the spaces stood: a non-breaking space in a gap, a tab for
 * one space, a zero-width character, or a tab before a line's text. The column readers measure a line as the spaces
 * stood: every odd space and tab one space, zero-width characters gone, and a tab that opens a line (a text laid out
 * by spaces aligns nothing with it) dropped. Lines of a text without such characters are returned as written (`raw`).
 */
// (A line split from the source keeps its normalised spacing (`spaced`): only a line made from text is normalised here,
// and only a text with tabs is searched for them.)
export function columnViews(lines: readonly SourceLine[], traits: Pick<TextTraits, 'oddSpaces' | 'tab'>): readonly string[] {
  if (!traits.oddSpaces && !traits.tab) return lines.map((line) => line.raw);
  const views = new Array<string>(lines.length);
  for (let index = 0; index < lines.length; index++) views[index] = lineView(lines[index]!, traits.tab);
  return views;
}

/** One line as its columns stand (see `columnViews`). */
export function columnView(raw: string): string {
  return untabbed(raw, normaliseSpacing(raw), true);
}

/** One line of a text with these traits as its columns stand: what `columnViews` holds for it. */
export function columnViewOf(line: SourceLine, traits: Pick<TextTraits, 'oddSpaces' | 'tab'>): string {
  return !traits.oddSpaces && !traits.tab ? line.raw : lineView(line, traits.tab);
}

function lineView(line: SourceLine, tab: boolean): string {
  return untabbed(line.raw, line.spaced ?? normaliseSpacing(line.raw), tab);
}

/** `spaced` (`raw` normalised) without the tab that opens `raw`, its other tabs one space each. */
function untabbed(raw: string, spaced: string, tab: boolean): string {
  if (!tab) return spaced;
  // (Normalising keeps a tab where it stood and drops what stands before it only when that is zero-width: the tab that
  // opens `raw` is measured on `raw`, as it was before the spaced form was kept.)
  const opened = raw.charCodeAt(0) === 0x09 ? spaced.slice(1) : spaced;
  return opened.includes('\t') ? opened.replace(/\t/gu, ' ') : opened;
}

/**
 * Whether a line split from `text` can show a colon with two spaces after it in its column view (`Mødedato:  ...`, what
 * `colon-margin-labels.ts` looks for): one native search where the text holds only plain spaces (no odd space, tab or
 * form feed); else the text's colons, each asked whether the two characters after it are white space a view reads as a
 * space (a space, a tab, an odd space) or drops (a form feed, a zero-width character). Lines made by a pass (not split
 * from `text`) are not told by it.
 */
export function mayShowColonGap(text: string, traits: Pick<TextTraits, 'oddSpaces' | 'tab' | 'formFeed'>): boolean {
  if (text.includes(':  ')) return true;
  if (!traits.oddSpaces && !traits.tab && !traits.formFeed) return false;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (isGapCharacter(text.charCodeAt(colon + 1)) && isGapCharacter(text.charCodeAt(colon + 2))) return true;
  }
  return false;
}

/** A character a column view reads as a space or drops (`ODD_SPACES` and `ZERO_WIDTH` of `source-line.ts`, a tab, a form feed). */
function isGapCharacter(code: number): boolean {
  if (code === 0x20 || code === 0x09 || code === 0x0c) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0xad || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff;
}
