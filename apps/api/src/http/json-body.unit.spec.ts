import { jest } from '@jest/globals';
import { HttpException, Logger } from '@nestjs/common';
import { answerFrameworkError } from './framework-errors.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { fieldPath, parseBody } from './json-body.js';
import { RequestValidationError } from './problem.js';

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a RequestValidationError');
}

describe('parseBody', () => {
  it('names each bad field by its path', () => {
    expect(fieldPath(['recommendation', 0, 'text'])).toBe('recommendation[0].text');
    expect(fieldPath([])).toBe('body');
    const problems = problemsOf(() => parseBody('PresentItem', { title: 7, closed: 'false', recommendation: [{ text: 'ok' }, null], summary: 'x' }));
    expect(problems.map((p) => p.field).sort()).toEqual(['closed', 'recommendation[1]', 'summary', 'title']);
  });

  it('returns the typed body without fields it does not know', () => {
    expect(parseBody('CancelMeeting', { reason: 'Aflyst.', extra: { deep: true } })).toEqual({ reason: 'Aflyst.' });
  });

  it('refuses what is not an object', () => {
    for (const body of [undefined, null, 'text', [], 1]) expect(problemsOf(() => parseBody('CancelMeeting', body))).toEqual([{ field: 'body', message: expect.stringMatching(/JSON object/) }]);
  });

  it('bounds the free-form values of a correction too', () => {
    const correction = { targetEventId: 'e', action: 'correct', reason: 'r' };
    const problems = problemsOf(() => parseBody('CorrectFact', { ...correction, changes: { title: 'x'.repeat(20_001), summary: [{ text: 'a\u0000' }] } }));
    expect(problems.map((p) => p.field).sort()).toEqual(['changes.summary[0].text', 'changes.title']);
    expect(problemsOf(() => parseBody('CorrectFact', { ...correction, changes: { 'bad key': 1 } })).map((p) => p.field)).toEqual(['changes.bad key']);
  });
});

describe('answerFrameworkError', () => {
  it('answers a body it cannot read as problem+json and logs the refusal', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const sent: { status?: number; type?: string; body?: any } = {};
    const reply = {
      sent: false,
      code: (status: number) => ((sent.status = status), reply),
      type: (type: string) => ((sent.type = type), reply),
      send: (body: string) => ((sent.body = JSON.parse(body)), reply),
    };
    const error = Object.assign(new Error('unsupported charset "LATIN1"'), { status: 415, type: 'charset.unsupported', expose: true });
    answerFrameworkError(error as never, { id: 'r1', method: 'POST', url: '/meetings' } as never, reply as never);
    expect(sent).toMatchObject({ status: 415, type: 'application/problem+json', body: { status: 415, errors: [{ field: 'Content-Type' }], instance: '/meetings' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('charset.unsupported'));
    warn.mockRestore();
  });
});

describe('a body refused before routing, in the exception filter', () => {
  it('answers what was refused (not the HttpException Nest wraps it in) and logs the refusal', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const sent: { status?: number; body?: any } = {};
    const reply = {
      sent: false,
      header: () => reply,
      code: (status: number) => ((sent.status = status), reply),
      type: () => reply,
      send: (body: string) => ((sent.body = JSON.parse(body)), reply),
    };
    const refused = Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, type: 'entity.too.large', expose: true });
    const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ id: 'r2', method: 'POST', url: '/meetings' }) }) };
    new ProblemDetailsFilter().catch(new HttpException(refused.message, 413, { cause: refused }), host as never);
    expect(sent).toMatchObject({ status: 413, body: { type: expect.stringMatching(/too-large$/), errors: [{ field: 'body', message: 'is too large' }], instance: '/meetings' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"reqId":"r2"'));
    warn.mockRestore();
  });
});
