import type { ParsedItem } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

/** An announcement's agenda part: `Åbent møde:`, `Lukket møde` (its colon optional). */
const AGENDA_PART = /^(?<part>åbent|åben|lukket)\s+møde\s*:?$/iu;

/** A bulleted entry: `• Godkendelse af dagsorden`, `- Eventuelt`. Group 1 the entry's text. */
const BULLET_ENTRY = /^[-–•]\s+(\S.*)$/u;

/**
 * A municipality's announcement of a meeting (a news page: `Det meddeles herved, at der afholdes ordinært
 * kommunalbestyrelsesmøde ...`, then `Åbent møde:` and `Lukket møde:` each over a bulleted agenda without numbers):
 * the entries are the meeting's items, without numbers, closed under the closed part. Asked only of a text read as one
 * untitled item for want of headings, or as no item; at least two entries under an open part.
 */
export function itemsOfAnnouncedAgenda(lines: readonly SourceLine[], warnings: WarningCollector): ParsedItem[] {
  const items: ParsedItem[] = [];
  let closed: boolean | undefined;
  let open = 0;
  for (const line of lines) {
    if (line.blank) continue;
    const text = line.text.trim();
    // (Cheap first: a part's label starts with `Å`, `å`, `L` or `l`; an entry with a bullet.)
    const part = text.length <= 20 ? AGENDA_PART.exec(text) : null;
    if (part) {
      closed = /^lukket/iu.test(part.groups!.part!);
      continue;
    }
    if (closed === undefined) continue;
    const entry = BULLET_ENTRY.exec(text);
    if (!entry) {
      closed = undefined;
      continue;
    }
    if (!closed) open++;
    items.push({ title: entry[1]!.trim(), line: line.no, closed, recommendations: [], absences: [], earlierTreatments: [], course: [], sections: { other: [] } });
  }
  if (open < 2) return [];
  warnings.add(items[0]!.line, 'item-number-missing', `${items.length} items read from an announced agenda's bullets, without numbers`);
  return items;
}
