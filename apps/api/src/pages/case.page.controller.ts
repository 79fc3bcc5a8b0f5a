import { Controller, Get, Inject, Param, Query, Res, UseFilters } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type pg from 'pg';
import { CaseNotFound, danishDate } from '#cases';
import { PG_POOL } from '#event-store';
import { caseTimeline, findCase } from '#projections';
import { asOfParam, CaseAsOfReader } from '../cases/case-as-of.reader.js';
import { caseIdParam } from '../http/query-params.js';
import { timelineMarks, timelineStrip } from './case-timeline.model.js';
import { danishLongDate } from './danish-text.js';
import { HtmlPage } from './html-page.decorator.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { inKommuner, PageIn, type PageMunicipality } from './page-municipality.js';
import { ViewRenderer } from './view-renderer.js';

export const casePath = (caseNumber: string, base = ''): string => `${base}/sager/${encodeURIComponent(caseNumber)}`;

/** `/sager/{caseNumber}[?asOf=YYYY-MM-DD]`: a case's head and its timeline across meetings. */
@Controller(inKommuner('sager'))
@UseFilters(PageErrorsFilter)
export class CasePageController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly history: CaseAsOfReader,
    private readonly views: ViewRenderer,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  @Get(':caseNumber')
  @HtmlPage()
  async show(@Param('caseNumber') raw: string, @PageIn() where: PageMunicipality, @Query('asOf') rawAsOf: unknown, @Res({ passthrough: true }) response: unknown): Promise<string> {
    const started = performance.now();
    const { slug: municipality } = where;
    const caseId = caseIdParam(raw);
    const now = this.history.today();
    const date = asOfParam(rawAsOf, now);
    const { view, entries, asOf } = date ? await this.history.read(municipality, caseId, date) : await this.current(municipality, caseId);
    const marks = timelineMarks(entries);
    const html = this.views.render(
      'case',
      { where, title: `${view.title ?? 'Sag'} (${view.caseNumber})`, scripts: ['/assets/case.js'] },
      { view, marks, strip: timelineStrip(marks, danishLongDate), asOf, today: danishDate(now), path: casePath(view.caseNumber, where.base) },
    );
    // Reads and rendering, for `npm run bench` and the browser's network panel.
    this.adapterHost.httpAdapter.setHeader(response, 'Server-Timing', `page;dur=${(performance.now() - started).toFixed(2)}`);
    return html;
  }

  private async current(municipality: string, caseId: string) {
    const [view, timeline] = await Promise.all([findCase(this.pool, municipality, caseId), caseTimeline(this.pool, municipality, caseId)]);
    if (!view || !timeline) throw new CaseNotFound(caseId);
    return { view, entries: timeline.timeline.entries, asOf: null };
  }
}
