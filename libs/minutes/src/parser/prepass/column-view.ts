import { normaliseSpacing, type SourceLine, type TextTraits } from '../source-line.js';

/**
 * A page laid out by spaces (`pdftotext -layout`) tells its columns by where text starts on the line. Copied or
 * converted, such a text may hold other white space where the spaces stood: a non-breaking space in a gap, a tab for
 * one space, a zero-width character, or a tab before a line's text. The column readers measure a line as the spaces
 * stood: every odd space and tab one space, zero-width characters gone, and a tab that opens a line (a text laid out
 * by spaces aligns nothing with it) dropped. Lines of a text without such characters are returned as written (`raw`).
 */
export function columnViews(lines: readonly SourceLine[], traits: Pick<TextTraits, 'oddSpaces' | 'tab'>): readonly string[] {
  if (!traits.oddSpaces && !traits.tab) return lines.map((line) => line.raw);
  return lines.map((line) => columnView(line.raw));
}

/** One line as its columns stand (see `columnViews`). */
export function columnView(raw: string): string {
  const opened = raw.charCodeAt(0) === 0x09 ? raw.slice(1) : raw;
  const spaced = normaliseSpacing(opened);
  return spaced.includes('\t') ? spaced.replace(/\t/gu, ' ') : spaced;
}
