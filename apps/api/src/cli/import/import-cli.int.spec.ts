import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '#testing';
import { runImportCli } from './import-cli.js';

const DEMO = fileURLToPath(new URL('../../../../../demo/minutes/', import.meta.url));

function captureIo(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (t: string) => out.push(t) }, stderr: { isTTY, columns: 100, write: (t: string) => err.push(t) } }, out, err };
}

describe('npm run import (runImportCli on PostgreSQL)', () => {
  let database: TestDatabase;
  let folder: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url, DB_POOL_SIZE: '2' };
    folder = await mkdtemp(path.join(tmpdir(), 'sagsspor-cli-'));
    await writeFile(path.join(folder, 'tom.txt'), '');
  });
  afterAll(async () => {
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('imports a folder, prints a report per document and a summary, and fails the run for a rejected file', async () => {
    const { io, out, err } = captureIo(true);
    const code = await runImportCli([DEMO, path.join(folder, 'tom.txt')], env, io);
    const text = out.join('');
    expect(code).toBe(1);
    expect(text).toMatch(/^ballerup-ebu-2019-01-15\.txt: imported$/m);
    expect(text).toMatch(/^ballerup-ebu-2024-02-06\.txt: imported$/m);
    expect(text).toMatch(/^\s+10 {2}15\.00\.05-A00-1-19 +noted +appended +Orientering om nytteindsatsen i Ballerup Kommune$/m);
    expect(text).toMatch(/^\s+12 {2}88\.20\.04-Ø54-10-18 +closed +appended/m);
    expect(text).toMatch(/referred {2}2024-01-16 Erhvervs-, Beskæftigelses- og Uddannelsesudvalget cancelled \(items 2, 3, 4, 6, 9, 10\): appended/);
    expect(text).toMatch(/L271 +earlier-treatment-item-missing/);
    expect(text).toMatch(/^tom\.txt: rejected\n {2}! tom\.txt: the document is empty$/m);
    expect(text).toMatch(/^4 documents: 3 imported, 0 unchanged, 0 partial, 1 rejected; commands: \d+ appended, 0 duplicate/m);
    // The progress bar went to the terminal's stderr, and was cleared at the end.
    expect(err.join('')).toContain('[########################################] 4/4');
    expect(err.at(-1)).toBe('\r\u001b[2K');
    const { rows } = await database.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE metadata->>'actor' = 'importer'`);
    expect(rows[0].n).toBeGreaterThan(100);
  });

  it('a second run appends nothing and succeeds; --json prints one report per line, no bar when not a terminal', async () => {
    const { io, out, err } = captureIo(false);
    expect(await runImportCli(['--json', DEMO], env, io)).toBe(0);
    const reports = out.join('').trim().split('\n').map((line) => JSON.parse(line));
    expect(reports.map((r) => [r.document.name, r.status, r.counts.appended])).toEqual([
      ['ballerup-ebu-2019-01-15.txt', 'unchanged', 0],
      ['ballerup-ebu-2023-03-14.txt', 'unchanged', 0],
      ['ballerup-ebu-2024-02-06.txt', 'unchanged', 0],
    ]);
    expect(err.join('')).toMatch(/^3 documents: 0 imported, 3 unchanged/);
  });

  it('--municipality puts the minutes in another municipality; a contradiction with the document is rejected unless --override', async () => {
    const file = path.join(DEMO, 'ballerup-ebu-2024-02-06.txt');
    const refused = captureIo();
    expect(await runImportCli(['--json', '--municipality', 'egedal', file], env, refused.io)).toBe(1);
    expect(JSON.parse(refused.out.join('').trim()).error).toMatchObject({ code: 'caller-contradicts-document', message: expect.stringMatching(/municipality "egedal" contradicts the document's "ballerup"/) });
    const count = async () => (await database.pool.query(`SELECT count(*)::int AS n FROM es_events WHERE municipality = 'egedal'`)).rows[0].n;
    expect(await count()).toBe(0);

    const { io, out } = captureIo();
    expect(await runImportCli(['--json', '--municipality', '240', '--override', file], env, io)).toBe(0);
    expect(JSON.parse(out.join('').trim())).toMatchObject({ municipality: 'egedal', status: 'imported' });
    expect(await count()).toBeGreaterThan(50);
  });

  it('usage and configuration errors exit with 2 before touching the database', async () => {
    const { io, err } = captureIo();
    expect(await runImportCli([], env, io)).toBe(2);
    expect(err.join('')).toMatch(/name at least one file or folder/);
    expect(await runImportCli([path.join(folder, 'findes-ikke.txt')], env, io)).toBe(2);
    expect(err.join('')).toMatch(/findes-ikke\.txt: no such file or folder/);
    expect(await runImportCli([DEMO], { ...env, DB_POOL_SIZE: 'mange' }, io)).toBe(2);
    expect(err.join('')).toMatch(/DB_POOL_SIZE must be a whole number/);
  });
});
