import { rm } from 'node:fs/promises';
import path from 'node:path';
import { type DatabaseServer, freePort, startDatabaseServer } from '#platform';
import {
  type ApiProcess,
  buildApp,
  isAlive,
  postmasterPid,
  spawnApi,
  startApiProcess,
  stopApis,
  stopOrphan,
  tempDataDir,
  until,
} from './support/api-process.js';

// Crash tests with real processes: the built app (`node dist/apps/api/src/main.js`, what `npm start`
// runs), killed and started again, with its PostgreSQL stopped and started under it.

const BODY = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const DATE = '2024-02-06';
const MEETING = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const caseNumber = (n: number) => `15.00.05-A00-${n}-19`;

/** Schedules the meeting and presents `count` cases at it; returns the last acknowledged position. */
async function acknowledgedWrites(api: ApiProcess, from: number, count: number): Promise<string> {
  if (from === 1) {
    const meeting = await api.fetch('/meetings', { method: 'POST', key: 'meeting', body: JSON.stringify({ body: BODY, date: DATE }) });
    expect(meeting.status).toBe(201);
  }
  let position = '0';
  for (let n = from; n < from + count; n++) {
    const item = await api.fetch(`/meetings/${MEETING}/items`, {
      method: 'POST',
      key: `item-${n}`,
      body: JSON.stringify({ caseNumber: caseNumber(n), itemNumber: n, title: `Sag nummer ${n}` }),
    });
    expect(item.status).toBe(201);
    position = item.body.position;
  }
  return position;
}

/** Every case from 1 to `count` reads back through the projections, fresh as of `position`. */
async function expectCasesReadable(api: ApiProcess, count: number, position: string): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const read = await api.fetch(`/cases/${caseNumber(n)}?minPosition=${position}`);
    expect({ n, status: read.status, title: read.body?.title, fresh: read.headers.get('x-read-consistency') }).toEqual({
      n,
      status: 200,
      title: `Sag nummer ${n}`,
      fresh: 'fresh',
    });
  }
}

/** A fresh DATA_DIR for a describe block; afterwards its processes are stopped and it is removed. */
function scene(): { dataDir: string; apis: ApiProcess[]; cleanUps: Array<() => Promise<void>> } {
  const state = { dataDir: '', apis: [] as ApiProcess[], cleanUps: [] as Array<() => Promise<void>> };
  beforeAll(async () => {
    state.dataDir = await tempDataDir();
  });
  afterAll(async () => {
    await stopApis(state.apis);
    for (const step of state.cleanUps) await step();
    stopOrphan(path.join(state.dataDir, 'pg'));
    await rm(state.dataDir, { recursive: true, force: true });
  });
  return state;
}

describe('crash recovery of the built app', () => {
  beforeAll(() => buildApp(), 120_000);

  describe('kill -9 of the API on the embedded database', () => {
    const here = scene();

    it('starts again with no person: the orphaned PostgreSQL is stopped, every acknowledged write is there', async () => {
      const { dataDir, apis } = here;
      const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
      const first = await startApiProcess(env);
      apis.push(first);
      const position = await acknowledgedWrites(first, 1, 12);

      first.child.kill('SIGKILL');
      await first.exited;
      const orphan = postmasterPid(path.join(dataDir, 'pg'));
      expect(orphan !== undefined && isAlive(orphan)).toBe(true); // what the crash left behind

      const second = await startApiProcess(env);
      apis.push(second);
      expect(isAlive(orphan!)).toBe(false);
      expect(second.output()).toContain(`stopping the PostgreSQL (pid ${orphan})`);
      await expectCasesReadable(second, 12, position);
      const health = await second.fetch('/health');
      expect(health.body.info.database).toMatchObject({ status: 'up', mode: 'embedded', process: { running: true, restarts: 0 } });

      // A live Sagsspor process on the folder is still refused, by name, and left undisturbed.
      const third = await spawnApi(env);
      apis.push(third);
      expect(await third.exited).toBe(1);
      expect(third.output()).toContain(`is in use by another running Sagsspor process`);
      expect(third.output()).toContain(`(pid ${second.child.pid})`);
      expect((await second.fetch('/health')).status).toBe(200);

      // Ctrl-C in its terminal reaches the whole group, PostgreSQL included: a clean stop, no restart.
      process.kill(-second.child.pid!, 'SIGINT');
      expect(await second.exited).toBe(0);
      expect(second.output()).not.toContain('starting it again');
      expect(postmasterPid(path.join(dataDir, 'pg'))).toBeUndefined();
    }, 60_000);
  });

  describe('PostgreSQL stopped and started under the running API', () => {
    const here = scene();

    it('answers 503 with Retry-After while it is down, heals without a restart, and loses nothing', async () => {
      const { dataDir, apis } = here;
      let database: DatabaseServer | undefined;
      here.cleanUps.push(async () => database?.stop());
      // A server the test owns (the API sees it as an external DATABASE_URL), so it can stop it.
      const pg = { dataDir, embeddedPgPort: await freePort() };
      database = await startDatabaseServer(pg);
      const api = await startApiProcess({ DATABASE_URL: database.url });
      apis.push(api);
      const before = await acknowledgedWrites(api, 1, 5);
      await expectCasesReadable(api, 5, before);

      await database.stop();
      database = undefined;
      const outage = [
        await api.fetch(`/cases/${caseNumber(1)}`),
        await api.fetch('/meetings'),
        await api.fetch(`/cases/${caseNumber(1)}?minPosition=${before}`),
        await api.fetch(`/meetings/${MEETING}/items`, {
          method: 'POST',
          key: 'during-outage',
          body: JSON.stringify({ caseNumber: caseNumber(6), itemNumber: 6, title: 'Sag nummer 6' }),
        }),
      ];
      for (const answer of outage) {
        expect({ status: answer.status, type: answer.headers.get('content-type'), retryAfter: answer.headers.get('retry-after') }).toEqual({
          status: 503,
          type: expect.stringContaining('application/problem+json'),
          retryAfter: '2',
        });
        expect(answer.body).toMatchObject({ status: 503, type: 'https://sagsspor.dk/problems/database-unavailable' });
      }
      const health = await api.fetch('/health');
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).toBe('2');
      expect(health.body.error.database).toMatchObject({ status: 'down', mode: 'external' });

      database = await startDatabaseServer(pg);
      const healed = await until(() => api.fetch(`/cases/${caseNumber(1)}`), (r) => r.status === 200, 20_000);
      expect(healed.status).toBe(200);
      expect(api.child.exitCode).toBeNull(); // the same process, never restarted
      // The write that answered 503 recorded nothing: its repeat, same Idempotency-Key, is the first to record it.
      const repeat = await api.fetch(`/meetings/${MEETING}/items`, {
        method: 'POST',
        key: 'during-outage',
        body: JSON.stringify({ caseNumber: caseNumber(6), itemNumber: 6, title: 'Sag nummer 6' }),
      });
      expect(repeat.status).toBe(201);
      // The projections resumed from their checkpoints: older and newer writes read back fresh.
      const after = await acknowledgedWrites(api, 7, 2);
      await expectCasesReadable(api, 8, after);
      expect((await api.fetch('/health')).status).toBe(200);
    }, 60_000);
  });

  describe('the embedded PostgreSQL killed under the running API', () => {
    const here = scene();

    it('is started again by the app: only 2xx or 503 meanwhile, then every acknowledged write', async () => {
      const { dataDir, apis } = here;
      const api = await startApiProcess({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
      apis.push(api);
      const position = await acknowledgedWrites(api, 1, 5);
      const pgDir = path.join(dataDir, 'pg');
      const postmaster = postmasterPid(pgDir)!;

      process.kill(postmaster, 'SIGKILL');
      const statuses = new Set<number>();
      const back = await until(
        async () => {
          const answer = await api.fetch(`/cases/${caseNumber(1)}`);
          statuses.add(answer.status);
          return answer;
        },
        (r) => r.status === 200 && postmasterPid(pgDir) !== postmaster,
        30_000,
        50,
      );
      expect(back.status).toBe(200);
      expect([...statuses].filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(api.child.exitCode).toBeNull();
      const health = await api.fetch('/health');
      expect(health.body.info.database).toMatchObject({ status: 'up', process: { running: true, restarts: 1, lastExit: 'killed by SIGKILL' } });
      const after = await acknowledgedWrites(api, 6, 1);
      await expectCasesReadable(api, 6, after);
    }, 60_000);
  });
});
