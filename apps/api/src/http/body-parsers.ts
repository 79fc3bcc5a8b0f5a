import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import iconv from 'iconv-lite';
import getRawBody from 'raw-body';
import { BodyRefused, verifyJsonBody } from './json-depth.js';

/** A refusal while reading a body: its status, a body-parser style `type` that toProblem knows, and `expose` (meant for the client). */
type ReadError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

const JSON_TYPES = ['application/json', /^application\/[^;]*\+json$/];
const TEXT_TYPES = ['text/plain', 'text/markdown'];

/** Whether a request carries a body (type-is `hasBody`): a request without one has no body to parse, whatever its Content-Type says. */
export const hasBody = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(request.headers['content-length']));

function refused(status: number, type: string, message: string): BodyRefused {
  return new BodyRefused(status, type, message);
}

/** The Content-Type's charset, lower-cased; undefined when it names none. */
export function charsetOf(request: IncomingMessage): string | undefined {
  const header = request.headers['content-type'] ?? '';
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(header);
  const charset = match?.[1] ?? match?.[2];
  return charset ? charset.toLowerCase() : undefined;
}

/** gzip, deflate and br inflated; identity as is (undefined); anything else a 415 (as body-parser answered). */
function inflating(request: IncomingMessage): Transform | undefined {
  const encoding = (request.headers['content-encoding'] || 'identity').toLowerCase();
  if (encoding === 'identity') return undefined;
  const inflate = encoding === 'gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : encoding === 'br' ? zlib.createBrotliDecompress() : undefined;
  if (!inflate) throw refused(415, 'encoding.unsupported', `unsupported content encoding "${encoding}"`);
  request.pipe(inflate);
  return inflate;
}

/** Reads off what is left of the request, so the refusal is answered to a client that has finished sending. */
function drained(request: IncomingMessage): Promise<void> {
  if (request.complete || request.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    request.once('end', resolve);
    request.once('close', resolve);
    request.resume();
  });
}

/**
 * The body's bytes (or its text in `charset`), at most `limit` of them counted after inflating:
 * raw-body on the request or its inflating stream, as body-parser read it. A failure is a 4xx
 * with `expose` (an undecodable gzip stream included), answered once the request is read off.
 */
async function readBody(request: IncomingMessage, limit: number, charset: string | null): Promise<Buffer | string> {
  let inflate: Transform | undefined;
  try {
    inflate = inflating(request);
    const stream: Readable = inflate ?? request;
    const length = inflate ? undefined : request.headers['content-length'];
    return await (getRawBody(stream, { length, limit, encoding: charset }) as Promise<Buffer | string>);
  } catch (error) {
    if (inflate) {
      request.unpipe(inflate);
      inflate.destroy();
    }
    await drained(request);
    const failure = error as ReadError;
    if (failure.type === 'encoding.unsupported' && charset) throw refused(415, 'charset.unsupported', `unsupported charset "${charset.toUpperCase()}"`);
    failure.status ??= failure.statusCode ?? 400;
    if (failure.status < 500) failure.expose = true;
    throw failure;
  } finally {
    if (inflate) {
      // Detached, so that bytes after the end of the compressed data cause no error; the rest is read off.
      request.unpipe(inflate);
      inflate.on('error', () => undefined);
      inflate.destroy();
      request.resume();
    }
  }
}

/** body-parser's strict JSON: an empty body is `{}`, anything not starting with `{` or `[` is refused. */
function parseStrictJson(text: string): unknown {
  if (text.length === 0) return {};
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  try {
    if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token '${first ?? ''}', JSON must be an object or an array`);
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(error as ReadError, { status: 400, type: 'entity.parse.failed', expose: true });
  }
}

/** JSON: only UTF-8 (another charset a 415), nesting checked on the raw bytes before anything parses them. */
export async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  if (!hasBody(request)) return undefined;
  const charset = charsetOf(request) ?? 'utf-8';
  if (!charset.startsWith('utf-') || !iconv.encodingExists(charset)) throw refused(415, 'charset.unsupported', `unsupported charset "${charset.toUpperCase()}"`);
  const bytes = (await readBody(request, limit, null)) as Buffer;
  verifyJsonBody(bytes, charset);
  return parseStrictJson(iconv.decode(bytes, charset));
}

/** Text: any charset iconv-lite knows (UTF-8 unless named), an unknown one a 415. */
export async function readText(request: IncomingMessage, limit: number): Promise<string | undefined> {
  if (!hasBody(request)) return undefined;
  return (await readBody(request, limit, charsetOf(request) ?? 'utf-8')) as string;
}

/**
 * The API's request bodies as Fastify content-type parsers, with the outcomes body-parser gave
 * under Express: JSON (`application/json`, `application/*+json`) and text (`text/plain`,
 * `text/markdown`) read and decoded, every other type left unread (the body is undefined and the
 * route says what it wanted). Multipart is @fastify/multipart's, registered for the uploads.
 * Fastify's own parsers (and its `secure-json-parse` rules) are replaced, not added to.
 */
export function registerBodyParsers(fastify: FastifyInstance, limit: number): void {
  fastify.removeAllContentTypeParsers();
  for (const type of JSON_TYPES) fastify.addContentTypeParser(type, (request: FastifyRequest) => readJson(request.raw, limit));
  for (const type of TEXT_TYPES) fastify.addContentTypeParser(type, (request: FastifyRequest) => readText(request.raw, limit));
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}
