import { readFileSync } from 'node:fs';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const minutes = (name: string) => readFileSync(new URL(`../demo/minutes/${name}`, import.meta.url), 'utf8');

describe('POST /imports', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  const count = async () => (await h.database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('imports a referat sent as text/plain and answers the report', async () => {
    const response = await h.http().post('/imports').query({ name: 'ballerup-ebu-2024-02-06.txt' }).set(clerk).set('Content-Type', 'text/plain').send(minutes('ballerup-ebu-2024-02-06.txt'));
    expect(response.status).toBe(201);
    expect(response.body.meeting).toMatchObject({ date: '2024-02-06' });
    expect(response.body.counts.appended).toBeGreaterThan(0);
    expect(response.body.items.find((i: any) => i.number === 10)).toMatchObject({ caseId: '15.00.05-A00-1-19', outcome: 'noted' });
  });

  it('shows the imported course of 15.00.05-A00-1-19, each event naming its source line', async () => {
    const status = await h.http().get('/cases/15.00.05-A00-1-19').query({ minPosition: '999999999' });
    expect(status.body).toMatchObject({ status: 'decided', lastOutcome: 'noted', postponements: 1, firstPresented: '2023-01-17' });
    const events = await h.http().get('/cases/15.00.05-A00-1-19/events').expect(200);
    expect(events.body.data.every((e: any) => /^document:ballerup-ebu-2024-02-06\.txt#L\d+$/.test(e.metadata.source))).toBe(true);
  });

  it('imports the same document twice without appending anything the second time', async () => {
    const before = await count();
    const again = await h.http().post('/imports').query({ name: 'copy-of-the-same.txt' }).set(clerk).set('Content-Type', 'text/plain').send(minutes('ballerup-ebu-2024-02-06.txt'));
    expect(again.status).toBe(200);
    expect(again.body.counts.appended).toBe(0);
    expect(await count()).toBe(before);
  });

  it('accepts a multipart upload', async () => {
    const response = await h.http().post('/imports').set(clerk).attach('file', Buffer.from(minutes('ballerup-ebu-2019-01-15.txt')), 'ballerup-ebu-2019-01-15.txt');
    expect(response.status).toBe(201);
    expect(response.body.document.name).toBe('ballerup-ebu-2019-01-15.txt');
    expect(response.body.meeting.date).toBe('2019-01-15');
  });

  it('rejects what is not minutes with a clear problem, writing nothing', async () => {
    const before = await count();
    const empty = await h.http().post('/imports').set(clerk).set('Content-Type', 'text/plain').send('');
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('body');
    const binary = await h.http().post('/imports').set(clerk).attach('file', Buffer.from([0x00, 0xff, 0x13, 0x00, 0x89, 0x50, 0x4e, 0x47]), 'picture.png');
    expect(binary.status).toBe(400);
    const noItems = await h.http().post('/imports').set(clerk).set('Content-Type', 'text/plain').send('Indkøbsliste til sommerfesten\n\nKaffe, kage og saftevand.\n');
    expect(noItems.status).toBe(422);
    expect(noItems.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(noItems.body.rule).toBe('no-items');
    expect(await count()).toBe(before);
  });

  it('records a referat that names its meeting but no agenda item as the meeting alone, with a warning', async () => {
    const response = await h.http().post('/imports').set(clerk).set('Content-Type', 'text/plain').send('REFERAT Økonomiudvalget d. 05-03-2024\n\nIngen punkter.\n');
    expect(response.status).toBe(201);
    expect(response.body.meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2024-03-05' });
    expect(response.body.items).toEqual([]);
    expect(response.body.warnings.map((warning: { code: string }) => warning.code)).toContain('import-no-items');
  });

  it('lists a meeting whose items print no numbers in the printed order, not by case number', async () => {
    // Invented, in the shape of web minutes that head each item with its case id and no number or title.
    const item = (caseId: string, decision: string) => `Sagsid.: ${caseId}\nSagsfremstilling\nUdvalget orienteres.\nBeslutning i Vejudvalget den 12-03-2024\n${decision}\n`;
    const text = [
      'Referat\n\ntirsdag den 12. marts 2024 kl. 09:00\n\nMødested Byrådssalen\nUdvalg Vejudvalget (2022-2025)\n',
      item('24/9100', 'Godkendt.'),
      item('24/1200', 'Taget til efterretning.'),
      item('24/5500', 'Udsat.'),
    ].join('\n');
    const response = await h.http().post('/imports').set(clerk).set('Content-Type', 'text/plain').send(text);
    expect(response.status).toBe(201);
    const meeting = await h.http().get(`/meetings/${response.body.meeting.meetingId}`).query({ minPosition: '999999999' }).expect(200);
    expect(meeting.body.items.map((i: { caseNumber: string; number: number | null }) => [i.caseNumber, i.number])).toEqual([
      ['24/9100', null],
      ['24/1200', null],
      ['24/5500', null],
    ]);
  });

  it('records a referat of a cancelled meeting as a cancelled meeting, not as a document without items', async () => {
    const notice = 'REFERAT Teknik- og Miljøudvalget d. 21-03-2024\n\nMødet er aflyst, da der ikke er sager til behandling.\n';
    const response = await h.http().post('/imports').set(clerk).set('Content-Type', 'text/plain').send(notice);
    expect(response.status).toBe(201);
    expect(response.body.meeting).toMatchObject({ body: 'Teknik- og Miljøudvalget', date: '2024-03-21', cancelled: true });
    expect(response.body.items).toEqual([]);
    const meeting = await h.http().get(`/meetings/${response.body.meeting.meetingId}`).query({ minPosition: '999999999' }).expect(200);
    expect(meeting.body.state).toBe('cancelled');
  });

  it('needs a clerk token', async () => {
    expect((await h.http().post('/imports').set('Content-Type', 'text/plain').send('x')).status).toBe(401);
    expect((await h.http().post('/imports').set(bearer(TOKENS.reader)).set('Content-Type', 'text/plain').send('x')).status).toBe(403);
  });
});

describe('demo data on first start', () => {
  it('imports the bundled minutes into an empty database when DEMO_DATA=on, and only once', async () => {
    const h = await startHarness({ DEMO_DATA: 'on' });
    try {
      const { rows } = await h.database.pool.query('SELECT count(*)::int AS n FROM es_events');
      expect(rows[0].n).toBeGreaterThan(100);
      const timeline = await h.http().get('/cases/15.00.05-A00-1-19/timeline').query({ minPosition: '999999999' }).expect(200);
      expect(timeline.body.entries.map((e: any) => e.kind)).toContain('decided');
    } finally {
      await h.close();
    }
  });
});
