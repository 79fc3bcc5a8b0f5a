// The open-loop generator's HTTP/1.1 client: keep-alive connections on raw sockets, one request at a
// time on each, responses framed by Content-Length or chunked encoding and otherwise not parsed.
// node's http client cost the bench about 0.3 ms of CPU per request, as much as the server under
// test, on the same two cores: at 2,000 requests/s it took a third of the machine from the servers
// it measured. This one does the same job for a fraction of that.
import net from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

/**
 * Where the first complete response in `data` ends, and its status; undefined while it is
 * incomplete. Knows what the servers under test send: Content-Length or chunked (no trailers).
 */
export function responseEnd(data: Buffer): { status: number; end: number } | undefined {
  const headEnd = data.indexOf(HEADER_END);
  if (headEnd < 0) return undefined;
  const head = data.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const bodyStart = headEnd + 4;
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) return { status, end: bodyStart };
  const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
  if (length) {
    const end = bodyStart + Number(length[1]);
    return data.length >= end ? { status, end } : undefined;
  }
  if (!/\r\ntransfer-encoding:[ \t]*chunked/i.test(head)) throw new Error(`a response the generator cannot frame:\n${head}`);
  let at = bodyStart;
  for (;;) {
    const sizeEnd = data.indexOf(CRLF, at);
    if (sizeEnd < 0) return undefined;
    const size = parseInt(data.toString('latin1', at, sizeEnd), 16);
    const next = sizeEnd + 2 + size + 2;
    if (data.length < next) return undefined;
    if (size === 0) return { status, end: next };
    at = next;
  }
}

interface Exchange {
  request: string;
  sentAt: number;
  done: (status: number | undefined) => void;
}

/** A client for one host and port: up to `maxConnections` at once, requests beyond them wait in line. */
export class LeanHttpClient {
  private readonly idle: net.Socket[] = [];
  private readonly waiting: Exchange[] = [];
  private readonly open = new Set<net.Socket>();
  private readonly current = new Map<net.Socket, Exchange>();
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly port: number,
    private readonly maxConnections = 512,
    private readonly timeoutMs = 30_000,
  ) {
    // One timer for every request's timeout (a timer per request would cost more than the rest).
    this.sweep = setInterval(() => {
      const now = performance.now();
      for (const [socket, exchange] of this.current) if (now - exchange.sentAt > this.timeoutMs) socket.destroy();
    }, 1000);
  }

  /** GET `path`; `done` gets the status, or undefined when the connection failed or timed out. */
  get(path: string, headers: Record<string, string> | undefined, done: (status: number | undefined) => void): void {
    let request = `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1:${this.port}\r\n`;
    for (const [name, value] of Object.entries(headers ?? {})) request += `${name}: ${value}\r\n`;
    const exchange = { request: `${request}\r\n`, sentAt: 0, done };
    const socket = this.idle.pop() ?? (this.open.size < this.maxConnections ? this.connect() : undefined);
    if (socket) this.start(socket, exchange);
    else this.waiting.push(exchange);
  }

  close(): void {
    clearInterval(this.sweep);
    for (const socket of this.open) socket.destroy();
  }

  private start(socket: net.Socket, exchange: Exchange): void {
    exchange.sentAt = performance.now();
    this.current.set(socket, exchange);
    socket.write(exchange.request, 'latin1');
  }

  private connect(): net.Socket {
    const socket = net.connect({ host: '127.0.0.1', port: this.port, noDelay: true });
    this.open.add(socket);
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const framed = responseEnd(pending);
      if (!framed) return;
      pending = pending.subarray(framed.end);
      const exchange = this.current.get(socket);
      this.current.delete(socket);
      const next = this.waiting.shift();
      if (next) this.start(socket, next);
      else this.idle.push(socket);
      exchange?.done(framed.status);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.open.delete(socket);
      const index = this.idle.indexOf(socket);
      if (index >= 0) this.idle.splice(index, 1);
      const exchange = this.current.get(socket);
      this.current.delete(socket);
      exchange?.done(undefined);
      // A request that waited for a connection gets a new one.
      const next = this.waiting.shift();
      if (next) this.start(this.connect(), next);
    });
    return socket;
  }
}
