import { QueryFailedError } from 'typeorm';
import { documentDatabaseUnavailable } from './database-unavailable.docs.js';
import { toProblem } from './problem-details.filter.js';

describe('toProblem for a database that cannot be reached', () => {
  it('answers 503 database-unavailable, with when to retry, for a refused connection', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), { code: 'ECONNREFUSED' });
    expect(toProblem(refused)).toMatchObject({
      status: 503,
      type: 'https://sagsspor.dk/problems/database-unavailable',
      retryAfterSeconds: 2,
      detail: expect.stringContaining('Idempotency-Key'),
    });
  });

  it('answers 503 for a TypeORM query whose connection was terminated by a shutdown', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(toProblem(new QueryFailedError('SELECT 1', [], terminated)).status).toBe(503);
  });

  it('still answers 500 for an error that is not about reaching the database', () => {
    expect(toProblem(new TypeError('boom')).status).toBe(500);
  });
});

describe('documentDatabaseUnavailable', () => {
  it('documents a 503 with Retry-After on every operation and keeps one already documented', () => {
    const own = { description: 'own' };
    const document = documentDatabaseUnavailable({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: { '/cases': { get: { responses: {} } }, '/meetings': { post: { responses: {} }, get: { responses: { '503': own } } } },
    });
    expect(document.paths['/cases']!.get!.responses['503']).toMatchObject({ headers: { 'Retry-After': expect.any(Object) } });
    expect(document.paths['/meetings']!.post!.responses['503']).toMatchObject({ content: { 'application/problem+json': expect.any(Object) } });
    expect(document.paths['/meetings']!.get!.responses['503']).toBe(own);
  });
});
