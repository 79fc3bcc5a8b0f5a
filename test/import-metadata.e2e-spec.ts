import { readFileSync } from 'node:fs';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const minutes = (name: string) => readFileSync(new URL(`../demo/minutes/${name}`, import.meta.url), 'utf8');
const DOCUMENT = 'ballerup-ebu-2024-02-06.txt';
const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
/** The same minutes without their head: no committee, no date, no municipality named in it. */
const headless = () =>
  minutes(DOCUMENT)
    .split('\n')
    .filter((line) => !/^# REFERAT|^\*\*Mødedato|^\*\*Mødested/.test(line))
    .join('\n')
    .replace(/Ballerup|Gladsaxe/g, 'Byen');

describe('imports with metadata from the caller', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  const count = async () => (await h.database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n;
  const post = (path: string, text: string, query: Record<string, string> = {}) =>
    h.http().post(path).query({ name: 'referat.txt', ...query }).set(clerk).set('Content-Type', 'text/plain').send(text);

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('refuses a document that names neither committee nor date, naming what to supply, writing nothing', async () => {
    const response = await post('/imports', headless());
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/supply the committee \(body\) and the date \(date, YYYY-MM-DD\)/);
    expect(await count()).toBe(0);
  });

  it('records it with the committee and date the caller gives, in the caller\'s municipality', async () => {
    const response = await post('/imports', headless(), { municipality: 'aarhus', body: 'Teknisk Udvalg', date: '2025-10-01' });
    expect(response.body.detail).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ municipality: 'aarhus', meeting: { meetingId: 'teknisk-udvalg-2025-10-01', body: 'Teknisk Udvalg', date: '2025-10-01' } });
    const meeting = await h.http().get('/municipalities/aarhus/meetings/teknisk-udvalg-2025-10-01').query({ minPosition: '999999999' }).expect(200);
    expect(meeting.body.items.length).toBeGreaterThan(0);
    expect((await h.http().get('/meetings/teknisk-udvalg-2025-10-01')).status).toBe(404);
  });

  it('refuses a caller value the document contradicts, naming both, unless override=true', async () => {
    const before = await count();
    const body = await post('/imports', minutes(DOCUMENT), { body: 'Teknisk Udvalg' });
    expect(body.status).toBe(422);
    expect(body.body.detail).toMatch(/body "Teknisk Udvalg" contradicts the document's "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget"/);
    const date = await post('/imports', minutes(DOCUMENT), { date: '2024-02-07' });
    expect(date.body.detail).toMatch(/date "2024-02-07" contradicts the document's "2024-02-06"/);
    const municipality = await post('/municipalities/egedal/imports', minutes(DOCUMENT));
    expect(municipality.status).toBe(422);
    expect(municipality.body.detail).toMatch(/municipality "egedal" contradicts the document's "ballerup"/);
    expect(await count()).toBe(before);

    const overridden = await post('/municipalities/egedal/imports', minutes(DOCUMENT), { override: 'true' });
    expect(overridden.status).toBe(201);
    expect(overridden.body).toMatchObject({ municipality: 'egedal', meeting: { body: BODY, date: '2024-02-06' } });
  });

  it('takes the municipality from the document when the caller names none; the same minutes in two municipalities stay apart', async () => {
    const response = await post('/imports', minutes(DOCUMENT));
    expect(response.status).toBe(201);
    expect(response.body.municipality).toBe('ballerup');
    const read = (prefix: string) => h.http().get(`${prefix}/cases/15.00.05-A00-1-19/events`).query({ minPosition: '999999999' }).expect(200);
    const [ballerup, egedal] = [(await read('')).body, (await read('/municipalities/egedal')).body];
    expect(ballerup.data.length).toBe(egedal.data.length);
    expect(ballerup.data.every((e: any) => e.municipality === 'ballerup')).toBe(true);
    expect(egedal.data.every((e: any) => e.municipality === 'egedal')).toBe(true);
  });

  it("reads the meeting and the municipality from the caller's sourceUrl where the text prints no Source URL line, and reports it", async () => {
    const text = minutes('ballerup-ebu-2019-01-15.txt').replace(/^Source URL:.*$/mu, '').replace(/Ballerup/g, 'Byen');
    const address = 'https://ballerup.dk/dagsorden/erhvervs-og-beskaeftigelsesudvalget-15-01-2019';
    const response = await post('/imports', text, { sourceUrl: address });
    expect(response.body.detail).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      municipality: 'ballerup',
      document: { sourceUrl: { url: address, from: 'caller' } },
      meeting: { meetingId: 'erhvervs-og-beskaeftigelsesudvalget-2019-01-15', body: 'Erhvervs- og Beskæftigelsesudvalget', date: '2019-01-15' },
    });
  });

  it('answers 400 naming sourceUrl for an address that is no http(s) URL, writing nothing', async () => {
    const before = await count();
    for (const sourceUrl of ['ballerup.dk/dagsorden', 'ftp://ballerup.dk/referat.txt', `https://ballerup.dk/${'x'.repeat(2000)}`]) {
      const response = await post('/imports', headless(), { sourceUrl, body: 'Teknisk Udvalg', date: '2025-10-01' });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'sourceUrl' })]);
    }
    expect(await count()).toBe(before);
  });

  it('answers 400 for a caller value that is none', async () => {
    expect((await post('/imports', headless(), { municipality: 'atlantis', body: 'Teknisk Udvalg', date: '2025-10-01' })).body.errors).toEqual([
      expect.objectContaining({ field: 'municipality' }),
    ]);
    expect((await post('/imports', headless(), { body: 'Teknisk Udvalg', date: '1. oktober' })).status).toBe(400);
  });
});
