import type { AddressInfo } from 'node:net';
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
