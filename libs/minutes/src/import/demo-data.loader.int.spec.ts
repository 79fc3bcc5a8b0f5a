import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '#testing';
import { DEMO_MINUTES, DEMO_MINUTES_DIR, readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import { importDemoMinutesIfEmpty } from './demo-data.loader.js';
import { eventCount, importKit, type ImportKit } from './testing/import-test-kit.js';

describe('importDemoMinutesIfEmpty', () => {
  let database: TestDatabase;
  let kit: ImportKit;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    kit = await importKit(database.pool);
    // The bundled minutes plus a file that is not minutes, and one that is not a .txt/.md file.
    folder = await mkdtemp(path.join(tmpdir(), 'sagsspor-demo-'));
    for (const name of DEMO_MINUTES) await writeFile(path.join(folder, name), readDemoMinutes(name));
    await writeFile(path.join(folder, '0-tom.txt'), '');
    await writeFile(path.join(folder, 'README'), 'not minutes');
  });
  afterAll(async () => {
    await kit?.close();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('imports every minutes file of the folder into an empty store; a bad file is reported, not fatal', async () => {
    const log: string[] = [];
    const result = await importDemoMinutesIfEmpty(kit.importer, kit.store, folder, { log: (m) => log.push(m) });
    expect(result.imported).toBe(true);
    expect(result.reports.map((r) => [r.document.name, r.status])).toEqual(DEMO_MINUTES.map((name) => [name, 'imported']));
    expect(result.failures).toEqual([{ file: '0-tom.txt', error: expect.stringMatching(/empty/) }]);
    expect(log).toHaveLength(4);
    const { rows } = await database.pool.query(`SELECT DISTINCT metadata->>'actor' AS actor FROM es_events`);
    expect(rows).toEqual([{ actor: 'demo-data' }]);
  });

  it('does nothing once the store holds anything', async () => {
    const before = await eventCount(database.pool);
    expect(before).toBeGreaterThan(0);
    expect(await importDemoMinutesIfEmpty(kit.importer, kit.store, DEMO_MINUTES_DIR)).toEqual({ imported: false, reports: [], failures: [] });
    expect(await eventCount(database.pool)).toBe(before);
  });
});
