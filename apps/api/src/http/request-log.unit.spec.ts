import http from 'node:http';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { requestLog } from './request-log.js';

/** A server answering `status` through requestLog, logging into `lines`. */
async function serve(level: string, status: number, lines: Record<string, unknown>[]) {
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const log = requestLog(() => logger);
  const server = http.createServer((req, res) => log(req, res, () => res.writeHead(status).end('ok')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((resolve) => server.close(resolve)) };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('requestLog', () => {
  it('logs one line per request at info, with the request id and no headers', async () => {
    const lines: Record<string, unknown>[] = [];
    const server = await serve('info', 200, lines);
    try {
      const answer = await fetch(`http://127.0.0.1:${server.port}/cases/x/timeline?q=1`, { headers: { 'x-request-id': 'trace-7', authorization: 'Bearer secret-token' } });
      expect(answer.headers.get('x-request-id')).toBe('trace-7');
      await until(() => lines.length > 0);
      expect(lines).toEqual([expect.objectContaining({ level: 30, reqId: 'trace-7', method: 'GET', url: '/cases/x/timeline?q=1', statusCode: 200, msg: 'request completed' })]);
      expect(JSON.stringify(lines)).not.toContain('secret-token');
    } finally {
      await server.close();
    }
  });

  it('logs a 5xx at error and nothing at all below the configured level', async () => {
    const lines: Record<string, unknown>[] = [];
    const failing = await serve('warn', 503, lines);
    const fine = await serve('warn', 200, lines);
    try {
      await fetch(`http://127.0.0.1:${fine.port}/health`);
      await fetch(`http://127.0.0.1:${failing.port}/health`);
      await until(() => lines.length > 0);
      expect(lines).toEqual([expect.objectContaining({ level: 50, statusCode: 503, msg: 'request failed' })]);
    } finally {
      await failing.close();
      await fine.close();
    }
  });

  it('makes up a request id when the given one is not a sane token', async () => {
    const lines: Record<string, unknown>[] = [];
    const server = await serve('silent', 200, lines);
    try {
      const answer = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { 'x-request-id': 'not a token' } });
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('log lines about a request carry its id', () => {
  it('the error filter names the request a 500 belongs to', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const response = { sent: false, header: () => response, code: () => response, type: () => response, send: () => response };
    const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'trace-9', url: '/cases' }) }) };
    new ProblemDetailsFilter().catch(new Error('boom'), host as never);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^request trace-9: Error: boom/));
    error.mockRestore();
  });
});
