import { Body, Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { z } from 'zod';
import { PG_POOL, PostgresEventStore } from '#event-store';
import { allProjections, listParked, parkEvent, type Projection, rebuildProjection } from '#projections';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RequestValidationError } from '../http/problem.js';
import { ProjectionsService } from '../projections/projections.service.js';

const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const REBUILD_RUNNING = ApiResponse({ status: 409, description: 'A rebuild of that projection is already running (here or in another process)', ...problem });
const EVENT_FAILS = ApiResponse({ status: 422, description: 'An event cannot be applied: `position`, `eventId`, `eventType` name it (park it, then rebuild)', ...problem });

const ParkBody = z.strictObject({
  position: z
    .union([z.string().regex(/^[1-9]\d{0,18}$/, 'must be a global position, e.g. "1234"'), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)])
    .transform(String)
    .optional(),
  reason: z.string().trim().min(1, 'must say why').max(1000),
});

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  throw new RequestValidationError(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })));
}

@ApiTags('admin')
@Controller('admin/projections')
@RequireRole('admin')
@ApiBearerAuth()
export class ProjectionsAdminController {
  private readonly logger = new Logger('ProjectionsAdmin');

  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly store: PostgresEventStore,
    private readonly projections: ProjectionsService,
  ) {}

  private named(name: string | undefined): Projection[] {
    const projections = allProjections().filter((p) => !name || p.name === name);
    if (projections.length === 0) throw RequestValidationError.field('name', `must be one of ${allProjections().map((p) => p.name).join(', ')}`);
    return projections;
  }

  @Post(['rebuild', 'rebuild/:name'])
  @ApiOperation({
    summary: 'Rebuild projections into fresh tables and swap them in (admin); the API keeps serving meanwhile',
    description: 'One rebuild per projection at a time, across processes; a failed rebuild leaves the live tables as they were. Parked events are skipped.',
  })
  @ApiErrors(400, 401, 403)
  @REBUILD_RUNNING
  @EVENT_FAILS
  async rebuild(@Param('name') name?: string) {
    const reports = [];
    for (const projection of this.named(name)) reports.push(await rebuildProjection(this.pool, this.store, projection));
    return { data: reports };
  }

  @Get()
  @ApiOperation({ summary: "Each projection's position, the event it is failing on (if any) and how many events are parked (admin)" })
  @ApiErrors(401, 403)
  async status() {
    return this.projections.health();
  }

  @Get('parked-events')
  @ApiOperation({ summary: 'Parked events: which projection skips them, who parked them and why, and whether they were replayed (admin)' })
  @ApiErrors(400, 401, 403)
  async parked(@Query('projection') projection?: string) {
    if (projection !== undefined) this.named(projection);
    return { data: await listParked(this.pool, projection) };
  }

  @Post(':name/parked-events')
  @ApiOperation({
    summary: 'Park the event a projection is failing on, so it skips it and goes on (admin)',
    description: '`position` defaults to the one event the projection is stopped at. Who and why are kept; replay it after a fix.',
  })
  @ApiBody({ schema: { type: 'object', required: ['reason'], properties: { position: { type: 'string', example: '1234' }, reason: { type: 'string', maxLength: 1000 } } } })
  @ApiErrors(400, 401, 403)
  @ApiResponse({ status: 409, description: 'The projection is not failing on that event (only the event it is stopped at can be parked)', ...problem })
  async park(@Param('name') name: string, @Body() body: unknown, @Req() request: AuthenticatedRequest) {
    const [projection] = this.named(name);
    const { position, reason } = parseBody(ParkBody, body);
    const by = request.caller?.name ?? 'unknown';
    const parked = await parkEvent(this.pool, { projection: projection!.name, ...(position ? { position } : {}), by, reason });
    this.logger.warn(`${by} parked event ${parked.position} (${parked.eventType}) of projection ${parked.projection}: ${reason}`);
    this.projections.changed(parked.projection);
    return parked;
  }

  @Post(':name/parked-events/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: "Replay a projection's parked events after a fix (admin)",
    description: 'Rebuilds the projection with its parked events applied, and marks them replayed when the rebuild swaps in; if one still fails, nothing changes.',
  })
  @ApiErrors(400, 401, 403)
  @REBUILD_RUNNING
  @EVENT_FAILS
  async replay(@Param('name') name: string, @Req() request: AuthenticatedRequest) {
    const [projection] = this.named(name);
    const by = request.caller?.name ?? 'unknown';
    const report = await rebuildProjection(this.pool, this.store, projection!, { replay: { by } });
    this.logger.warn(`${by} replayed ${report.replayed?.length ?? 0} parked events of projection ${projection!.name}`);
    this.projections.changed(projection!.name);
    return report;
  }
}
