import { randomUUID } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { PostgresEventStore } from '#event-store';
import { ChangeFeedService } from '../apps/api/src/events/change-feed.service.js';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

interface SseMessage {
  id: string;
  event: string;
  data: any;
}

/** Reads server-sent events until `count` arrived, then hangs up. */
async function readEvents(url: string, count: number, headers: Record<string, string> = {}): Promise<SseMessage[]> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  // Written on node's response, not through Fastify's headers: the request id is echoed all the same.
  expect(response.headers.get('x-request-id')).toMatch(/^[\w.:-]{1,128}$/);
  const decoder = new TextDecoder();
  const messages: SseMessage[] = [];
  let buffer = '';
  const reader = response.body!.getReader();
  while (messages.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = (name: string) => block.split('\n').find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
      if (field('data')) messages.push({ id: field('id')!, event: field('event')!, data: JSON.parse(field('data')!) });
    }
  }
  abort.abort();
  return messages.slice(0, count);
}

describe('GET /events/stream', () => {
  let h: Harness;
  let base: string;

  beforeAll(async () => {
    h = await startHarness();
    const server = h.api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const date of ['2024-03-05', '2024-04-09', '2024-05-14']) {
      await h.http().post('/meetings').set(bearer(TOKENS.clerk)).send({ body: 'Økonomiudvalget', date }).expect(201);
    }
  });
  afterAll(() => h.close());

  it('delivers the events in order, with resumable ids', async () => {
    const all = await readEvents(`${base}/events/stream`, 3);
    expect(all.map((m) => [m.event, m.data.data.meetingDate])).toEqual([
      ['MeetingScheduled', '2024-03-05'],
      ['MeetingScheduled', '2024-04-09'],
      ['MeetingScheduled', '2024-05-14'],
    ]);
    expect(all[0]!.id).toMatch(/^\d+\.\d+$/);

    const resumed = await readEvents(`${base}/events/stream`, 2, { 'Last-Event-ID': all[0]!.id });
    expect(resumed.map((m) => m.data.data.meetingDate)).toEqual(['2024-04-09', '2024-05-14']);
    const byPosition = await readEvents(`${base}/events/stream?after=${all[1]!.data.position}`, 1);
    expect(byPosition[0]!.data.data.meetingDate).toBe('2024-05-14');
  });

  it('delivers events written after the client connected', async () => {
    const waiting = readEvents(`${base}/events/stream?after=${encodeURIComponent((await readEvents(`${base}/events/stream`, 3))[2]!.id)}`, 1);
    await h.http().post('/meetings').set(bearer(TOKENS.clerk)).send({ body: 'Økonomiudvalget', date: '2024-06-11' }).expect(201);
    expect((await waiting)[0]!.data.data.meetingDate).toBe('2024-06-11');
  });

  it('rejects a malformed resume point', async () => {
    const response = await h.http().get('/events/stream').query({ after: 'yesterday' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('after');
  });
});

/** A client that reads every message as it comes, counting them, until stopped. */
function follow(url: string) {
  const abort = new AbortController();
  const state = { count: 0, lastId: '', stop: () => abort.abort() };
  const done = (async () => {
    const response = await fetch(url, { signal: abort.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        state.lastId = buffer.slice(4, buffer.indexOf('\n'));
        buffer = buffer.slice(end + 2);
        state.count++;
      }
    }
  })().catch(() => undefined);
  return Object.assign(state, { done });
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('GET /events/stream: one feed for every client, bounded buffers', () => {
  let h: Harness;
  let base: string;
  let store: PostgresEventStore;
  let changes: ChangeFeedService;
  let n = 0;

  /** Appends `count` events of about `bytes` bytes each, straight into the store. */
  const append = async (count: number, bytes = 100) => {
    for (let done = 0; done < count; done += 50) {
      const events = Array.from({ length: Math.min(50, count - done) }, () => ({ eventId: randomUUID(), type: 'Filler', schemaVersion: 1, data: { n: ++n, text: 'x'.repeat(bytes) } }));
      await store.appendToStream(`filler-${n}`, events);
    }
  };
  const backends = async () => (await h.database.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`)).rows[0].n as number;
  const feedListeners = async () =>
    (await h.database.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'sagsspor-change-feed'`)).rows[0].n as number;

  beforeAll(async () => {
    h = await startHarness({ SSE_CLIENT_BUFFER_BYTES: '262144', SSE_CLIENT_BUFFER_EVENTS: '1000' });
    const server = h.api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store = h.api.app.get(PostgresEventStore);
    changes = h.api.app.get(ChangeFeedService);
    await append(10);
  });
  afterAll(() => h.close());

  it('many clients share one listener: connections and reads do not grow with clients', async () => {
    const first = follow(`${base}/events/stream`);
    await eventually(() => first.count === 10);
    const connections = await backends();
    const reads = { ...changes.feed.reads };

    const clients = Array.from({ length: 30 }, () => follow(`${base}/events/stream?after=${first.lastId}`));
    await eventually(() => changes.feed.subscribers === 31);
    await append(20);
    await eventually(() => first.count === 30 && clients.every((c) => c.count === 20));

    // The projection runners may open a pooled connection or two of their own meanwhile (a batch read ahead while
    // one is applied), so equality would depend on timing; a connection per client would add 30.
    expect(await backends()).toBeLessThanOrEqual(connections + 3);
    expect(await feedListeners()).toBe(1);
    // Clients that start at the head read no history of their own; the shared reader read a handful of times for all 31.
    expect(changes.feed.reads.catchUp).toBe(reads.catchUp);
    expect(changes.feed.reads.shared - reads.shared).toBeLessThan(10);
    for (const client of [first, ...clients]) client.stop();
    await eventually(() => changes.feed.subscribers === 0);
  }, 60_000);

  it('a client that stops reading is dropped; the others keep receiving everything', async () => {
    const head = await store.visibleHeadCheckpoint();
    const after = `${head.transactionId}.${head.globalPosition}`;
    const fast = follow(`${base}/events/stream?after=${after}`);
    // A raw connection that sends its request and then never reads.
    const slow = net.connect((h.api.app.getHttpServer().address() as AddressInfo).port, '127.0.0.1');
    await new Promise<void>((resolve) => slow.once('connect', resolve));
    slow.write(`GET /events/stream?after=${after} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    slow.pause();
    await eventually(() => changes.feed.subscribers === 2);
    const dropped = changes.dropped;

    // About 10 MB: more than the kernel's socket buffers hold, so the server's own buffer fills.
    await append(600, 16_000);
    await eventually(() => fast.count === 600);
    await eventually(() => changes.dropped === dropped + 1);
    expect(changes.feed.subscribers).toBe(1);

    await append(5);
    await eventually(() => fast.count === 605);
    fast.stop();
    slow.destroy();
  }, 60_000);
});
