import { Controller, Get, Header, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type pg from 'pg';
import { CASE_NUMBER_SCHEMES, CaseNotFound, caseStreamId } from '#cases';
import { joinStreamId, PG_POOL, PostgresEventStore } from '#event-store';
import { caseTimelineEtag, caseTimelineJson, findCase, InvalidCursor, listCases } from '#projections';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { inMunicipalities, Municipality, municipalityOf } from '../http/municipality.decorator.js';
import { noneMatchHits } from '../http/conditional-get.js';
import { eventView } from '../http/event-view.js';
import { answerJson, answerJsonText, answerNotModified } from '../http/json-answer.js';
import { RequestValidationError } from '../http/problem.js';
import { caseIdParam, enumParam, limitParam, textParam, wholeNumber } from '../http/query-params.js';
import { ReadConsistencyGuard } from '../projections/read-consistency.guard.js';
import { ReadsProjections } from '../projections/reads-projections.decorator.js';
import { asOfParam, CaseAsOfReader } from './case-as-of.reader.js';

// Stream versions are read as JS numbers: exact up to 2^53.
const MAX_STREAM_VERSION = BigInt(Number.MAX_SAFE_INTEGER);

const STATUSES = ['presented', 'postponed', 'decided', 'recommended', 'withdrawn'] as const;

function cursorParam(raw: unknown): string | undefined {
  return textParam(raw, 'cursor', 2000);
}

@ApiTags('cases')
@Controller(inMunicipalities('cases'))
@UseGuards(ReadConsistencyGuard)
@ReadsProjections('case-status')
@ApiQuery({ name: 'minPosition', required: false, description: 'Wait until the projections reflect this write position (read-your-writes)' })
export class CasesController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly store: PostgresEventStore,
    private readonly history: CaseAsOfReader,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search and list cases', description: 'Filter by status, by a body the case appeared before, and by title text (Danish stemming) or the start of a case number.' })
  @ApiQuery({ name: 'status', required: false, enum: STATUSES })
  @ApiQuery({ name: 'body', required: false })
  @ApiQuery({ name: 'q', required: false, description: 'title words, or the start of a case number' })
  @ApiQuery({ name: 'scheme', required: false, enum: CASE_NUMBER_SCHEMES, description: 'journal-number scheme' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ description: '{ data: Case[], nextCursor }' })
  @ApiErrors(400, 401)
  async list(@Query() query: Record<string, unknown>, @Municipality() municipality: string) {
    try {
      return await listCases(this.pool, {
        municipality,
        scheme: enumParam(query.scheme, 'scheme', CASE_NUMBER_SCHEMES),
        status: enumParam(query.status, 'status', STATUSES),
        body: textParam(query.body, 'body'),
        q: textParam(query.q, 'q'),
        limit: limitParam(query.limit),
        cursor: cursorParam(query.cursor),
      });
    } catch (error) {
      if (error instanceof InvalidCursor) throw RequestValidationError.field('cursor', error.message);
      throw error;
    }
  }

  @Get(':caseNumber')
  @ApiOperation({ summary: "A case's current status", description: 'ETag is the case stream version; pass it as If-Match on writes. Percent-encode Ø/Æ/Å.' })
  @ApiOkResponse({ description: '{ caseNumber, title, status, statusSince, decidingBody, lastOutcome, postponements, firstPresented, lastActivity, version }; with asOf also { asOf: { date, recordedBefore, laterEvents, laterCorrections } }' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the case as recorded at the end of that day (Copenhagen), corrections recorded later left out' })
  @ApiErrors(400, 401, 404)
  async get(@Param('caseNumber') raw: string, @Municipality() municipality: string, @Query('asOf') asOf: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const date = asOfParam(asOf, this.history.today());
    if (date) {
      const past = await this.history.read(municipality, caseIdParam(raw), date);
      return { ...past.view, asOf: past.asOf };
    }
    const view = await findCase(this.pool, municipality, caseIdParam(raw));
    if (!view) throw new CaseNotFound(caseIdParam(raw));
    const etag = `"${view.version}"`;
    response.header('ETag', etag);
    if (request.headers['if-none-match'] === etag) {
      response.code(304);
      return undefined;
    }
    return view;
  }

  @Get(':caseNumber/timeline')
  @ReadsProjections('case-status', 'case-timeline')
  @ApiOperation({
    summary: "A case's timeline",
    description:
      'Every meeting the case went through, by meeting date, item number, then event order. kind: presented, postponed, decided, recommended, referenced, cancelled. ' +
      'ETag ("t7.2-g16384.16390": the versions of the case and its linked provisional cases, then the read models\' generation); If-None-Match with it is answered 304 without reading the timeline.',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the timeline as recorded at the end of that day (Copenhagen)' })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @Header('Cache-Control', 'no-cache')
  @ApiErrors(400, 401, 404)
  async timeline(@Param('caseNumber') raw: string, @Query('asOf') asOf: unknown, @Req() request: AuthenticatedRequest, @Res() response: FastifyReply): Promise<void> {
    // From the request it has anyway: @Municipality() would cost the hottest read a context of its own.
    const municipality = municipalityOf(request);
    const caseId = caseIdParam(raw);
    const date = asOfParam(asOf, this.history.today());
    if (date) {
      const past = await this.history.read(municipality, caseId, date);
      return answerJson(response, { municipality, caseNumber: past.view.caseNumber, entries: past.entries, asOf: past.asOf });
    }
    const given = request.headers['if-none-match'];
    if (given) {
      const etag = await caseTimelineEtag(this.pool, municipality, caseId);
      if (etag && noneMatchHits(given, etag)) {
        response.header('ETag', etag);
        return answerNotModified(response);
      }
    }
    const found = await caseTimelineJson(this.pool, municipality, caseId);
    if (!found) throw new CaseNotFound(caseId);
    // No tag while case status and timeline stand at different checkpoints: nothing cheap says what changed.
    if (found.etag) response.header('ETag', found.etag);
    answerJsonText(response, found.json);
  }

  @Get(':caseNumber/events')
  @ReadsProjections()
  @ApiOperation({ summary: "The case's raw event stream", description: 'Events with stream version, global position and metadata (actor, source, correlation).' })
  @ApiQuery({ name: 'from', required: false, description: 'first stream version to return (default 1)' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiErrors(400, 401, 404)
  async events(@Param('caseNumber') raw: string, @Municipality() municipality: string, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) response: FastifyReply) {
    const caseId = caseIdParam(raw);
    const limit = limitParam(query.limit, 200, 1000);
    const from = query.from === undefined ? 1n : wholeNumber(query.from, MAX_STREAM_VERSION);
    if (from === undefined || from < 1n) throw RequestValidationError.field('from', `must be a stream version from 1 to ${MAX_STREAM_VERSION}`);
    const streamId = joinStreamId(municipality, caseStreamId(caseId));
    const version = await this.store.streamVersion(streamId);
    if (version === 0) throw new CaseNotFound(caseId);
    response.header('ETag', `"${version}"`);
    const events = await this.store.readStream(streamId, { from: Number(from), maxCount: limit });
    const last = events.at(-1);
    return {
      municipality,
      caseNumber: caseId,
      version,
      data: events.map(eventView),
      nextCursor: last && last.streamPosition < version ? String(last.streamPosition + 1) : null,
    };
  }
}
