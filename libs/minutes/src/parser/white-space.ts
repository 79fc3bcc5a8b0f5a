/**
 * White space as the patterns' `\s` and `trim` read it (JavaScript's WhiteSpace and LineTerminator), told by a
 * character's code: short texts read often (names in attendance lists) are spaced without running patterns.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The text with each run of white space as one space and none at either end: `text.replace(/\s+/gu, ' ').trim()`. */
export function singleSpaced(text: string): string {
  const length = text.length;
  let index = 0;
  while (index < length && isWhiteSpaceCode(text.charCodeAt(index))) index++;
  let spaced = '';
  let from = index;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (!isWhiteSpaceCode(code)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < length && isWhiteSpaceCode(text.charCodeAt(end))) end++;
    // White space at the end is dropped; a lone space stays as it is.
    if (end === length) return spaced + text.slice(from, index);
    if (end > index + 1 || code !== 0x20) {
      spaced += `${text.slice(from, index)} `;
      from = end;
    }
    index = end;
  }
  return spaced + text.slice(from);
}
