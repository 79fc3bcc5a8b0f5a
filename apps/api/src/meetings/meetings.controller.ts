import { Controller, Get, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { CLOCK, type Clock, MeetingNotFound } from '#cases';
import { PG_POOL } from '#event-store';
import { findMeeting, InvalidCursor, listMeetings } from '#projections';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { inMunicipalities, Municipality } from '../http/municipality.decorator.js';
import { RequestValidationError } from '../http/problem.js';
import { dateParam, limitParam, meetingIdParam, textParam } from '../http/query-params.js';
import { ReadConsistencyGuard } from '../projections/read-consistency.guard.js';
import { ReadsProjections } from '../projections/reads-projections.decorator.js';

@ApiTags('meetings')
@Controller(inMunicipalities('meetings'))
@UseGuards(ReadConsistencyGuard)
@ReadsProjections('meetings')
@ApiQuery({ name: 'minPosition', required: false, description: 'Wait until the projections reflect this write position' })
export class MeetingsController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Meetings by body and date range' })
  @ApiQuery({ name: 'body', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'to', required: false, description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiErrors(400, 401)
  async list(@Query() query: Record<string, unknown>, @Municipality() municipality: string) {
    try {
      return await listMeetings(
        this.pool,
        {
          municipality,
          body: textParam(query.body, 'body'),
          from: dateParam(query.from, 'from'),
          to: dateParam(query.to, 'to'),
          limit: limitParam(query.limit),
          cursor: textParam(query.cursor, 'cursor', 2000),
        },
        this.clock.now(),
      );
    } catch (error) {
      if (error instanceof InvalidCursor) throw RequestValidationError.field('cursor', error.message);
      throw error;
    }
  }

  @Get(':meetingId')
  @ApiOperation({
    summary: 'A meeting with participants and items',
    description: 'state: scheduled, held, cancelled; attendance: attended, apologies, absent. Closed items show title and number only.',
  })
  @ApiErrors(400, 401, 404)
  async get(@Param('meetingId') raw: string, @Municipality() municipality: string) {
    const meetingId = meetingIdParam(raw);
    const meeting = await findMeeting(this.pool, municipality, meetingId, this.clock.now());
    if (!meeting) throw new MeetingNotFound(meetingId);
    return meeting;
  }
}
