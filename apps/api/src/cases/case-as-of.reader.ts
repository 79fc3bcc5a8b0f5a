import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { CaseNotFound, caseStreamId, CLOCK, type Clock, danishDate, DomainError, type IsoDate, municipalityView, parseIsoDate } from '#cases';
import { PG_POOL, PostgresEventStore } from '#event-store';
import { type CaseAsRecorded, caseAsRecorded, endOfDanishDay, findCase } from '#projections';
import { RequestValidationError } from '../http/problem.js';

/** What an answer `?asOf=` carries besides the case: the cut, and what was recorded after it. */
export interface AsOfMark {
  date: IsoDate;
  /** Events recorded before this instant (the end of `date` in Copenhagen) are shown. */
  recordedBefore: string;
  laterEvents: number;
  laterCorrections: number;
}

export type CaseAsOf = CaseAsRecorded & { asOf: AsOfMark };

export class CaseNotYetRecorded extends DomainError {
  readonly kind = 'not_found';
  constructor(
    readonly caseId: string,
    readonly date: IsoDate,
  ) {
    super(`Case ${caseId} had nothing recorded by the end of ${date}`);
    this.name = 'CaseNotYetRecorded';
  }
}

/** `?asOf=YYYY-MM-DD`: a calendar date no later than today (Danish time); absent means now. */
export function asOfParam(raw: unknown, now: Date): IsoDate | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw RequestValidationError.field('asOf', 'must be one date, YYYY-MM-DD');
  let date: IsoDate;
  try {
    date = parseIsoDate(raw, 'asOf');
  } catch {
    throw RequestValidationError.field('asOf', `"${raw}" is not a date; expected YYYY-MM-DD, e.g. 2024-01-31`);
  }
  const today = danishDate(now);
  if (date > today) throw RequestValidationError.field('asOf', `must not be after today (${today})`);
  return date;
}

/**
 * Time travel: a case as recorded at the end of a day, folded from its events (see caseAsRecorded).
 * Which provisional streams belong to the case is taken from today's projection; a link recorded
 * after the day still keeps their events out.
 */
@Injectable()
export class CaseAsOfReader {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): Date {
    return this.clock.now();
  }

  async read(municipality: string, caseId: string, date: IsoDate): Promise<CaseAsOf> {
    const current = await findCase(this.pool, municipality, caseId);
    if (!current) throw new CaseNotFound(caseId);
    const streams = await municipalityView(this.store, municipality).readStreams([current.caseNumber, ...current.provisionalIds].map(caseStreamId));
    const until = endOfDanishDay(date);
    const recorded = caseAsRecorded(current.caseNumber, streams, until, municipality);
    if (!recorded) throw new CaseNotYetRecorded(current.caseNumber, date);
    return {
      ...recorded,
      asOf: { date, recordedBefore: until.toISOString(), laterEvents: recorded.later.events, laterCorrections: recorded.later.corrections },
    };
  }
}
