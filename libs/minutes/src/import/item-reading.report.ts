import type { ParseWarning, ParsedItem } from '../parser/parsed-minutes.types.js';
import type { ImportWarning, ItemFactRead } from './import-report.types.js';

const clip = (text: string): string => (text.length <= 80 ? text : `${text.slice(0, 79)}…`);

/**
 * What the report says was read for one item, fact by fact with its line, and what was not: the parser's
 * warnings on the item's lines (from its heading to the next item's). Nothing read is left unmentioned.
 */
export function itemReading(item: ParsedItem, nextItemLine: number | undefined, warnings: readonly ParseWarning[]): { read: ItemFactRead[]; notRead: ImportWarning[] } {
  const read: ItemFactRead[] = [{ fact: 'heading', line: item.line, value: clip(`${item.number ?? '?'} ${item.title}`) }];
  if (item.caseNumber) read.push({ fact: 'case number', line: item.caseNumberLine ?? item.line, value: item.caseNumber });
  if (item.decidingBody) read.push({ fact: 'deciding body', line: item.decidingBodyLine ?? item.line, value: item.decidingBody });
  for (const point of item.recommendations) read.push({ fact: 'recommendation', line: point.line, value: clip(`${point.point}. ${point.text}`) });
  if (item.decision) {
    const outcome = item.decision.outcome ?? (item.decision.postponed ? 'postponed' : 'none');
    read.push({ fact: 'decision', line: item.decision.line, value: clip(`${outcome}: ${item.decision.text}`) });
    for (const vote of item.decision.votes ?? []) read.push({ fact: 'vote', line: vote.line, value: `${vote.position}: ${vote.who}` });
    for (const reservation of item.decision.reservations ?? []) read.push({ fact: 'reservation', line: reservation.line, value: clip(reservation.text) });
  }
  for (const absence of item.absences) read.push({ fact: 'absence', line: absence.line, value: `${absence.name}${absence.attendance === 'absent' ? ' (fraværende)' : ' (afbud)'}${absence.partial ? `, ${absence.partial}` : ''}` });
  for (const treatment of item.earlierTreatments) {
    read.push({ fact: 'earlier treatment', line: treatment.line, value: `${treatment.body} ${treatment.date}${treatment.itemNumbers.length > 0 ? ` pkt. ${treatment.itemNumbers.join(', ')}` : ''}${treatment.outcome ? `: ${treatment.outcome}` : ''}` });
  }
  for (const entry of item.course) read.push({ fact: 'course', line: entry.line, value: `${entry.body} ${entry.date}${entry.cancelled ? ' (aflyst)' : ''}` });
  if (item.attachments) read.push({ fact: 'attachments', line: item.attachments.line, value: `${item.attachments.count ?? item.attachments.titles.length} bilag` });
  for (const section of item.sections.other) read.push({ fact: 'unplaced section', line: section.line, value: clip(section.heading) });
  const end = nextItemLine ?? Number.POSITIVE_INFINITY;
  const notRead = warnings.filter((warning) => warning.line >= item.line && warning.line < end).map(({ line, code, message }) => ({ line, code, message }));
  return { read: read.sort((a, b) => a.line - b.line), notRead };
}
