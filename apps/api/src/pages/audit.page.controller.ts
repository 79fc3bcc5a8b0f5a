import { Controller, Get, Header, Inject, Query, UseFilters } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '#event-store';
import { auditLog, auditMonthlyCounts, InvalidCursor, knownBodies, type Page, type AuditEntryView } from '#projections';
import { RequestValidationError } from '../http/problem.js';
import { textParam } from '../http/query-params.js';
import { auditChart } from './audit-chart.model.js';
import { auditCsvHeader, auditCsvRow } from './audit-csv.js';
import { AUDIT_KINDS, AUDIT_OUTCOMES, auditForm, formQuery } from './audit-page.filter.js';
import { AUDIT_KIND_LABELS, outcomeLabel } from './danish-text.js';
import { HtmlPage } from './html-page.decorator.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { sourceRef } from './source-ref.js';
import { inKommuner, PageIn, type PageMunicipality } from './page-municipality.js';
import { ViewRenderer } from './view-renderer.js';

const PAGE_SIZE = 100;
/** A download holds at most this many rows; the page says so when the filter matches more. */
export const CSV_MAX_ROWS = 100_000;

/** `/revision`: postponements, decisions and corrections, who recorded them and when; a chart and a CSV. */
@Controller(inKommuner(''))
@UseFilters(PageErrorsFilter)
export class AuditPageController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly views: ViewRenderer,
  ) {}

  @Get('revision')
  @HtmlPage()
  async show(@Query() query: Record<string, unknown>, @PageIn() where: PageMunicipality): Promise<string> {
    const { form, filter } = auditForm(query, where.slug);
    const cursor = textParam(query.efter, 'efter', 2000);
    const [page, counts, bodies] = await Promise.all([
      this.rows(filter, PAGE_SIZE, cursor),
      auditMonthlyCounts(this.pool, filter),
      knownBodies(this.pool, where.slug),
    ]);
    return this.views.render(
      'audit',
      { where, title: 'Revision', section: 'audit', wide: true },
      {
        form,
        bodies,
        kinds: AUDIT_KINDS.map((k) => [k, AUDIT_KIND_LABELS[k]]),
        outcomes: AUDIT_OUTCOMES.map((o) => [o, outcomeLabel(o)]),
        rows: page.data.map((r) => ({ ...r, kindLabel: AUDIT_KIND_LABELS[r.kind] ?? r.kind, outcomeText: outcomeLabel(r.outcome), sourceLink: sourceRef(r.source) })),
        chart: auditChart(counts),
        total: counts.reduce((sum, c) => sum + c.count, 0),
        csvHref: `${where.base}/revision.csv${formQuery(form) ? `?${formQuery(form)}` : ''}`,
        nextHref: page.nextCursor ? `${where.base}/revision?${formQuery(form, { efter: page.nextCursor })}` : null,
        firstHref: cursor ? `${where.base}/revision${formQuery(form) ? `?${formQuery(form)}` : ''}` : null,
        csvMaxRows: CSV_MAX_ROWS,
      },
    );
  }

  @Get('revision.csv')
  @HtmlPage('text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="sagsspor-revision.csv"')
  async csv(@Query() query: Record<string, unknown>, @PageIn() where: PageMunicipality): Promise<string> {
    const { filter } = auditForm(query, where.slug);
    const parts = [auditCsvHeader()];
    let cursor: string | undefined;
    let rows = 0;
    do {
      const page = await this.rows(filter, 1000, cursor);
      for (const row of page.data.slice(0, CSV_MAX_ROWS - rows)) parts.push(auditCsvRow(row));
      rows += page.data.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor && rows < CSV_MAX_ROWS);
    return parts.join('');
  }

  private rows(filter: ReturnType<typeof auditForm>['filter'], limit: number, cursor: string | undefined): Promise<Page<AuditEntryView>> {
    return auditLog(this.pool, { ...filter, limit, cursor }).catch((error: unknown) => {
      if (error instanceof InvalidCursor) throw RequestValidationError.field('efter', error.message);
      throw error;
    });
  }
}
