import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type BatchOutcome, caseStreamId, CLOCK, DEFAULT_MUNICIPALITY, FALLBACK_MUNICIPALITY, DomainError, IdempotencyKeyReused, meetingStreamId, PresentItem, RecordTogether, type Clock, type CommandResult } from '#cases';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ParseError } from '../parser/parse-error.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import type { MinutesLayout, ParsedMinutes } from '../parser/parsed-minutes.types.js';
import { CallerContradictsDocument, type ImportOptions, resolveDocument } from './caller-metadata.js';
import { ImportRejected, type ImportRejectionCode } from './import-rejected.error.js';
import type { ImportCounts, ImportReport, ImportStatus, ImportWarning, WriteOutcome } from './import-report.types.js';
import { MeetingUnreadable, planImport, type ImportCommand, type ImportPlan } from './minutes-to-commands.mapper.js';
import { itemReading } from './item-reading.report.js';
import { NotCorrectable, RepublicationCorrector } from './republication-corrector.js';

interface Written {
  outcome: WriteOutcome;
  error?: string;
}

/**
 * Imports one referat: parses it, records every fact through the case commands, and reports what
 * was written per item. Re-importing appends nothing; a republished version with changes records
 * the differences as corrections. A command refused by the domain fails its item only (status
 * `partial`); a document that is not minutes at all is refused before anything is written
 * (ImportRejected). Errors that are not the domain's (the database is down) are thrown: the import
 * can simply be run again.
 */
@Injectable()
export class MinutesImporter {
  private readonly corrector: RepublicationCorrector;

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) clock: Clock,
    @Optional() @Inject(DEFAULT_MUNICIPALITY) private readonly defaultMunicipality: string = FALLBACK_MUNICIPALITY,
  ) {
    this.corrector = new RepublicationCorrector(store, clock);
  }

  /** `options`: what the caller says the document is (municipality, committee, date), see resolveDocument. */
  async importDocument(text: string, documentName: string, actor: string, options: ImportOptions = {}): Promise<ImportReport> {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const { parsed, municipality } = this.resolve(this.parse(text, documentName, sha256), text, options, sha256);
    const plan = this.plan(parsed, sha256, actor, municipality);
    const counts: ImportCounts = { commands: 0, appended: 0, duplicate: 0, unchanged: 0, corrected: 0, failed: 0 };
    const reason = `Referatet er genudgivet med ændringer (${documentName})`;
    // One transaction for the whole referat: one read and one write instead of one of each per fact.
    const { entries, placeOf } = batchOf(plan);
    const outcomes: BatchOutcome[] = await this.commandBus.execute(new RecordTogether(entries, streamsOf(plan)));

    const results: Written[][] = plan.items.map(() => []);
    const referencedResults: Written[][] = plan.referencedMeetings.map(() => []);
    const record = (command: ImportCommand, written: Written) => {
      counts.commands += 1;
      counts[written.outcome] += 1;
      const place = placeOf.get(command)!;
      if (place.kind === 'meeting') {
        if (written.error) plan.warnings.push({ line: lineOf(command), code: 'import-meeting-fact-failed', message: written.error });
      } else (place.kind === 'item' ? results : referencedResults)[place.index]!.push(written);
    };
    // A key an earlier version of these minutes used is corrected after the batch, by commands of
    // its own. When that corrects an item's presentation, the item is on the agenda after all: its
    // other facts, skipped in the batch, are recorded then.
    const afterCorrection: Array<{ command: ImportCommand }> = [];
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.kind === 'skipped') continue;
      const { command } = entries[index]!;
      const written = await this.written(command, outcome, reason);
      record(command, written);
      if (outcome.kind === 'failed' && written.outcome !== 'failed') {
        afterCorrection.push(...entries.filter((entry) => entry.requires === index).map(({ command: dependent }) => ({ command: dependent })));
      }
    }
    if (afterCorrection.length > 0) {
      const later: BatchOutcome[] = await this.commandBus.execute(new RecordTogether(afterCorrection));
      for (const [index, outcome] of later.entries()) {
        if (outcome.kind !== 'skipped') record(afterCorrection[index]!.command, await this.written(afterCorrection[index]!.command, outcome, reason));
      }
    }

    const itemLines = plan.items.map((planned) => planned.item.line).sort((a, b) => a - b);
    const items = plan.items.map((planned, index) => {
      const summary = summarise(results[index]!);
      const nextLine = itemLines.find((line) => line > planned.item.line);
      return {
        number: planned.item.number ?? null,
        title: planned.item.title,
        caseId: planned.caseId,
        outcome: planned.outcome,
        postponed: planned.postponed,
        closed: planned.item.closed,
        written: summary.outcome,
        ...(summary.error ? { error: summary.error } : {}),
        line: planned.item.line,
        ...itemReading(planned.item, nextLine, parsed.warnings),
      };
    });
    const referencedMeetings = plan.referencedMeetings.map((planned, index) => {
      const summary = referencedResults[index]!.length > 0 ? summarise(referencedResults[index]!) : { outcome: 'unchanged' as const };
      return {
        meetingId: planned.meetingId,
        body: planned.reference.body,
        date: planned.reference.date,
        cancelled: planned.reference.cancelled,
        reason: planned.reason,
        itemNumbers: [...new Set(planned.reference.itemNumbers)],
        written: summary.outcome,
        ...(summary.error ? { error: summary.error } : {}),
      };
    });

    return {
      document: documentInfo(documentName, sha256, parsed.document.layout),
      municipality,
      meeting: plan.meeting,
      items,
      referencedMeetings,
      warnings: [...parsed.warnings, ...plan.warnings].sort((a, b) => a.line - b.line),
      counts,
      status: statusOf(counts),
    };
  }

  private parse(text: string, documentName: string, sha256: string): ParsedMinutes {
    try {
      return parseMinutes(text, documentName);
    } catch (error) {
      if (error instanceof ParseError) throw rejected(error.code, documentName, error.message, documentInfo(documentName, sha256, 'unknown'), []);
      throw error;
    }
  }

  private resolve(parsed: ParsedMinutes, text: string, options: ImportOptions, sha256: string) {
    try {
      return resolveDocument(parsed, text, options, this.defaultMunicipality);
    } catch (error) {
      if (!(error instanceof CallerContradictsDocument)) throw error;
      const { name } = parsed.document;
      throw rejected('caller-contradicts-document', name, `${name}: ${error.message}; nothing was imported`, documentInfo(name, sha256, parsed.document.layout), parsed.warnings);
    }
  }

  private plan(parsed: ParsedMinutes, sha256: string, actor: string, municipality: string): ImportPlan {
    const { name } = parsed.document;
    const info = documentInfo(name, sha256, parsed.document.layout);
    if (parsed.items.length === 0 && !parsed.meeting.cancelled) {
      throw rejected('no-items', name, `${name}: no agenda items (Punkt N) were found; nothing was imported`, info, parsed.warnings);
    }
    try {
      return planImport(parsed, { documentName: name, actor, correlationId: `import-${sha256.slice(0, 32)}`, municipality });
    } catch (error) {
      if (error instanceof MeetingUnreadable || error instanceof DomainError) {
        const supply = [!parsed.meeting.body && 'the committee (body)', !parsed.meeting.date && 'the date (date, YYYY-MM-DD)'].filter(Boolean).join(' and ');
        const hint = supply ? `; the document does not state it: supply ${supply} with the import` : '';
        throw rejected('meeting-unknown', name, `${name}: the meeting could not be read (${error.message})${hint}; nothing was imported`, info, parsed.warnings);
      }
      throw error;
    }
  }

  private async written(command: ImportCommand, outcome: Exclude<BatchOutcome, { kind: 'skipped' }>, reason: string): Promise<Written> {
    if (outcome.kind === 'done') return { outcome: outcome.result.outcome };
    if (outcome.error instanceof IdempotencyKeyReused) return this.correct(command, reason);
    return { outcome: 'failed', error: `${commandType(command)}: ${outcome.error.message}` };
  }

  /** The key was used by an earlier version of these minutes: record what changed, as corrections. */
  private async correct(command: ImportCommand, reason: string): Promise<Written> {
    try {
      const corrections = await this.corrector.corrections(command, reason);
      let appended = false;
      for (const correction of corrections) {
        const result: CommandResult = await this.commandBus.execute(correction);
        appended ||= result.outcome === 'appended';
      }
      return { outcome: appended ? 'corrected' : 'unchanged' };
    } catch (error) {
      if (error instanceof NotCorrectable || error instanceof DomainError) return { outcome: 'failed', error: `${commandType(command)}: ${error.message}` };
      throw error;
    }
  }
}

/** One outcome for several commands: a failure shows, then a correction, then anything new. */
function summarise(results: readonly Written[]): Written {
  const failed = results.find((r) => r.outcome === 'failed');
  if (failed) return failed;
  for (const outcome of ['corrected', 'appended'] as const) if (results.some((r) => r.outcome === outcome)) return { outcome };
  return { outcome: results.length > 0 && results.every((r) => r.outcome === 'duplicate') ? 'duplicate' : 'unchanged' };
}

type Place = { kind: 'meeting' } | { kind: 'item' | 'referenced'; index: number };

/**
 * The referat's commands as one batch, in the order they are decided: the meeting, then the agenda
 * in order with each item's facts, then the meetings named in Sagens forløb. An item's facts
 * require its presentation (they need the item on the agenda). `placeOf` says where each
 * command's outcome is reported.
 */
function batchOf(plan: ImportPlan): { entries: Array<{ command: ImportCommand; requires?: number }>; placeOf: Map<ImportCommand, Place> } {
  const entries: Array<{ command: ImportCommand; requires?: number }> = [];
  const placeOf = new Map<ImportCommand, Place>();
  for (const command of plan.meetingCommands) {
    placeOf.set(command, { kind: 'meeting' });
    entries.push({ command });
  }
  for (const [index, planned] of plan.items.entries()) {
    let presentation: number | undefined;
    for (const command of planned.commands) {
      placeOf.set(command, { kind: 'item', index });
      entries.push({ command, requires: presentation });
      if (command instanceof PresentItem) presentation = entries.length - 1;
    }
  }
  for (const [index, planned] of plan.referencedMeetings.entries()) {
    for (const command of planned.commands) {
      placeOf.set(command, { kind: 'referenced', index });
      entries.push({ command });
    }
  }
  return { entries, placeOf };
}

/** The streams a referat's commands read: its meeting's, its cases' and the referenced meetings'. */
function streamsOf(plan: ImportPlan): string[] {
  return [
    meetingStreamId(plan.meeting.meetingId),
    ...plan.items.flatMap((planned) => (planned.caseId ? [caseStreamId(planned.caseId)] : [])),
    ...plan.referencedMeetings.flatMap((planned) => (planned.meetingId ? [meetingStreamId(planned.meetingId)] : [])),
  ];
}

function statusOf(counts: ImportCounts): ImportStatus {
  if (counts.failed > 0) return 'partial';
  return counts.appended + counts.corrected > 0 ? 'imported' : 'unchanged';
}

function documentInfo(name: string, sha256: string, layout: MinutesLayout): ImportReport['document'] {
  return { name, sha256, layout };
}

function rejected(code: ImportRejectionCode, name: string, message: string, document: ImportReport['document'], warnings: readonly ImportWarning[]): ImportRejected {
  const report: ImportReport = {
    document,
    meeting: null,
    items: [],
    referencedMeetings: [],
    warnings: [...warnings],
    counts: { commands: 0, appended: 0, duplicate: 0, unchanged: 0, corrected: 0, failed: 0 },
    status: 'rejected',
  };
  return new ImportRejected(code, name, message, report);
}

const commandType = (command: ImportCommand): string => (command.constructor as { type?: string }).type ?? command.constructor.name;

function lineOf(command: ImportCommand): number {
  const match = /#L(\d+)$/.exec(command.meta.source ?? '');
  return match ? Number(match[1]) : 0;
}
