import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const CASE = '15.00.05-A00-1-19';
const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const CANCELLED = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-01-16';
const HELD = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const TITLE = 'Orientering om nytteindsatsen i Ballerup Kommune';
const REASON = 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.';

describe('the course of case 15.00.05-A00-1-19 through the REST API', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  let lastPosition = '0';

  async function write(path: string, body: unknown, key: string, headers: Record<string, string> = {}) {
    const response = await h.http().post(path).set(clerk).set('Idempotency-Key', key).set(headers).send(body as object);
    if (response.body.position) lastPosition = response.body.position;
    return response;
  }

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('records the course with one write per command', async () => {
    expect((await write('/meetings', { body: BODY, date: '2024-01-16' }, 'm1')).status).toBe(201);
    expect((await write('/meetings', { body: BODY, date: '2024-02-06', startTime: '08:00', place: 'Mødelokale C.1.11' }, 'm2')).status).toBe(201);
    expect((await write(`/meetings/${CANCELLED}/items`, { caseNumber: CASE, title: TITLE }, 'p1')).status).toBe(201);
    const cancel = await write(`/meetings/${CANCELLED}/cancellation`, { reason: REASON }, 'c1');
    expect(cancel.status).toBe(201);
    expect(cancel.body.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['MeetingCancelled', 'ItemPostponed']));
    const earlier = await write(`/cases/${CASE}/earlier-treatments`, { body: BODY, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling', notedAt: HELD }, 'e1');
    expect(earlier.status).toBe(201);
    expect((await write(`/meetings/${HELD}/items`, { caseNumber: CASE, itemNumber: 10, title: TITLE }, 'p2')).status).toBe(201);
    expect(
      (await write(`/meetings/${HELD}/attendance`, { participants: [{ name: 'Allan Kristensen', party: 'C', attendance: 'apologies' }, { name: 'Jesper Würtzen', party: 'A', role: 'formand', attendance: 'attended' }] }, 'a1')).status,
    ).toBe(201);
    const decision = await write(`/cases/${CASE}/decisions`, { meeting: { meetingId: HELD }, outcome: 'noted', decisionText: 'Taget til efterretning.' }, 'd1');
    expect(decision.status).toBe(201);
    expect(decision.headers.etag).toMatch(/^"\d+"$/);
  });

  it('reads back the status, with the stream version as ETag, once the projections caught up', async () => {
    const response = await h.http().get(`/cases/${CASE}`).query({ minPosition: lastPosition }).expect(200);
    expect(response.headers['x-read-consistency']).toBe('fresh');
    expect(response.body).toEqual({
      municipality: 'ballerup',
      caseNumber: CASE,
      printedNumber: CASE,
      scheme: 'kle',
      title: TITLE,
      status: 'decided',
      statusSince: '2024-02-06',
      decidingBody: null,
      lastOutcome: 'noted',
      postponements: 1,
      firstPresented: '2023-01-17',
      lastActivity: '2024-02-06',
      version: expect.any(Number),
      provisionalIds: [],
    });
    expect(response.headers.etag).toBe(`"${response.body.version}"`);
  });

  it('reads back the timeline in meeting order', async () => {
    const response = await h.http().get(`/cases/${encodeURIComponent(CASE)}/timeline`).query({ minPosition: lastPosition }).expect(200);
    expect(response.body.caseNumber).toBe(CASE);
    expect(response.body.entries.map((e: any) => [e.date, e.kind, e.outcome])).toEqual([
      ['2023-01-17', 'referenced', null],
      ['2024-01-16', 'presented', null],
      ['2024-01-16', 'cancelled', null],
      ['2024-01-16', 'postponed', null],
      ['2024-02-06', 'presented', null],
      ['2024-02-06', 'decided', 'noted'],
    ]);
    const decided = response.body.entries.at(-1);
    expect(decided).toMatchObject({ body: BODY, meetingId: HELD, itemNumber: 10, text: 'Taget til efterretning.', source: `api:POST /cases/${CASE}/decisions` });
  });

  it('reads back the audit trail: when it was postponed and decided, and who recorded it', async () => {
    const response = await h.http().get('/audit').query({ caseNumber: CASE, minPosition: lastPosition }).expect(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.data.map((e: any) => [e.kind, e.outcome, e.meetingDate, e.actor])).toEqual([
      ['postponed', null, '2024-01-16', 'sekretær'],
      ['decided', 'noted', '2024-02-06', 'sekretær'],
    ]);
    expect(response.body.data[1].recordedAt).toBe('2024-06-01T10:00:00.000Z');
    const decidedOnly = await h.http().get('/audit').query({ kind: 'decided', outcome: 'noted' }).expect(200);
    expect(decidedOnly.body.data).toHaveLength(1);
  });

  it('serves the meetings with state, participants and items', async () => {
    const held = await h.http().get(`/meetings/${HELD}`).query({ minPosition: lastPosition }).expect(200);
    expect(held.body).toMatchObject({ meetingId: HELD, body: BODY, date: '2024-02-06', startsAt: '08:00', location: 'Mødelokale C.1.11', state: 'held' });
    expect(held.body.participants).toEqual(expect.arrayContaining([{ name: 'Allan Kristensen', party: 'C', role: null, attendance: 'apologies', partialPresence: null }]));
    expect(held.body.items).toEqual([{ number: 10, title: TITLE, caseNumber: CASE, closed: false, outcome: 'noted', decisionText: 'Taget til efterretning.', postponed: false, attendance: [] }]);
    const cancelled = await h.http().get(`/meetings/${CANCELLED}`).expect(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancellationReason: REASON });
    const list = await h.http().get('/meetings').query({ from: '2024-01-01', to: '2024-01-31' }).expect(200);
    expect(list.body.data.map((m: any) => m.meetingId)).toEqual([CANCELLED]);
  });

  it('finds the case by status and title text', async () => {
    const found = await h.http().get('/cases').query({ status: 'decided', q: 'nytteindsatsen' }).expect(200);
    expect(found.body.data.map((c: any) => c.caseNumber)).toEqual([CASE]);
    const none = await h.http().get('/cases').query({ status: 'postponed' }).expect(200);
    expect(none.body).toEqual({ data: [], nextCursor: null });
  });

  it('lists the raw events with versions and metadata', async () => {
    const response = await h.http().get(`/cases/${CASE}/events`).expect(200);
    expect(response.body.data[0]).toMatchObject({ version: 1, type: 'ItemPresented', metadata: { actor: 'sekretær' } });
    expect(response.body.version).toBe(response.body.data.length);
  });

  it('answers 409 with both versions for a stale If-Match, and writes nothing', async () => {
    const { body: before } = await h.http().get(`/cases/${CASE}/events`);
    const stale = await write(`/cases/${CASE}/postponements`, { meeting: { meetingId: HELD }, reason: 'Udsættes.' }, 'stale', { 'If-Match': '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body).toMatchObject({ status: 409, streamId: `case-${CASE}`, expectedVersion: 1, actualVersion: before.version });
    const { body: after } = await h.http().get(`/cases/${CASE}/events`);
    expect(after.version).toBe(before.version);
  });

  it('records a write once for one Idempotency-Key, however often it is sent', async () => {
    const body = { caseNumber: '27.00.00-A00-1-24', title: 'Ny sag', itemNumber: 11 };
    const first = await write(`/meetings/${HELD}/items`, body, 'same-key');
    const second = await write(`/meetings/${HELD}/items`, body, 'same-key');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const events = await h.http().get('/cases/27.00.00-A00-1-24/events').expect(200);
    expect(events.body.data).toHaveLength(1);
    const reused = await write(`/meetings/${HELD}/items`, { ...body, title: 'Anden titel' }, 'same-key');
    expect(reused.status).toBe(422);
  });

  it('puts an item printed without a number or a case number on the agenda by its place, and names a bad place', async () => {
    const placed = await write(`/meetings/${HELD}/items`, { title: 'Eventuelt', agendaPosition: 12 }, 'by-place');
    expect(placed.status).toBe(201);
    const caseId = `P-${HELD}-pos-12`;
    const events = await h.http().get(`/cases/${caseId}/events`).expect(200);
    expect(events.body.data.map((e: { type: string; data: { itemNumber?: number } }) => [e.type, e.data.itemNumber])).toEqual([['ItemPresented', undefined]]);
    for (const agendaPosition of [0, 1.5, '3']) {
      const bad = await write(`/meetings/${HELD}/items`, { title: 'Eventuelt', agendaPosition }, `bad-place-${agendaPosition}`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('agendaPosition');
    }
    const unnamed = await write(`/meetings/${HELD}/items`, { title: 'Eventuelt' }, 'no-place');
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors.map((e: { field: string }) => e.field)).toContain('caseId');
  });

  it('refuses writes without a token (401) and with a reader token (403), writing nothing', async () => {
    const { rows: before } = await h.database.pool.query('SELECT count(*)::int AS n FROM es_events');
    const none = await h.http().post('/meetings').send({ body: BODY, date: '2024-03-05' });
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const wrong = await h.http().post('/meetings').set(bearer('not-a-known-token-at-all')).send({ body: BODY, date: '2024-03-05' });
    expect(wrong.status).toBe(401);
    const reader = await h.http().post('/meetings').set(bearer(TOKENS.reader)).send({ body: BODY, date: '2024-03-05' });
    expect(reader.status).toBe(403);
    const clerkCorrects = await h.http().post('/corrections').set(clerk).send({ caseNumber: CASE, targetEventId: '00000000-0000-0000-0000-000000000000', action: 'retract', reason: 'x' });
    expect(clerkCorrects.status).toBe(403);
    const { rows: after } = await h.database.pool.query('SELECT count(*)::int AS n FROM es_events');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers bad input with 400 problem+json naming the field, and breaks no rule silently', async () => {
    const badNumber = await h.http().get('/cases/15.00.05-1-19').expect(400);
    expect(badNumber.body.errors[0].field).toBe('caseNumber');
    expect(badNumber.body.detail).toMatch(/15\.00\.05-A00-1-19/);
    const badDate = await write('/meetings', { body: BODY, date: '2024-02-30' }, 'bad-date');
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0].field).toMatch(/date/);
    const notJson = await h.http().post('/meetings').set(clerk).set('Content-Type', 'application/json').send('{"body":');
    expect(notJson.status).toBe(400);
    expect(notJson.body.errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);
    const badLimit = await h.http().get('/cases').query({ limit: 'many' }).expect(400);
    expect(badLimit.body.errors[0].field).toBe('limit');
    const atCancelled = await write(`/cases/${CASE}/decisions`, { meeting: { meetingId: CANCELLED }, outcome: 'approved', decisionText: 'Godkendt.' }, 'rule-1');
    expect(atCancelled.status).toBe(422);
    expect(atCancelled.body.rule).toBe('no-decision-at-cancelled-meeting');
    const notOnAgenda = await write('/cases/27.00.00-A00-9-24/decisions', { meeting: { meetingId: HELD }, outcome: 'approved', decisionText: 'Godkendt.' }, 'rule-2');
    expect(notOnAgenda.status).toBe(422);
    expect(notOnAgenda.body).toMatchObject({ rule: 'item-on-agenda', type: 'https://sagsspor.dk/problems/rule/item-on-agenda' });
    expect((await h.http().get('/cases/99.99.99-A99-9-99')).status).toBe(404);
    expect((await h.http().get('/meetings/no-such-meeting-2020-01-01')).status).toBe(404);
  });

  it('reads a percent-encoded journal number with Ø', async () => {
    await write(`/meetings/${HELD}/items`, { caseNumber: '88.20.04-Ø54-10-18', itemNumber: 12, title: 'Lukket sag', closed: true }, 'closed');
    const response = await h.http().get('/cases/88.20.04-%C3%9854-10-18').query({ minPosition: lastPosition }).expect(200);
    expect(response.body).toMatchObject({ caseNumber: '88.20.04-Ø54-10-18', status: 'presented' });
    // The meeting's projection too must reflect the write (under load it can lag the case's).
    const meeting = await h.http().get(`/meetings/${HELD}`).query({ minPosition: lastPosition }).expect(200);
    expect(meeting.body.items.find((i: any) => i.number === 12)).toEqual({ number: 12, title: 'Lukket sag', caseNumber: '88.20.04-Ø54-10-18', closed: true, outcome: null, decisionText: null, postponed: false, attendance: [] });
  });

  it('rebuilds the projections (admin) into the same rows as live processing', async () => {
    const snapshot = async () =>
      (await h.database.pool.query(`SELECT case_id, status, last_outcome, postponements, version FROM proj_case_status ORDER BY case_id`)).rows;
    const timeline = async () => (await h.http().get(`/cases/${CASE}/timeline`)).body;
    await h.api.app.get((await import('../apps/api/src/projections/projections.service.js')).ProjectionsService).runner.caughtUp();
    const [liveRows, liveTimeline] = [await snapshot(), await timeline()];
    expect((await h.http().post('/admin/projections/rebuild').set(clerk)).status).toBe(403);
    const rebuilt = await h.http().post('/admin/projections/rebuild').set(bearer(TOKENS.admin)).expect(201);
    expect(rebuilt.body.data.map((r: any) => r.projection)).toEqual(['case-status', 'case-timeline', 'meetings', 'audit-log']);
    expect(await snapshot()).toEqual(liveRows);
    expect(await timeline()).toEqual(liveTimeline);
  });

  it('publishes OpenAPI at /docs-json with every write and its errors', async () => {
    const doc = (await h.http().get('/docs-json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/cases/{caseNumber}', '/cases/{caseNumber}/timeline', '/cases/{caseNumber}/decisions', '/meetings/{meetingId}/cancellation', '/audit', '/events/stream', '/corrections']),
    );
    expect(Object.keys(doc.paths['/cases/{caseNumber}/decisions'].post.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '422']));
  });
});
