import { readHeadingCandidate } from './item-heading.parser.js';
import type { SourceLine } from './source-line.js';

// A råd's referat written as numbered blocks, with no section labels (a WordPress page, a mailed Word document):
// `1. Godkendelse af dagsorden` / `Dagsorden godkendt.` / blank / `2. Høringssvar` / `De fremsendte ... drøftet.` ...
// Each weak heading (`N. Titel`) opens a block of its own and the block goes on in prose; the numbers rise by one from
// block to block. A contents list's entries stand line under line (no prose between), and a numbered list inside an
// item's text does not open blocks that go on in prose: neither is read so.

/** Blocks in a run, the candidate's own included, before the first of them is taken as an item. */
const BLOCK_RUN = 3;
/** A prose line: capitalised, and a sentence's end or a paragraph's length. */
const PROSE_WORDS = 3;
const PROSE_LENGTH = 60;

interface NumberedHeading {
  index: number;
  number?: number;
  style: string;
  title: string;
}

/**
 * Whether a weak heading opens one of a run of numbered blocks: it opens its block after a blank line, prose follows it
 * in the block, and either the last heading taken opened the block before it with the number before, or the next
 * blocks open with the next numbers in its style.
 */
export function opensNumberedBlock(candidate: NumberedHeading, lines: readonly SourceLine[], lastNumber: number | undefined, lastHeadingIndex: number): boolean {
  if (candidate.number === undefined || /[:;,]$/u.test(candidate.title) || !opensProseBlock(lines, candidate.index)) return false;
  if (lastNumber === candidate.number - 1 && lastHeadingIndex >= 0 && previousBlockStart(lines, candidate.index) === lastHeadingIndex) return true;
  let index = candidate.index;
  for (let run = 1; run < BLOCK_RUN; run++) {
    const next = nextBlockStart(lines, index);
    const heading = next === undefined ? undefined : readHeadingCandidate(lines[next]!);
    if (next === undefined || !heading || heading.style !== candidate.style || heading.number !== candidate.number + run || !opensProseBlock(lines, next)) return false;
    index = next;
  }
  return true;
}

/** The line opens its block (a blank line or the text's start before it) and a prose line follows it in the block. */
function opensProseBlock(lines: readonly SourceLine[], index: number): boolean {
  if (index > 0 && !lines[index - 1]!.blank) return false;
  const next = lines[index + 1];
  if (!next || next.blank) return false;
  const text = next.plain.trim();
  if (!/^\p{Lu}/u.test(text) || readHeadingCandidate(next)?.number !== undefined) return false;
  return text.length >= PROSE_LENGTH || (/[.!]$/u.test(text) && text.split(' ').length >= PROSE_WORDS);
}

/** The first line of the block after the one `index` stands in. */
function nextBlockStart(lines: readonly SourceLine[], index: number): number | undefined {
  let at = index + 1;
  while (at < lines.length && !lines[at]!.blank) at++;
  while (at < lines.length && lines[at]!.blank) at++;
  return at < lines.length ? at : undefined;
}

/** The first line of the block before the one that `index` opens. */
function previousBlockStart(lines: readonly SourceLine[], index: number): number | undefined {
  let at = index - 1;
  while (at >= 0 && lines[at]!.blank) at--;
  if (at < 0) return undefined;
  while (at > 0 && !lines[at - 1]!.blank) at--;
  return at;
}
