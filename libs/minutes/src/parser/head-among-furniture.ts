import { parseMeetingHead } from './meeting-head.parser.js';
import type { SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

/**
 * The head of a document whose pages each repeat the first page's head (`NEXØ KOMMUNE` / `Protokol for Byrådets ordinære
 * møde torsdag den ...` over every page): the pre-pass drops every copy as page furniture, the first page's too, so the
 * lines before the first item date no meeting. Asked only then: those lines read again with the furniture that stood
 * among them put back, in the text's order. Undefined (its warnings discarded) when that reads no date either.
 */
export function headAmongItsFurniture(
  head: readonly SourceLine[],
  furniture: readonly SourceLine[],
  firstItemLine: number,
  warnings: WarningCollector,
): ReturnType<typeof parseMeetingHead> | undefined {
  const before = furniture.filter((line) => line.no < firstItemLine);
  if (before.length === 0) return undefined;
  const lines = [...head, ...before].sort((a, b) => a.no - b.no);
  const checkpoint = warnings.checkpoint();
  const reading = parseMeetingHead(lines, warnings);
  if (reading.meeting.date) return reading;
  warnings.discard(checkpoint);
  return undefined;
}
