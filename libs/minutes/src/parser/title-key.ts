/**
 * The key a line under an item's heading is compared by when it may repeat the item's title (eDoc and SBSYS print
 * the title again under the heading): lower case, letters and digits only, single spaces between their runs.
 */
export function titleKeyOf(text: string): string {
  const lower = text.toLowerCase();
  // The key's runs of letters and digits, read by character code (the pattern's replace and trim cost several times
  // more, and every title and many lines near headings are keyed): the lower-cased text itself when it is its own key.
  let parts: string[] | undefined;
  let runStart = -1;
  let clean = true;
  for (let index = 0; index < lower.length; index++) {
    const kind = keyCharKind(lower.charCodeAt(index));
    if (kind === UNSURE) return lower.replace(NOT_KEY_CHARACTERS, ' ').trim();
    if (kind === KEY) {
      if (runStart < 0) runStart = index;
      continue;
    }
    // A character between runs: the text is its own key only where each gap is one space between two runs.
    if (runStart < 0) {
      clean = false;
      continue;
    }
    if (lower.charCodeAt(index) !== 0x20 || index + 1 >= lower.length || keyCharKind(lower.charCodeAt(index + 1)) !== KEY) clean = false;
    (parts ??= []).push(lower.slice(runStart, index));
    runStart = -1;
  }
  if (clean) return lower;
  if (runStart >= 0) (parts ??= []).push(lower.slice(runStart));
  return parts === undefined ? '' : parts.join(' ');
}

const NOT_KEY_CHARACTERS = /[^\p{L}\d]+/gu;
/** What `[\p{L}\d]` says of one UTF-16 code: a key character, another, or unsure (outside Latin-1: the pattern tells). */
const KEY = 0;
const OTHER = 1;
const UNSURE = 2;

function keyCharKind(code: number): number {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? KEY : OTHER;
  if (code < 0x100) return code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) ? KEY : OTHER;
  // Dashes, quotes, bullets and the ellipsis that titles hold are no letters; other codes (a letter beyond Latin-1, half
  // of a surrogate pair) are left to the pattern.
  return (code >= 0x2010 && code <= 0x2027) || code === 0x2212 ? OTHER : UNSURE;
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
