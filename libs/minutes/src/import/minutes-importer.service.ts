import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CLOCK, DomainError, IdempotencyKeyReused, PresentItem, RecordAttendance, type Clock, type CommandResult } from '#cases';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ParseError } from '../parser/parse-error.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import type { MinutesLayout, ParsedMinutes } from '../parser/parsed-minutes.types.js';
import { ImportRejected, type ImportRejectionCode } from './import-rejected.error.js';
import type { ImportCounts, ImportReport, ImportStatus, ImportWarning, WriteOutcome } from './import-report.types.js';
import { MeetingUnreadable, planImport, type ImportCommand, type ImportPlan } from './minutes-to-commands.mapper.js';
import { NotCorrectable, RepublicationCorrector } from './republication-corrector.js';

/** Items recorded side by side: enough to hide commit latency, few enough to leave the shared pool to others. */
const ITEM_CONCURRENCY = 4;

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
  ) {
    this.corrector = new RepublicationCorrector(store, clock);
  }

  async importDocument(text: string, documentName: string, actor: string): Promise<ImportReport> {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const parsed = this.parse(text, documentName, sha256);
    const plan = this.plan(parsed, sha256, actor);
    const counts: ImportCounts = { commands: 0, appended: 0, duplicate: 0, unchanged: 0, corrected: 0, failed: 0 };
    const reason = `Referatet er genudgivet med ændringer (${documentName})`;
    const send = async (command: ImportCommand): Promise<Written> => {
      const written = await this.send(command, reason);
      counts.commands += 1;
      counts[written.outcome] += 1;
      return written;
    };

    for (const command of plan.meetingCommands) {
      const written = await send(command);
      if (written.error) plan.warnings.push({ line: lineOf(command), code: 'import-meeting-fact-failed', message: written.error });
    }

    // Each command waits for a commit, so work that can overlap does:
    // - the agenda: presentations and item attendance append to this meeting's stream, so they go
    //   one after the other, in agenda order;
    // - each item's other facts (decision, postponement, references) append to its case's stream
    //   only: they start as soon as the item is on the agenda, a few items side by side, in order
    //   within the item;
    // - meetings named in Sagens forløb come last.
    // Facts do not depend on the order they arrive in (the domain's rule), so neither does the result.
    const results: Written[][] = plan.items.map((planned) => (planned.error ? [{ outcome: 'failed', error: planned.error }] : []));
    const limiter = new Limiter(ITEM_CONCURRENCY);
    const itemWork: Array<Promise<void>> = [];
    const agenda = async () => {
      for (const [index, planned] of plan.items.entries()) {
        const later: ImportCommand[] = [];
        let onAgenda = !planned.error;
        for (const command of planned.commands) {
          if (!writesMeetingStream(command)) {
            later.push(command);
            continue;
          }
          const written = await send(command);
          results[index]!.push(written);
          // Everything else needs the item on the agenda.
          if (command instanceof PresentItem && written.outcome === 'failed') {
            onAgenda = false;
            break;
          }
        }
        if (onAgenda && later.length > 0) {
          itemWork.push(
            limiter.run(async () => {
              for (const command of later) results[index]!.push(await send(command));
            }),
          );
        }
      }
    };
    const referencedResults: Written[][] = plan.referencedMeetings.map(() => []);
    const referenced = async () => {
      for (const [index, planned] of plan.referencedMeetings.entries()) {
        for (const command of planned.commands) referencedResults[index]!.push(await send(command));
      }
    };
    await settleAll([agenda()]);
    await settleAll(itemWork);
    // After the items: a cancellation writes to every case on that meeting's agenda at once, and would
    // keep losing races against the items' own writes to those cases.
    await referenced();

    const items = plan.items.map((planned, index) => {
      const summary = summarise(results[index]!);
      return {
        number: planned.item.number ?? null,
        title: planned.item.title,
        caseId: planned.caseId,
        outcome: planned.outcome,
        postponed: planned.postponed,
        closed: planned.item.closed,
        written: summary.outcome,
        ...(summary.error ? { error: summary.error } : {}),
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

  private plan(parsed: ParsedMinutes, sha256: string, actor: string): ImportPlan {
    const { name } = parsed.document;
    const info = documentInfo(name, sha256, parsed.document.layout);
    if (parsed.items.length === 0) {
      throw rejected('no-items', name, `${name}: no agenda items (Punkt N) were found; nothing was imported`, info, parsed.warnings);
    }
    try {
      return planImport(parsed, { documentName: name, actor, correlationId: `import-${sha256.slice(0, 32)}` });
    } catch (error) {
      if (error instanceof MeetingUnreadable || error instanceof DomainError) {
        throw rejected('meeting-unknown', name, `${name}: the meeting could not be read (${error.message}); nothing was imported`, info, parsed.warnings);
      }
      throw error;
    }
  }

  private async send(command: ImportCommand, reason: string): Promise<Written> {
    try {
      const result: CommandResult = await this.commandBus.execute(command);
      return { outcome: result.outcome };
    } catch (error) {
      if (error instanceof IdempotencyKeyReused) return this.correct(command, reason);
      if (error instanceof DomainError) return { outcome: 'failed', error: `${commandType(command)}: ${error.message}` };
      throw error;
    }
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

/** PresentItem adds to the meeting's agenda; item attendance is the meeting's too. */
const writesMeetingStream = (command: ImportCommand): boolean => command instanceof PresentItem || command instanceof RecordAttendance;

/** At most `limit` tasks at a time; the others wait their turn. */
class Limiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run(task: () => Promise<void>): Promise<void> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    try {
      await task();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

/** Waits for every task, then throws the first error: nothing is left running behind a failure. */
async function settleAll(tasks: ReadonlyArray<Promise<void>>): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** One outcome for several commands: a failure shows, then a correction, then anything new. */
function summarise(results: readonly Written[]): Written {
  const failed = results.find((r) => r.outcome === 'failed');
  if (failed) return failed;
  for (const outcome of ['corrected', 'appended'] as const) if (results.some((r) => r.outcome === outcome)) return { outcome };
  return { outcome: results.length > 0 && results.every((r) => r.outcome === 'duplicate') ? 'duplicate' : 'unchanged' };
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
