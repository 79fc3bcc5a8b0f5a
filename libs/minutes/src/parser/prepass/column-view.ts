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
