import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const BODY = 'Socialudvalget';
const clerk = bearer(TOKENS.clerk);

/** Conflicts, retries and repeated requests, as a client sees them. */
describe('write answers: conflicts and repeats', () => {
  let h: Harness;

  const post = (path: string, body: object, headers: Record<string, string> = {}) => h.http().post(path).set(clerk).set(headers).send(body);
  const eventCount = async () => (await h.database.pool.query('SELECT count(*)::int AS n FROM es_events')).rows[0].n as number;

  beforeAll(async () => {
    h = await startHarness({ WRITE_RATE_LIMIT: '10000' });
  });
  afterAll(() => h.close());

  it.each([
    ['without If-Match', '2024-03-05', 1000, {}],
    ['each with If-Match "0" on its case', '2024-03-12', 2000, { 'If-Match': '"0"' }],
  ])('64 new cases presented at once at one meeting: 64 x 201 (%s)', async (_, date, first, headers) => {
    const meetingId = (await post('/meetings', { body: BODY, date }).expect(201)).body.events[0].streamId.replace(/^meeting-/, '');
    const cases = Array.from({ length: 64 }, (_, i) => `27.00.00-A00-${first + i}-24`);
    const answers = await Promise.all(cases.map((caseNumber, i) => post(`/meetings/${meetingId}/items`, { caseNumber, title: `Punkt ${i + 1}`, itemNumber: i + 1 }, headers)));
    expect(answers.map((a) => a.status)).toEqual(cases.map(() => 201));
    expect(answers.map((a) => a.headers.etag)).toEqual(cases.map(() => '"1"'));
    const meeting = await h.http().get(`/meetings/${meetingId}`).query({ minPosition: answers.map((a) => BigInt(a.body.position)).reduce((a, b) => (a > b ? a : b)).toString() }).expect(200);
    expect(meeting.body.items).toHaveLength(64);
  }, 60_000);

  it('a decision posted with its vote lines and reservations, and an earlier treatment with its outcome, show in the timeline', async () => {
    await post('/meetings', { body: BODY, date: '2024-04-09' }).expect(201);
    const meetingId = 'socialudvalget-2024-04-09';
    const caseNumber = '27.00.00-A00-400-24';
    await post(`/meetings/${meetingId}/items`, { caseNumber, title: 'Stemt om', itemNumber: 1 }).expect(201);
    const votes = [{ position: 'for', who: 'A, F og Ø' }, { position: 'against', who: 'V' }];
    const reservations = [{ text: 'V tog forbehold.', who: ['V'] }];
    await post(`/cases/${caseNumber}/decisions`, { meeting: { meetingId }, outcome: 'approved', decisionText: 'Godkendt.', votes, reservations }).expect(201);
    const earlier = await post(`/cases/${caseNumber}/earlier-treatments`, { body: BODY, date: '2024-03-05', foundIn: 'tidligere-behandling', outcome: 'discussed', notedAt: meetingId }).expect(201);
    await post(`/cases/${caseNumber}/decisions`, { meeting: { meetingId }, outcome: 'approved', decisionText: 'x', votes: [{ position: 'maybe', who: 'V' }] }).expect(400);
    const timeline = await h.http().get(`/cases/${caseNumber}/timeline`).query({ minPosition: earlier.body.position }).expect(200);
    expect(timeline.body.entries.find((e: any) => e.kind === 'decided').details).toMatchObject({ votes, reservations });
    expect(timeline.body.entries.find((e: any) => e.kind === 'referenced')).toMatchObject({ date: '2024-03-05', outcome: 'discussed' });
  });

  it('a postponement voted on keeps its vote lines and reservations in the timeline; a bad one is a 400 naming the field and writes nothing', async () => {
    await post('/meetings', { body: BODY, date: '2024-04-16' }).expect(201);
    const meetingId = 'socialudvalget-2024-04-16';
    const caseNumber = '27.00.00-A00-401-24';
    await post(`/meetings/${meetingId}/items`, { caseNumber, title: 'Udsat efter afstemning', itemNumber: 2 }).expect(201);
    const before = await eventCount();
    const refused = await post(`/cases/${caseNumber}/postponements`, { meeting: { meetingId }, reason: 'Udsættes.', reservations: [{ text: 'Ø tog forbehold.', who: 'Ø' }] }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('reservations');
    expect(await eventCount()).toBe(before);
    const votes = [{ position: 'for', who: 'A og V' }, { position: 'against', who: 'Ø' }];
    const reservations = [{ text: 'Ø tog forbehold.', who: ['Ø'] }];
    const postponed = await post(`/cases/${caseNumber}/postponements`, { meeting: { meetingId }, reason: 'Udsættes.', votes, reservations }).expect(201);
    const timeline = await h.http().get(`/cases/${caseNumber}/timeline`).query({ minPosition: postponed.body.position }).expect(200);
    expect(timeline.body.entries.find((e: any) => e.kind === 'postponed')).toMatchObject({ reason: 'Udsættes.', details: { causedByCancellation: false, votes, reservations } });
  });

  it('a 409 names the pinned stream and both versions as numbers', async () => {
    await post('/meetings', { body: BODY, date: '2024-04-02' }).expect(201);
    const meetingId = 'socialudvalget-2024-04-02';
    await post(`/meetings/${meetingId}/items`, { caseNumber: '27.00.00-A00-100-24', title: 'Første' }).expect(201);
    const before = await eventCount();
    const stale = await post(`/cases/27.00.00-A00-100-24/postponements`, { meeting: { meetingId }, reason: 'Udsat' }, { 'If-Match': '"0"' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ streamId: 'case-27.00.00-A00-100-24', expectedVersion: 0, actualVersion: 1 });
    expect(await eventCount()).toBe(before);
  });

  it('a repeated request gets the first answer: status, every stream, versions, position, ETag', async () => {
    await post('/meetings', { body: BODY, date: '2024-05-07' }).expect(201);
    const meetingId = 'socialudvalget-2024-05-07';
    const body = { caseNumber: '27.00.00-A00-200-24', title: 'Gentaget', itemNumber: 3 };
    const key = { 'Idempotency-Key': 'present-200' };
    const first = await post(`/meetings/${meetingId}/items`, body, { ...key, 'If-Match': '"0"' });
    expect(first.status).toBe(201);
    // Others write to the same meeting and case before the repeat arrives.
    await post(`/meetings/${meetingId}/items`, { caseNumber: '27.00.00-A00-201-24', title: 'Andet' }).expect(201);
    await post(`/cases/27.00.00-A00-200-24/postponements`, { meeting: { meetingId }, reason: 'Udsat' }).expect(201);
    const before = await eventCount();

    const again = await post(`/meetings/${meetingId}/items`, body, { ...key, 'If-Match': '"0"' });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.body.streams.map((s: { streamId: string }) => s.streamId)).toEqual(['case-27.00.00-A00-200-24', `meeting-${meetingId}`]);
    expect(again.headers.etag).toBe('"1"');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await eventCount()).toBe(before);
  });

  it('If-Match is checked before a repeat or a no-op: stale is 409', async () => {
    await post('/meetings', { body: BODY, date: '2024-06-04' }).expect(201);
    const meetingId = 'socialudvalget-2024-06-04';
    const body = { caseNumber: '27.00.00-A00-300-24', title: 'Tredje' };
    await post(`/meetings/${meetingId}/items`, body, { 'Idempotency-Key': 'present-300' }).expect(201);
    const before = await eventCount();
    // The repeat with a version the first request was not recorded at.
    const repeat = await post(`/meetings/${meetingId}/items`, body, { 'Idempotency-Key': 'present-300', 'If-Match': '"5"' });
    expect(repeat.status).toBe(409);
    expect(repeat.body).toMatchObject({ streamId: 'case-27.00.00-A00-300-24', expectedVersion: 5, actualVersion: 0 });
    // Nothing new to record (another key), but the caller's version is stale.
    const noop = await post(`/meetings/${meetingId}/items`, body, { 'Idempotency-Key': 'present-300-b', 'If-Match': '"0"' });
    expect(noop.status).toBe(409);
    expect(noop.body).toMatchObject({ streamId: 'case-27.00.00-A00-300-24', expectedVersion: 0, actualVersion: 1 });
    // With the current version it is a 200 "unchanged".
    const current = await post(`/meetings/${meetingId}/items`, body, { 'Idempotency-Key': 'present-300-c', 'If-Match': '"1"' });
    expect([current.status, current.body.outcome]).toEqual([200, 'unchanged']);
    expect(current.headers.etag).toBeUndefined();
    expect(await eventCount()).toBe(before);
  });

  it('a write answer carries no body-hash ETag', async () => {
    const answer = await post('/meetings', { body: BODY, date: '2024-07-02' }).expect(201);
    expect(answer.headers.etag).toBeUndefined();
  });
});
