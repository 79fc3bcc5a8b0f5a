import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import express, { type NextFunction, type Request, type Response } from 'express';
import fc from 'fast-check';
import request from 'supertest';
import { behindOneLayer, hasBody, isDocsPath } from './gated-layers.js';

// body-parser's dependency, untyped: the test it applies before reading a body.
const typeIs = createRequire(import.meta.url)('type-is') as { hasBody(request: IncomingMessage): boolean };

function appWithGatedDocs() {
  const app = express();
  app.use((_req, res, next) => {
    res.setHeader('x-first', 'yes');
    next();
  });
  behindOneLayer(app, isDocsPath, () => {
    app.use((_req, res, next) => {
      res.setHeader('x-gated', 'yes');
      next();
    });
    app.get('/docs-json', (_req, res) => void res.json({ docs: true }));
    app.get('/docs/broken', () => {
      throw new Error('broken on purpose');
    });
    app.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
      if (!error) return next();
      res.status(418).json({ caught: error.message });
    });
  });
  app.get('/cases', (_req, res) => void res.json({ cases: true }));
  app.get('/docs-later', (_req, res) => void res.json({ later: true }));
  return app;
}

describe('behindOneLayer', () => {
  it('puts the layers registered in it behind one layer, where they were', () => {
    const app = appWithGatedDocs();
    // the first middleware, the gate, the two later routes
    expect(app.router.stack).toHaveLength(4);
  });

  it('runs the gathered layers, in order, for a request that enters', async () => {
    const answer = await request(appWithGatedDocs()).get('/DOCS-json').expect(200);
    expect(answer.body).toEqual({ docs: true });
    expect(answer.headers['x-first']).toBe('yes');
    expect(answer.headers['x-gated']).toBe('yes');
  });

  it('lets a request that does not enter pass them by to the later layers', async () => {
    const answer = await request(appWithGatedDocs()).get('/cases').expect(200);
    expect(answer.body).toEqual({ cases: true });
    expect(answer.headers['x-gated']).toBeUndefined();
  });

  it('passes on to the later layers a request that enters but matches none of them', async () => {
    const answer = await request(appWithGatedDocs()).get('/docs-later').expect(200);
    expect(answer.body).toEqual({ later: true });
    expect(answer.headers['x-gated']).toBe('yes');
  });

  it('hands an error of a gathered layer to the gathered error handler', async () => {
    expect((await request(appWithGatedDocs()).get('/docs/broken').expect(418)).body).toEqual({ caught: 'broken on purpose' });
  });
});

describe('hasBody', () => {
  it("is body-parser's own test (type-is), for any Content-Length and Transfer-Encoding", () => {
    const header = fc.option(fc.oneof(fc.string(), fc.nat().map(String), fc.constantFrom('', ' 1', '0x10', '1e3', 'chunked')), { nil: undefined });
    fc.assert(
      fc.property(header, header, (contentLength, transferEncoding) => {
        const headers: Record<string, string> = {};
        if (contentLength !== undefined) headers['content-length'] = contentLength;
        if (transferEncoding !== undefined) headers['transfer-encoding'] = transferEncoding;
        const message = { headers } as IncomingMessage;
        expect(hasBody(message)).toBe(typeIs.hasBody(message));
      }),
    );
  });
});

describe('isDocsPath', () => {
  it.each([
    ['/docs', true],
    ['/docs/', true],
    ['/docs-json', true],
    ['/Docs/swagger-ui.css', true],
    ['/cases/docs', false],
    ['/cases/1/timeline', false],
    ['/', false],
  ])('%s: %s', (url, expected) => {
    expect(isDocsPath({ url } as IncomingMessage)).toBe(expected);
  });
});
