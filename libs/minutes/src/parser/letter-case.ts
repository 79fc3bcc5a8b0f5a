const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * Whether the text starts with a lower-case letter (`/^\p{Ll}/u`), asked of every line where a title or a sentence
 * may wrap: an ASCII first character (most lines') is told by its code, the rest by the pattern.
 */
export function startsInLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_CASE_START.test(text);
}

const LOWER_CASE_LETTER = /\p{Ll}/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;

/** Whether the text is written in capitals: a capital letter and no lower-case one (`LOKALPLAN NR. 118 FOR ...`). */
export function isInCapitals(text: string): boolean {
  return !LOWER_CASE_LETTER.test(text) && UPPER_CASE_LETTER.test(text);
}

/** Whether the character at `index` is a capital letter: an ASCII one (most) told by its code, the rest by the pattern. */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_CASE_LETTER.test(text[index] ?? '');
}
