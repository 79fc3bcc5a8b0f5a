import { PostgresEventStore } from '#event-store';
import { gatedCaseStatus, rebuildProjection } from '#projections';
import { eventually } from '#testing';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const BODY = 'Økonomiudvalget';
const MEETING = 'oekonomiudvalget-2024-03-05';
const admin = bearer(TOKENS.admin);
const clerk = bearer(TOKENS.clerk);

describe('a projection that cannot apply an event says so, and an admin parks and replays it', () => {
  let h: Harness;
  const present = async (caseNumber: string, title: string) => {
    const response = await h.http().post(`/meetings/${MEETING}/items`).set(clerk).send({ caseNumber, title }).expect(201);
    return response.body.position as string;
  };

  beforeAll(async () => {
    h = await startHarness();
    await h.http().post('/meetings').set(clerk).send({ body: BODY, date: '2024-03-05' }).expect(201);
    const first = await present('01.00.00-A00-1-24', 'Budget 2025');
    await h.http().get('/cases/01.00.00-A00-1-24').query({ minPosition: first }).expect(200);
    // A read model the projection cannot write: a stand-in for any event it fails on.
    await h.database.pool.query(`ALTER TABLE proj_case_status ADD CONSTRAINT no_poison CHECK (title IS DISTINCT FROM 'poison')`);
  });
  afterAll(() => h.close());

  it('names the projection, the event and the error in /health; reads say they are stale; a wait for a later write answers 503 at once', async () => {
    await present('01.00.00-A00-2-24', 'poison');
    const later = await present('01.00.00-A00-3-24', 'Anlægsplan');

    const health = await eventually(async () => {
      const response = await h.http().get('/health').expect(200);
      return response.body.status === 'degraded' && response.body;
    }, 10_000, 50);
    expect(health.projections['case-status']).toEqual({
      status: 'failing',
      position: expect.stringMatching(/^\d+$/),
      parkedEvents: 0,
      failure: expect.objectContaining({ projection: 'case-status', eventType: 'ItemPresented', streamId: 'case-01.00.00-A00-2-24', error: expect.stringContaining('no_poison'), attempts: expect.any(Number) }),
    });
    expect(health.projections.meetings).toMatchObject({ status: 'ok', parkedEvents: 0 });

    const started = Date.now();
    const stuck = await h.http().get('/cases/01.00.00-A00-3-24').query({ minPosition: later });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(stuck.status).toBe(503);
    expect(stuck.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stuck.headers['retry-after']).toBe('30');
    expect(stuck.body.projections).toEqual([expect.objectContaining({ projection: 'case-status', position: health.projections['case-status'].failure.position, eventType: 'ItemPresented' })]);

    const list = await h.http().get('/cases').expect(200);
    expect(list.headers['x-projection-stale']).toBe('case-status');
    const meeting = await h.http().get(`/meetings/${MEETING}`).query({ minPosition: later }).expect(200);
    expect(meeting.headers['x-read-consistency']).toBe('fresh');
    expect(meeting.headers['x-projection-stale']).toBeUndefined();
  });

  it('parks the event (admin only, with a reason): the projection skips it and goes on', async () => {
    await h.http().post('/admin/projections/case-status/parked-events').set(clerk).send({ reason: 'x' }).expect(403);
    const noReason = await h.http().post('/admin/projections/case-status/parked-events').set(admin).send({}).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const wrong = await h.http().post('/admin/projections/case-status/parked-events').set(admin).send({ position: '1', reason: 'x' }).expect(409);
    expect(wrong.body.type).toMatch(/not-failing$/);

    const parked = await h.http().post('/admin/projections/case-status/parked-events').set(admin).send({ reason: 'Titlen bryder en regel; rettes i næste version' }).expect(201);
    expect(parked.body).toMatchObject({ projection: 'case-status', eventType: 'ItemPresented', parkedBy: 'admin', reason: 'Titlen bryder en regel; rettes i næste version', error: expect.stringContaining('no_poison'), replayedAt: null });

    await eventually(async () => (await h.http().get('/cases/01.00.00-A00-3-24')).status === 200);
    const health = await h.http().get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.projections['case-status']).toMatchObject({ status: 'ok', parkedEvents: 1 });
    await h.http().get('/cases/01.00.00-A00-2-24').expect(404);
    const listing = await h.http().get('/admin/projections/parked-events').set(admin).expect(200);
    expect(listing.body.data).toEqual([expect.objectContaining({ position: parked.body.position, parkedBy: 'admin', reason: parked.body.reason })]);
  });

  it('replays parked events after the fix, and not before: a replay that still fails changes nothing', async () => {
    const early = await h.http().post('/admin/projections/case-status/parked-events/replay').set(admin).expect(422);
    expect(early.body).toMatchObject({ projection: 'case-status', eventType: 'ItemPresented' });
    await h.http().get('/cases/01.00.00-A00-3-24').expect(200);

    await h.database.pool.query('ALTER TABLE proj_case_status DROP CONSTRAINT no_poison');
    const replay = await h.http().post('/admin/projections/case-status/parked-events/replay').set(admin).expect(200);
    expect(replay.body.replayed).toEqual([expect.objectContaining({ eventType: 'ItemPresented', replayedBy: 'admin' })]);
    expect((await h.http().get('/cases/01.00.00-A00-2-24').expect(200)).body.title).toBe('poison');
    expect((await h.http().get('/admin/projections').set(admin).expect(200)).body['case-status']).toMatchObject({ status: 'ok', parkedEvents: 0 });
  });

  it('refuses a second rebuild of a projection while one runs (409), and the first completes', async () => {
    const gated = gatedCaseStatus();
    const running = rebuildProjection(h.database.pool, new PostgresEventStore(h.database.pool), gated.projection);
    await gated.inside;
    const refused = await h.http().post('/admin/projections/rebuild/case-status').set(admin).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/rebuild-in-progress$/), projection: 'case-status' });
    gated.open();
    await running;
    expect((await h.http().get('/cases').expect(200)).body.data).toHaveLength(3);
    await h.http().post('/admin/projections/rebuild/case-status').set(admin).expect(201);
  });
});
