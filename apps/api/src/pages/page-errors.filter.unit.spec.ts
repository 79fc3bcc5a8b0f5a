import type { ArgumentsHost } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { CaseNotFound } from '#cases';
import { PageErrorsFilter } from './page-errors.filter.js';
import { ViewRenderer } from './view-renderer.js';

/** What the filter wrote through the HTTP adapter. */
function answer(error: unknown, accept: string) {
  const sent = { status: 0, body: '', headers: {} as Record<string, string> };
  const adapter = {
    isHeadersSent: () => false,
    setHeader: (_: unknown, name: string, value: string) => (sent.headers[name] = value),
    reply: (_: unknown, body: string, status: number) => Object.assign(sent, { body, status }),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ headers: { accept }, originalUrl: '/sager/x' }), getResponse: () => ({}) }),
  } as unknown as ArgumentsHost;
  new PageErrorsFilter({ httpAdapter: adapter } as unknown as HttpAdapterHost, new ViewRenderer()).catch(error, host);
  return sent;
}

describe('errors on the pages', () => {
  it('a browser gets a Danish page with the status; anything else problem+json', () => {
    const page = answer(new CaseNotFound('15.00.05-A00-1-19'), 'text/html,application/xhtml+xml');
    expect(page.status).toBe(404);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<h1>Ikke fundet</h1>');
    const api = answer(new CaseNotFound('15.00.05-A00-1-19'), '*/*');
    expect(api.headers['Content-Type']).toBe('application/problem+json');
    expect(JSON.parse(api.body)).toMatchObject({ status: 404, instance: '/sager/x' });
  });

  it('a database outage is a 503 with Retry-After, on the page as in the API', () => {
    const outage = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    for (const accept of ['text/html', 'application/json']) {
      const sent = answer(outage, accept);
      expect(sent.status).toBe(503);
      expect(sent.headers['Retry-After']).toBe('2');
    }
    expect(answer(outage, 'text/html').body).toContain('Databasen svarer ikke lige nu');
  });
});
