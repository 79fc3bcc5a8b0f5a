import { type ArgumentsHost, Catch, type ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DATABASE_RETRY_AFTER_SECONDS } from '#platform';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { toProblem } from '../http/problem-details.filter.js';
import { PAGE_HEADERS } from './html-page.decorator.js';
import { pageMunicipalityOf } from './page-municipality.js';
import { ViewRenderer } from './view-renderer.js';

const TITLES: Record<number, string> = {
  400: 'Forkert forespørgsel',
  401: 'Kræver adgang',
  403: 'Ingen adgang',
  404: 'Ikke fundet',
  503: 'Databasen svarer ikke lige nu; prøv igen om lidt',
};

/**
 * Errors on the pages: a browser (Accept: text/html) gets a Danish HTML page with the same status,
 * anything else the API's problem+json (toProblem, as ProblemDetailsFilter answers, Retry-After on
 * a 503 included). Written through the HTTP adapter, not Express directly.
 */
@Catch()
@Injectable()
export class PageErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly views: ViewRenderer,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse();
    const adapter = this.adapterHost.httpAdapter;
    const problem = { ...toProblem(error), instance: request.originalUrl ?? request.url };
    if (problem.status === 503) this.logger.warn(`database unavailable: ${(error as Error)?.message ?? String(error)}`);
    else if (problem.status >= 500) this.logger.error(error instanceof Error ? error.stack : String(error));
    if (adapter.isHeadersSent(response)) return;
    if (problem.status === 503) adapter.setHeader(response, 'Retry-After', String((problem as { retryAfterSeconds?: number }).retryAfterSeconds ?? DATABASE_RETRY_AFTER_SECONDS));
    if (!(request.headers.accept ?? '').includes('text/html')) {
      adapter.setHeader(response, 'Content-Type', 'application/problem+json');
      adapter.reply(response, JSON.stringify(problem), problem.status);
      return;
    }
    for (const [name, value] of Object.entries(PAGE_HEADERS)) adapter.setHeader(response, name, value);
    adapter.setHeader(response, 'Content-Type', 'text/html; charset=utf-8');
    const title = TITLES[problem.status] ?? 'Noget gik galt';
    const where = pageMunicipalityOf(request);
    // The AuthGuard refused the slug of `/kommuner/{slug}` before any page ran.
    const detail = !where && request.params?.municipality !== undefined ? `Sagsspor kender ingen kommune »${request.params.municipality}«.` : problem.detail;
    adapter.reply(response, this.views.render('error', { title, where }, { problem: { ...problem, detail }, heading: title }), problem.status);
  }
}
