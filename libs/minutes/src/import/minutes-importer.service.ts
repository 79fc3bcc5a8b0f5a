import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type BatchOutcome, caseStreamId, CLOCK, DEFAULT_MUNICIPALITY, FALLBACK_MUNICIPALITY, DomainError, IdempotencyKeyReused, meetingStreamId, PresentItem, RecordTogether, type Clock, type CommandResult } from '#cases';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { ImportOptions } from './caller-metadata.js';
import type { ImportCounts, ImportReport, ImportStatus, WriteOutcome } from './import-report.types.js';
import type { ImportCommand, ImportPlan } from './minutes-to-commands.mapper.js';
import { documentInfo, planDocument } from './planned-document.js';
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

  /** `options`: what the caller says the document is (municipality, committee, date, source address), see resolveDocument. */
  async importDocument(text: string, documentName: string, actor: string, options: ImportOptions = {}): Promise<ImportReport> {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const { parsed, municipality, plan } = planDocument(text, documentName, sha256, actor, options, this.defaultMunicipality);
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
      document: documentInfo(documentName, sha256, parsed.document),
      municipality,
      meeting: plan.meeting,
      items,
      referencedMeetings,
      warnings: [...parsed.warnings, ...plan.warnings].sort((a, b) => a.line - b.line),
      counts,
      status: statusOf(counts),
    };
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

const commandType = (command: ImportCommand): string => (command.constructor as { type?: string }).type ?? command.constructor.name;

function lineOf(command: ImportCommand): number {
  const match = /#L(\d+)$/.exec(command.meta.source ?? '');
  return match ? Number(match[1]) : 0;
}
