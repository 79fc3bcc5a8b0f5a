import { applyDecorators, Header } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';

/** Only files of this origin; no inline script or style anywhere on the pages. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** A route that answers an HTML page: its type and the security headers, out of the OpenAPI document. */
export function HtmlPage(contentType = 'text/html; charset=utf-8'): MethodDecorator {
  return applyDecorators(
    ApiExcludeEndpoint(),
    Header('Content-Type', contentType),
    ...Object.entries(PAGE_HEADERS).map(([name, value]) => Header(name, value)),
  );
}
