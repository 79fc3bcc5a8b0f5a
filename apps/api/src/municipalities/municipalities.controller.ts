import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { DEFAULT_MUNICIPALITY } from '#cases';
import { PG_POOL } from '#event-store';
import { listMunicipalities } from '#projections';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { ReadConsistencyGuard } from '../projections/read-consistency.guard.js';
import { ReadsProjections } from '../projections/reads-projections.decorator.js';

@ApiTags('municipalities')
@Controller('municipalities')
@UseGuards(ReadConsistencyGuard)
@ReadsProjections('case-status', 'meetings')
export class MunicipalitiesController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(DEFAULT_MUNICIPALITY) private readonly defaultMunicipality: string,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The municipalities with data, with their counts',
    description: 'Every read and write is also under /municipalities/{slug}/...; the unprefixed routes answer for `default`.',
  })
  @ApiOkResponse({ description: '{ default, data: [{ slug, code, name, officialName, cases, meetings }] }' })
  @ApiErrors(401)
  async list() {
    return { default: this.defaultMunicipality, data: await listMunicipalities(this.pool) };
  }
}
