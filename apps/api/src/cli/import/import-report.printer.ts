import type { ImportReport } from '#minutes';

/** A document that could not be imported at all, as the summary counts it. */
export interface FailedDocument {
  file: string;
  status: 'rejected' | 'error';
  message: string;
}

const TITLE_WIDTH = 70;

/** One document's report for a person at a terminal: meeting, items, outcomes, warnings, counts. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [`${report.document.name}: ${report.status}`];
  if (report.meeting) {
    lines.push(`  meeting   ${report.meeting.body}, ${report.meeting.date} (${report.meeting.meetingId}); layout ${report.document.layout}`);
  }
  lines.push(`  items     ${report.items.length}${itemSummary(report)}`);
  const caseWidth = Math.max(0, ...report.items.map((i) => (i.caseId ?? '-').length));
  for (const item of report.items) {
    const what = item.closed ? 'closed' : item.postponed ? 'postponed' : (item.outcome ?? '-');
    lines.push(
      `    ${String(item.number ?? '?').padStart(3)}  ${(item.caseId ?? '-').padEnd(caseWidth)}  ${what.padEnd(11)}  ${item.written.padEnd(9)}  ${truncate(item.title, TITLE_WIDTH)}`,
    );
    if (item.error) lines.push(`         ! ${item.error}`);
  }
  for (const meeting of report.referencedMeetings) {
    const items = meeting.itemNumbers.length > 0 ? ` (items ${meeting.itemNumbers.join(', ')})` : '';
    lines.push(`  referred  ${meeting.date} ${meeting.body}${meeting.cancelled ? ' cancelled' : ''}${items}: ${meeting.written}`);
    if (meeting.error) lines.push(`         ! ${meeting.error}`);
  }
  if (report.warnings.length > 0) {
    lines.push(`  warnings  ${report.warnings.length}`);
    for (const warning of report.warnings) lines.push(`    L${String(warning.line).padEnd(5)} ${warning.code}: ${warning.message}`);
  }
  const c = report.counts;
  lines.push(`  commands  ${c.commands}: ${c.appended} appended, ${c.duplicate} duplicate, ${c.unchanged} unchanged, ${c.corrected} corrected, ${c.failed} failed`);
  return lines.join('\n');
}

export function formatFailure(failure: FailedDocument): string {
  return `${failure.file}: ${failure.status}\n  ! ${failure.message}`;
}

/** The last line: how many documents ended how, and the commands over all of them. */
export function formatSummary(reports: readonly ImportReport[], failures: readonly FailedDocument[]): string {
  const count = (status: string) => reports.filter((r) => r.status === status).length + failures.filter((f) => f.status === status).length;
  const sum = (key: keyof ImportReport['counts']) => reports.reduce((total, r) => total + r.counts[key], 0);
  const documents = reports.length + failures.length;
  return (
    `${documents} document${documents === 1 ? '' : 's'}: ${count('imported')} imported, ${count('unchanged')} unchanged, ${count('partial')} partial, ` +
    `${count('rejected')} rejected${count('error') > 0 ? `, ${count('error')} failed with an error` : ''}; ` +
    `commands: ${sum('appended')} appended, ${sum('duplicate')} duplicate, ${sum('unchanged')} unchanged, ${sum('corrected')} corrected, ${sum('failed')} failed`
  );
}

/** A document fails the run when it was not imported whole. */
export const runFailed = (reports: readonly ImportReport[], failures: readonly FailedDocument[]): boolean =>
  failures.length > 0 || reports.some((r) => r.status === 'partial' || r.status === 'rejected');

function itemSummary(report: ImportReport): string {
  const decided = report.items.filter((i) => i.outcome !== null).length;
  const postponed = report.items.filter((i) => i.postponed).length;
  const closed = report.items.filter((i) => i.closed).length;
  const failed = report.items.filter((i) => i.written === 'failed').length;
  const parts = [`${decided} with a decision`, postponed ? `${postponed} postponed` : '', closed ? `${closed} closed` : '', failed ? `${failed} failed` : ''].filter(Boolean);
  return `: ${parts.join(', ')}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
