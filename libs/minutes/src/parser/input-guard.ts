import { ParseError } from './parse-error.js';
import type { SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

const REPLACEMENT = '\ufffd';
// Control characters other than tab, line feed, form feed and carriage return do not occur in text.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/gu;
/**
 * The same characters one by one: a text holds none of them as a rule, and a search for each single character
 * (what `includes` does fastest) costs a fraction of one pass of the class over a long text.
 */
const CONTROL_CHARACTERS = Array.from({ length: 0x80 }, (_unused, code) => String.fromCharCode(code)).filter((character) => new RegExp(CONTROL.source, 'u').test(character));

/**
 * Rejects input that is not text: empty, NUL bytes, or mostly undecodable (U+FFFD is what a UTF-8 decoder
 * leaves for invalid bytes) or control characters. A few replacement characters in real text are reported
 * as a warning instead: the rest of the document is still readable.
 */
export function assertReadableText(text: string, documentName: string): void {
  if (text.trim().length === 0) throw new ParseError('empty', documentName, 'the document is empty');
  if (text.includes('\u0000')) throw new ParseError('binary', documentName, 'the document contains NUL bytes: not a text file');
  const replacements = countOf(text, REPLACEMENT);
  const controls = CONTROL_CHARACTERS.some((character) => text.includes(character)) ? (text.match(CONTROL) ?? []).length : 0;
  const suspicious = replacements + controls;
  // Many, or a dense few: one stray character in a short note is a glitch, not a binary file.
  if (suspicious >= 16 || (suspicious >= 3 && suspicious / text.length > 0.01)) {
    throw new ParseError('binary', documentName, `the document is not valid text (${replacements} undecodable and ${controls} control characters)`);
  }
}

export function warnAboutReplacementCharacters(lines: readonly SourceLine[], warnings: WarningCollector): void {
  for (const line of lines) {
    if (line.raw.includes(REPLACEMENT)) {
      warnings.add(line.no, 'replacement-characters', 'Line contains undecodable characters (U+FFFD); text read as is');
    }
  }
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) count++;
  return count;
}
