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
