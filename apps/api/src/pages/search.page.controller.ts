import { Controller, Get, Inject, Query, UseFilters } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '#event-store';
import { bodiesOfCases, InvalidCursor, knownBodies, listCases, listMunicipalities } from '#projections';
import { RequestValidationError } from '../http/problem.js';
import { enumParam, textParam } from '../http/query-params.js';
import { STATUS_LABELS } from './danish-text.js';
import { HtmlPage } from './html-page.decorator.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { inKommuner, PageIn, type PageMunicipality } from './page-municipality.js';
import { ViewRenderer } from './view-renderer.js';

const STATUSES = Object.keys(STATUS_LABELS);
const PAGE_SIZE = 25;

/** `/`: search cases by number, title words, committee and status; and a choice of the municipalities with data. */
@Controller(inKommuner(''))
@UseFilters(PageErrorsFilter)
export class SearchPageController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly views: ViewRenderer,
  ) {}

  @Get()
  @HtmlPage()
  async search(@Query() query: Record<string, unknown>, @PageIn() where: PageMunicipality): Promise<string> {
    const municipality = where.slug;
    const filter = {
      municipality,
      q: textParam(query.q, 'q')?.trim() || undefined,
      status: enumParam(query.status, 'status', STATUSES),
      body: textParam(query.udvalg, 'udvalg'),
      cursor: textParam(query.efter, 'efter', 2000),
    };
    const [page, bodies, municipalities] = await Promise.all([
      listCases(this.pool, { ...filter, limit: PAGE_SIZE }).catch((error: unknown) => {
        if (error instanceof InvalidCursor) throw RequestValidationError.field('efter', error.message);
        throw error;
      }),
      knownBodies(this.pool, municipality),
      listMunicipalities(this.pool),
    ]);
    const bodiesOf = await bodiesOfCases(this.pool, municipality, page.data.map((c) => c.caseNumber));
    const params = (extra: Record<string, string>) =>
      new URLSearchParams(
        Object.entries({ q: filter.q, status: filter.status, udvalg: filter.body, ...extra }).filter((e): e is [string, string] => !!e[1]),
      ).toString();
    return this.views.render(
      'search',
      { where, title: filter.q ? `Søgning: ${filter.q}` : 'Søg i sager', section: 'search' },
      {
        filter,
        bodies,
        statuses: STATUS_LABELS,
        // A choice only when there is one to make.
        municipalities: municipalities.length > 1 ? municipalities : [],
        cases: page.data.map((c) => ({ ...c, bodies: bodiesOf.get(c.caseNumber) ?? [] })),
        nextHref: page.nextCursor ? `${where.base}/?${params({ efter: page.nextCursor })}` : null,
        firstHref: filter.cursor ? `${where.base}/?${params({})}` : null,
      },
    );
  }
}
