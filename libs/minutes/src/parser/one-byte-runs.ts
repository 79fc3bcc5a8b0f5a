import { Buffer } from 'node:buffer';

/**
 * Cuts pieces (lines) out of a text, each stored one byte a character wherever its characters allow.
 *
 * Why: V8 stores a string that holds any character past Latin-1 (one en dash, bullet or box-drawing line in a whole
 * referat) two bytes a character, and every piece cut from it by `slice` or `trim` shares that storage, even a line of
 * plain letters. Unicode patterns (`\p{Lu}`, `\p{Ll}`, the `u` flag) search such a piece many times slower than the
 * same characters stored one byte each: an unanchored `\p{Ll}{2}[.!?] \p{Lu}` over a title of 90 characters took about
 * 3-5 µs against 0.03-0.15 µs (Node 20), and the parser asks hundreds of such patterns of every line. A fifth of the
 * bench documents are two-byte texts (most of Slagelse, Vejen and Stevns: `–`, `•`, `─`), among them the slowest.
 *
 * A two-byte text is copied run by run (the stretches between its characters past Latin-1) through Latin-1 bytes,
 * which are read back as a string stored one byte a character; a piece inside a run is cut from that copy, a piece that
 * holds such a character from the text itself. The pieces are the same characters either way: only their storage,
 * and so the parse's speed, differs.
 */
export function pieceCutter(text: string): (start: number, end: number) => string {
  if (!BEYOND_LATIN1.test(text)) return (start, end) => text.slice(start, end);
  const beyond = new RegExp(BEYOND_LATIN1.source, 'g');
  // The run copied last: text[runStart, runEnd) as `run`, stored one byte a character.
  let run = '';
  let runStart = 0;
  let runEnd = 0;
  return (start, end) => {
    // A blank line is asked for nothing: a run copied from it held only the next line's start up to its wide character
    // (Herning-Ikast-Brande 2024: every second line blank, every other one holds an en dash; 442 copies, all wasted).
    if (start === end) return '';
    if (start >= runStart && end <= runEnd) return run.slice(start - runStart, end - runStart);
    beyond.lastIndex = start;
    const next = beyond.exec(text);
    const stop = next ? next.index : text.length;
    // (A piece that holds the character is two-byte whatever it is cut from.)
    if (stop < end) return text.slice(start, end);
    run = oneByteCopy(text.slice(start, stop));
    runStart = start;
    runEnd = stop;
    return run.slice(0, end - start);
  };
}

/**
 * `piece`, cut from `whole`, stored one byte a character: a copy when `whole` holds a character past Latin-1 and
 * `piece` none (a heading's title after its `Pkt. 4 – `, a one-liner's decision after its dash), else `piece` itself.
 * Such a piece shares the two-byte storage of what it was cut from (see above), and every pattern asked of it later
 * pays for that. The test costs next to nothing on a one-byte `whole`: V8 searches a one-byte string for a class of
 * characters past Latin-1 without looking at it (10 ns against 350 ns on a two-byte line of 90 characters).
 */
export function oneBytePieceOf(piece: string, whole: string): string {
  return BEYOND_LATIN1.test(whole) && !BEYOND_LATIN1.test(piece) ? oneByteCopy(piece) : piece;
}

/** Any character past Latin-1 (UTF-16 codes above 0xFF, surrogates too). */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Whether `text` holds a character past Latin-1: next to nothing on a text stored one byte a character (see
 * `oneBytePieceOf`), a search up to the first such character on a two-byte one.
 */
export function holdsBeyondLatin1(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

/**
 * The same characters (all within Latin-1) in a fresh string stored one byte a character: written to bytes as Latin-1
 * and read back, which makes a one-byte string. (A copy through `JSON.parse(JSON.stringify(...))` did the same at 3-10
 * times the cost for pieces of 80 characters or more: 3 µs against 0.3 µs for 1,000.)
 */
function oneByteCopy(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}
