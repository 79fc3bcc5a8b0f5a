import type { ParsedAttachmentTitle } from './parsed-minutes.types.js';
import { mayStartLike } from './line-prefilter.js';
import type { SourceLine } from './source-line.js';

/** `2 bilag, heraf 1 anbefales`, `0 bilag`, `1 bilag.` */
const COUNT_LINE = /^(\d+)\s+bilag(?:\s*,?\s*heraf\s+(\d+)\s+anbefales)?\s*\.?$/iu;

export interface AttachmentCount {
  count: number;
  recommended?: number;
}

/** How a count line starts (from its pattern): every line of a body is asked, few start so. */
const mayBeCountLine = mayStartLike([COUNT_LINE]);

export function readAttachmentCount(line: SourceLine): AttachmentCount | undefined {
  if (!mayBeCountLine(line.unmarked)) return undefined;
  const match = COUNT_LINE.exec(line.unmarked);
  if (!match) return undefined;
  const reading: AttachmentCount = { count: Number(match[1]) };
  if (match[2] !== undefined) reading.recommended = Number(match[2]);
  return reading;
}

/**
 * A title line in a Bilag list: `ANBEFALES Title`, `1.5 ANBEFALES Title`, `Title`. The numbering prefix
 * (which announcement the attachment belongs to) is kept in the title; `ANBEFALES` becomes the flag.
 */
export function readAttachmentTitle(line: SourceLine): ParsedAttachmentTitle | undefined {
  const text = line.unmarked.replace(/^[-•*]\s+/u, '').trim();
  if (!text) return undefined;
  const marked = /^((?:\d+(?:\.\d+)*\.?\s+)?)ANBEFALES\b\s*(.*)$/u.exec(text);
  if (marked) {
    const title = `${marked[1]!}${marked[2]!}`.trim();
    return { title, recommended: true, line: line.no };
  }
  return { title: text, recommended: false, line: line.no };
}
