/** How deeply a JSON body may nest: the deepest write body has 4 levels; corrections a few more. */
export const MAX_JSON_DEPTH = 32;

/** A body refused while reading it: `status`, and a `type` (body-parser's names) that toProblem turns into the answer. */
export class BodyRefused extends Error {
  /** Meant for the client: its message is the answer's detail. */
  readonly expose = true;

  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'BodyRefused';
  }
}

/**
 * Checks a JSON body's raw bytes before JSON.parse (readJson), so a body nested
 * 100,000 deep is refused by one loop over its bytes before anything walks it recursively. Only
 * UTF-8 (RFC 8259): in it, the bytes of `"`, `\`, brackets and braces never occur inside a longer
 * character, so a byte scan sees the structure exactly.
 */
export function verifyJsonBody(buffer: Uint8Array, encoding: string | null): void {
  if (encoding && encoding.toLowerCase().replace('-', '') !== 'utf8') {
    throw new BodyRefused(415, 'charset.unsupported', `JSON must be UTF-8, not ${encoding}`);
  }
  const depth = jsonDepth(buffer, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) throw new BodyRefused(400, 'entity.too.deep', `the JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
}

/** The nesting depth of JSON bytes, counted up to `stopAbove` + 1. Strings (and escapes in them) are skipped. */
export function jsonDepth(bytes: Uint8Array, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++; // a backslash escapes the next byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > deepest && (deepest = depth) > stopAbove) return deepest;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return deepest;
}
