import { Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { PG_POOL, PostgresEventStore } from '#event-store';
import { allProjections, rebuildProjection } from '#projections';
import { RequireRole } from '../auth/roles.decorator.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RequestValidationError } from '../http/problem.js';

@ApiTags('admin')
@Controller('admin/projections')
@RequireRole('admin')
@ApiBearerAuth()
export class ProjectionsAdminController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly store: PostgresEventStore,
  ) {}

  @Post(['rebuild', 'rebuild/:name'])
  @ApiOperation({ summary: 'Rebuild projections into fresh tables and swap them in (admin); the API keeps serving meanwhile' })
  @ApiErrors(400, 401, 403)
  async rebuild(@Param('name') name?: string) {
    const projections = allProjections().filter((p) => !name || p.name === name);
    if (projections.length === 0) {
      throw RequestValidationError.field('name', `must be one of ${allProjections().map((p) => p.name).join(', ')}`);
    }
    const reports = [];
    for (const projection of projections) reports.push(await rebuildProjection(this.pool, this.store, projection));
    return { data: reports };
  }
}
