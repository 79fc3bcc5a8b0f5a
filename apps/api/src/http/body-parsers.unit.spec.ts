import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { readJson, readText } from './body-parsers.js';

const LIMIT = 1000;

/** A server answering what readJson or readText made of the body: `{ body }`, or the refusal's status and type. */
async function serve(read: typeof readJson | typeof readText) {
  const server = http.createServer((req, res) => {
    read(req, LIMIT).then(
      (body) => res.end(JSON.stringify({ body: body === undefined ? 'undefined' : body })),
      (error) => res.writeHead(error.status).end(JSON.stringify({ type: error.type, message: error.message })),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    send: async (body: Buffer | string | undefined, headers: Record<string, string>, method = 'POST') => {
      const answer = await fetch(`http://127.0.0.1:${port}/`, { method, body, headers });
      return { status: answer.status, ...((await answer.json()) as Record<string, unknown>) };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('readJson', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (server = await serve(readJson)));
  afterAll(() => server.close());
  const json = { 'content-type': 'application/json' };

  it('inflates gzip, deflate and br, and counts the limit after inflating', async () => {
    const body = JSON.stringify({ a: 'æøå' });
    for (const [encoding, pack] of [['gzip', zlib.gzipSync], ['deflate', zlib.deflateSync], ['br', zlib.brotliCompressSync]] as const) {
      expect(await server.send(pack(body), { ...json, 'content-encoding': encoding })).toEqual({ status: 200, body: { a: 'æøå' } });
    }
    const bomb = zlib.gzipSync(JSON.stringify({ a: 'x'.repeat(LIMIT) }));
    expect(bomb.length).toBeLessThan(LIMIT);
    expect(await server.send(bomb, { ...json, 'content-encoding': 'gzip' })).toMatchObject({ status: 413, type: 'entity.too.large' });
    expect(await server.send('{"a":"' + 'x'.repeat(LIMIT) + '"}', json)).toMatchObject({ status: 413, type: 'entity.too.large' });
  });

  it('refuses any other encoding and any charset but UTF-8 as 415; bytes that do not inflate as 400', async () => {
    expect(await server.send('{}', { ...json, 'content-encoding': 'compress' })).toMatchObject({ status: 415, type: 'encoding.unsupported' });
    expect(await server.send('{}', { ...json, 'content-encoding': 'gzip, gzip' })).toMatchObject({ status: 415, type: 'encoding.unsupported' });
    expect(await server.send('{}', { 'content-type': 'application/json; charset=latin1' })).toMatchObject({ status: 415, type: 'charset.unsupported' });
    expect(await server.send('{}', { 'content-type': 'application/json; charset=utf-16' })).toMatchObject({ status: 415, type: 'charset.unsupported' });
    expect(await server.send('not gzip', { ...json, 'content-encoding': 'gzip' })).toMatchObject({ status: 400 });
  });

  it('parses strictly as body-parser did: empty is {}, a bare value 400, depth checked before parsing', async () => {
    expect(await server.send('', json)).toEqual({ status: 200, body: {} });
    expect(await server.send(' [1]', json)).toEqual({ status: 200, body: [1] });
    for (const text of ['null', '"x"', '1', '{"a":']) expect(await server.send(text, json)).toMatchObject({ status: 400, type: 'entity.parse.failed' });
    expect(await server.send('['.repeat(33) + ']'.repeat(33), json)).toMatchObject({ status: 400, type: 'entity.too.deep' });
  });

  it('leaves a request without a body (no Content-Length, no Transfer-Encoding) alone', async () => {
    // fetch sends a POST without a body with Content-Length: 0 (an empty body, {}), a DELETE with neither header.
    expect(await server.send(undefined, json, 'DELETE')).toEqual({ status: 200, body: 'undefined' });
  });
});

describe('readText', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (server = await serve(readText)));
  afterAll(() => server.close());

  it('decodes any charset iconv-lite knows (UTF-8 unless named) and refuses an unknown one as 415', async () => {
    expect(await server.send(Buffer.from('Økonomiudvalget', 'latin1'), { 'content-type': 'text/plain; charset=latin1' })).toEqual({ status: 200, body: 'Økonomiudvalget' });
    expect(await server.send('Økonomiudvalget', { 'content-type': 'text/plain' })).toEqual({ status: 200, body: 'Økonomiudvalget' });
    expect(await server.send('x', { 'content-type': 'text/plain; charset=bogus' })).toMatchObject({ status: 415, type: 'charset.unsupported', message: 'unsupported charset "BOGUS"' });
  });
});
