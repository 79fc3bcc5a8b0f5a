import type { FastifyReply, FastifyRequest } from 'fastify';
import { mayBeMultipart, onlyForMultipart } from './multipart.js';

const request = (contentType?: string) => ({ headers: contentType === undefined ? {} : { 'content-type': contentType } }) as FastifyRequest;
const reply = {} as FastifyReply;

/** Runs the gated hook and resolves with what it handed to `done`, and whether the plugin's hook ran. */
function run(hook: (request: FastifyRequest) => Promise<void>, given: FastifyRequest) {
  let ran = false;
  const gated = onlyForMultipart(async (r) => {
    ran = true;
    await hook(r);
  });
  return new Promise<{ ran: boolean; error: Error | undefined }>((resolve) => gated.call(undefined, given, reply, (error) => resolve({ ran, error })));
}

describe('mayBeMultipart', () => {
  it('sees multipart in any case and with parameters', () => {
    expect(mayBeMultipart(request('multipart/form-data; boundary=x'))).toBe(true);
    expect(mayBeMultipart(request('Multipart/Form-Data'))).toBe(true);
  });

  it('passes over other types and requests without one', () => {
    expect(mayBeMultipart(request('application/json'))).toBe(false);
    expect(mayBeMultipart(request('text/plain'))).toBe(false);
    expect(mayBeMultipart(request())).toBe(false);
  });
});

describe('onlyForMultipart', () => {
  it('runs the plugin hook for a multipart request and passes on its failure', async () => {
    expect(await run(async () => undefined, request('multipart/form-data; boundary=x'))).toEqual({ ran: true, error: undefined });
    const failure = new Error('cleanup failed');
    expect(await run(() => Promise.reject(failure), request('multipart/form-data'))).toEqual({ ran: true, error: failure });
  });

  it('skips it for any other request', async () => {
    expect(await run(async () => undefined, request())).toEqual({ ran: false, error: undefined });
    expect(await run(async () => undefined, request('application/json'))).toEqual({ ran: false, error: undefined });
  });
});
