/**
 * The key a line under an item's heading is compared by when it may repeat the item's title (eDoc and SBSYS print
 * the title again under the heading): lower case, letters and digits only, single spaces between their runs.
 */
export function titleKeyOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

/**
 * The first character of a text's title key: its first letter or digit, lower-cased; empty when it has none. Two
 * texts with different first key letters have different keys, so most lines under a heading are never keyed. An
 * ASCII start is read by character code; the pattern only from the first other character on.
 */
export function firstKeyLetter(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) break;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return text.charAt(index);
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  }
  const first = FIRST_LETTER_OR_DIGIT.exec(text);
  return first === null ? '' : first[0].toLowerCase().charAt(0);
}

const FIRST_LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * Whether the text's title key is already told apart from `key` by the text's ASCII start, read by character code
 * without building the key (an ASCII character's key is its own lower case, whatever follows it). False when the
 * start agrees and a character outside ASCII follows: only `titleKeyOf` can tell then.
 */
export function keyDiffersInAsciiStart(text: string, key: string): boolean {
  let at = 0;
  let gap = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return false;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (!((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
      // A run of other characters is one space in the key, none at its start (nor, below, at its end).
      gap = at > 0;
      continue;
    }
    if (gap) {
      if (key.charCodeAt(at) !== 0x20) return true;
      at++;
      gap = false;
    }
    if (key.charCodeAt(at) !== lower) return true;
    at++;
  }
  return at !== key.length;
}
