import { Controller, Get, Inject, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { OUTCOME_CODES, parseCaseId } from '#cases';
import { PG_POOL } from '#event-store';
import { auditLog, InvalidCursor } from '#projections';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { inMunicipalities, Municipality } from '../http/municipality.decorator.js';
import { RequestValidationError } from '../http/problem.js';
import { dateParam, enumParam, instantParam, limitParam, textParam } from '../http/query-params.js';
import { ReadConsistencyGuard } from '../projections/read-consistency.guard.js';
import { ReadsProjections } from '../projections/reads-projections.decorator.js';

@ApiTags('audit')
@Controller(inMunicipalities('audit'))
@UseGuards(ReadConsistencyGuard)
@ReadsProjections('audit-log')
export class AuditController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Get()
  @ApiOperation({ summary: 'Every postponement, decision and correction: when recorded, by whom, from what source' })
  @ApiQuery({ name: 'kind', required: false, enum: ['postponed', 'decided', 'corrected'] })
  @ApiQuery({ name: 'outcome', required: false, enum: OUTCOME_CODES })
  @ApiQuery({ name: 'body', required: false })
  @ApiQuery({ name: 'caseNumber', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'meeting date from, YYYY-MM-DD' })
  @ApiQuery({ name: 'to', required: false, description: 'meeting date to, YYYY-MM-DD' })
  @ApiQuery({ name: 'recordedFrom', required: false, description: 'recorded at or after, ISO 8601' })
  @ApiQuery({ name: 'recordedTo', required: false, description: 'recorded at or before, ISO 8601' })
  @ApiQuery({ name: 'actor', required: false, description: 'who recorded it (token name or importer)' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'minPosition', required: false })
  @ApiErrors(400, 401)
  async list(@Query() query: Record<string, unknown>, @Municipality() municipality: string) {
    try {
      return await auditLog(this.pool, {
        municipality,
        kind: enumParam(query.kind, 'kind', ['postponed', 'decided', 'corrected'] as const),
        outcome: enumParam(query.outcome, 'outcome', [...OUTCOME_CODES, 'retracted', 'corrected']),
        body: textParam(query.body, 'body'),
        caseNumber: query.caseNumber === undefined ? undefined : parseCaseId(String(query.caseNumber), 'caseNumber'),
        from: dateParam(query.from, 'from'),
        to: dateParam(query.to, 'to'),
        recordedFrom: instantParam(query.recordedFrom, 'recordedFrom'),
        recordedTo: instantParam(query.recordedTo, 'recordedTo'),
        actor: textParam(query.actor, 'actor'),
        limit: limitParam(query.limit),
        cursor: textParam(query.cursor, 'cursor', 2000),
      });
    } catch (error) {
      if (error instanceof InvalidCursor) throw RequestValidationError.field('cursor', error.message);
      throw error;
    }
  }
}
