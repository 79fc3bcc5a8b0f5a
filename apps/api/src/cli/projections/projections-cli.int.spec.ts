import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '#event-store';
import { CaseStatusProjection, gatedCaseStatus, openFailures, ProjectionRunner, rebuildProjection } from '#projections';
import { createTestDatabase, eventually, type TestDatabase } from '#testing';
import { EXIT, runParkedEventsCli, runRebuildCli } from './projections-cli.js';

const presented = (caseId: string, title: string) => ({
  eventId: randomUUID(),
  type: 'ItemPresented',
  schemaVersion: 1,
  data: { meetingId: 'oekonomiudvalget-2024-01-09', body: 'Økonomiudvalget', meetingDate: '2024-01-09', caseId, itemNumber: 1, provisional: false, title, closed: false, recommendation: [], summary: [], attachments: [] },
  metadata: { actor: 'test' },
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } }, out: () => out.join(''), err: () => err.join('') };
}

describe('npm run projections:rebuild | park | replay (on PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool);
    env = { DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
    for (let n = 1; n <= 5; n++) await store.appendToStream(`case-03.00.00-A00-${n}-24`, [presented(`03.00.00-A00-${n}-24`, `Sag ${n}`)]);
  });
  afterAll(() => database.drop());

  it('a rebuild while another runs exits 3 with a message; once it finished, one runs', async () => {
    const gated = gatedCaseStatus();
    const running = rebuildProjection(database.pool, store, gated.projection);
    await gated.inside;
    const refused = io();
    expect(await runRebuildCli(['case-status'], env, refused.io)).toBe(EXIT.refused);
    expect(refused.err()).toBe('a rebuild of projection case-status is already running; try again when it has finished\n');
    gated.open();
    await running;
    const done = io();
    expect(await runRebuildCli(['case-status'], env, done.io)).toBe(EXIT.ok);
    expect(JSON.parse(done.out())).toMatchObject({ projection: 'case-status', events: 5 });
    const unknown = io();
    expect(await runRebuildCli(['case-state'], env, unknown.io)).toBe(EXIT.usage);
    expect(unknown.err()).toMatch(/^unknown projection "case-state"; one of: case-status, /);
  });

  it('parks the event a projection is stopped at, with who and why; replays it after the fix', async () => {
    await database.pool.query(`ALTER TABLE proj_case_status ADD CONSTRAINT no_poison CHECK (title IS DISTINCT FROM 'poison')`);
    await store.appendToStream('case-03.00.00-A00-6-24', [presented('03.00.00-A00-6-24', 'poison')]);
    const notYet = io();
    expect(await runParkedEventsCli(['park', 'case-status', '--reason', 'x'], env, notYet.io)).toBe(EXIT.refused);
    expect(notYet.err()).toBe('projection case-status is not failing on any event\n');

    const runner = new ProjectionRunner(database.url, database.pool, store, [new CaseStatusProjection()], { pollIntervalMs: 20, retry: { baseMs: 50, maxMs: 200 } });
    runner.start();
    try {
      const [failure] = await eventually(async () => {
        const failures = await openFailures(database.pool);
        return failures.length > 0 && failures;
      });
      const noReason = io();
      expect(await runParkedEventsCli(['park', 'case-status'], env, noReason.io)).toBe(EXIT.usage);
      expect(noReason.err()).toMatch(/^--reason "<why>" is required/);
      const parked = io();
      expect(await runParkedEventsCli(['park', 'case-status', failure!.position, '--reason', 'Titlen bryder en regel', '--by', 'drift'], env, parked.io)).toBe(EXIT.ok);
      expect(JSON.parse(parked.out())).toMatchObject({ position: failure!.position, parkedBy: 'drift', reason: 'Titlen bryder en regel' });
      const replayTooEarly = io();
      expect(await runParkedEventsCli(['replay', 'case-status'], env, replayTooEarly.io)).toBe(EXIT.eventFails);
      expect(replayTooEarly.err()).toContain(`cannot apply event ${failure!.position}`);

      await database.pool.query('ALTER TABLE proj_case_status DROP CONSTRAINT no_poison');
      const replayed = io();
      expect(await runParkedEventsCli(['replay', 'case-status', '--by', 'drift'], env, replayed.io)).toBe(EXIT.ok);
      expect(JSON.parse(replayed.out()).replayed).toEqual([expect.objectContaining({ position: failure!.position, replayedBy: 'drift' })]);
      const listed = io();
      expect(await runParkedEventsCli(['list'], env, listed.io)).toBe(EXIT.ok);
      expect(listed.out().trim().split('\n').map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ parkedBy: 'drift', replayedBy: 'drift' })]);
      const { rows } = await database.pool.query(`SELECT title FROM proj_case_status WHERE case_id = '03.00.00-A00-6-24'`);
      expect(rows).toEqual([{ title: 'poison' }]);
    } finally {
      await runner.stop();
    }
  });
});
