import { createTestDatabase, type TestDatabase } from '#testing';
import { readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import { eventCount, importKit, project, type ImportKit } from './testing/import-test-kit.js';
import { withLine } from './testing/synthetic-minutes.fixture.js';

const NAME = 'ballerup-ebu-2024-02-06.txt';
const ORIGINAL = readDemoMinutes(NAME);
// Item 5's decision (line 428) and item 2's (line 155), as a republished version changes them.
const ITEM_5_APPROVED = withLine(ORIGINAL, 428, 'Indstillingen godkendt', 'Taget til efterretning');
const ITEM_2_NOTED = withLine(ORIGINAL, 155, 'Taget til efterretning med denne bemærkning:', 'Indstilles til godkendelse med denne bemærkning:');
const ITEM_5 = '24.00.00-G01-3-24';
const ITEM_2 = '24.00.00-G01-11-23';

describe('MinutesImporter: minutes republished with changes', () => {
  let database: TestDatabase;
  let kit: ImportKit;

  const corrections = async () => (await database.pool.query(`SELECT stream_id, data, metadata FROM es_events WHERE event_type = 'FactCorrected' ORDER BY global_position`)).rows;
  const status = async (caseId: string) => (await database.pool.query('SELECT status, last_outcome, deciding_body FROM proj_case_status WHERE case_id = $1', [caseId])).rows[0];
  const decided = async (caseId: string) =>
    (await database.pool.query(`SELECT outcome, text, retracted FROM proj_case_timeline WHERE case_id = $1 AND kind IN ('decided', 'recommended') ORDER BY entry`, [caseId])).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    kit = await importKit(database.pool);
    await kit.importer.importDocument(ORIGINAL, NAME, 'importer');
  });
  afterAll(async () => {
    await kit?.close();
    await database?.drop();
  });

  it('a changed decision is recorded as exactly one correction of the earlier decision, and the read models show the new outcome', async () => {
    const before = await eventCount(database.pool);
    const report = await kit.importer.importDocument(ITEM_5_APPROVED, 'ballerup-ebu-2024-02-06-rettet.txt', 'importer');
    expect(report.status).toBe('imported');
    expect(report.counts).toMatchObject({ appended: 0, corrected: 1, failed: 0 });
    expect(report.items.filter((i) => i.written !== 'duplicate').map((i) => [i.number, i.outcome, i.written])).toEqual([[5, 'approved', 'corrected']]);
    expect(await eventCount(database.pool)).toBe(before + 1);

    const [correction] = await corrections();
    const decision = (await kit.store.readStream(`ballerup/case-${ITEM_5}`)).find((e) => e.type === 'DecisionTaken')!;
    expect(correction.stream_id).toBe(`case-${ITEM_5}`);
    expect(correction.data).toEqual({
      subject: { caseId: ITEM_5 },
      targetEventId: decision.eventId,
      targetType: 'DecisionTaken',
      action: 'corrected',
      reason: 'Referatet er genudgivet med ændringer (ballerup-ebu-2024-02-06-rettet.txt)',
      changes: { outcome: 'approved', decisionText: 'Indstillingen godkendt' },
    });
    expect(correction.metadata).toMatchObject({ actor: 'importer', source: 'document:ballerup-ebu-2024-02-06-rettet.txt#L428' });

    await project(database.url, database.pool, kit.store);
    expect(await status(ITEM_5)).toMatchObject({ status: 'decided', last_outcome: 'approved' });
    expect(await decided(ITEM_5)).toEqual([{ outcome: 'approved', text: 'Indstillingen godkendt', retracted: false }]);
  });

  it('the republished version imported again adds nothing', async () => {
    const before = await eventCount(database.pool);
    const report = await kit.importer.importDocument(ITEM_5_APPROVED, 'ballerup-ebu-2024-02-06-rettet.txt', 'importer');
    expect(report).toMatchObject({ status: 'unchanged', counts: { appended: 0, corrected: 0, failed: 0 } });
    expect(await eventCount(database.pool)).toBe(before);
  });

  it('the first version imported again is a no-op: a document already imported never undoes a later correction', async () => {
    const before = await eventCount(database.pool);
    const report = await kit.importer.importDocument(ORIGINAL, NAME, 'importer');
    expect(report).toMatchObject({ status: 'unchanged', counts: { appended: 0, corrected: 0, failed: 0 } });
    expect(await eventCount(database.pool)).toBe(before);
    await project(database.url, database.pool, kit.store);
    expect(await status(ITEM_5)).toMatchObject({ status: 'decided', last_outcome: 'approved' });
  });

  it('a recommendation that became a decision: the decision is corrected and the referral to Kommunalbestyrelsen retracted', async () => {
    const report = await kit.importer.importDocument(ITEM_2_NOTED, NAME, 'importer');
    expect(report.items.find((i) => i.number === 2)).toMatchObject({ outcome: 'noted', written: 'corrected' });
    const [correction, retraction] = (await corrections()).slice(-2).sort((a, b) => a.data.action.localeCompare(b.data.action));
    expect(correction.data).toMatchObject({ action: 'corrected', targetType: 'DecisionTaken', changes: { outcome: 'noted', decisionText: expect.stringMatching(/^Taget til efterretning med denne bemærkning:/) } });
    expect(retraction.data).toMatchObject({ action: 'retracted', targetType: 'ItemReferred' });
    await project(database.url, database.pool, kit.store);
    expect(await status(ITEM_2)).toMatchObject({ status: 'decided', last_outcome: 'noted' });
    expect(await decided(ITEM_2)).toEqual([
      { outcome: 'noted', text: expect.stringMatching(/^Taget til efterretning/), retracted: false },
      expect.objectContaining({ retracted: true }),
    ]);
  });
});

describe('MinutesImporter: a republished item with a new title and a changed decision', () => {
  let database: TestDatabase;
  let kit: ImportKit;
  const RETITLED = withLine(ITEM_5_APPROVED, 363, '# Punkt 5: Virksomhedsændringer i Ballerup Kommune i 4. kvartal 2023 (rettet)', '# Punkt 5: Virksomhedsændringer i Ballerup Kommune i 4. kvartal 2023');

  beforeAll(async () => {
    database = await createTestDatabase();
    kit = await importKit(database.pool);
    await kit.importer.importDocument(ORIGINAL, NAME, 'importer');
  });
  afterAll(async () => {
    await kit?.close();
    await database?.drop();
  });

  it('corrects the presentation, then still records the item\'s other facts: its decision is corrected too', async () => {
    const report = await kit.importer.importDocument(RETITLED, 'ballerup-ebu-2024-02-06-rettet.txt', 'importer');
    expect(report.items.find((i) => i.number === 5)).toMatchObject({ written: 'corrected', outcome: 'approved' });
    const { rows } = await database.pool.query(`SELECT data FROM es_events WHERE event_type = 'FactCorrected' AND stream_id = $1 ORDER BY global_position`, [`case-${ITEM_5}`]);
    expect(rows.map((r) => [r.data.targetType, r.data.changes])).toEqual([
      ['ItemPresented', { title: 'Virksomhedsændringer i Ballerup Kommune i 4. kvartal 2023 (rettet)' }],
      ['DecisionTaken', { outcome: 'approved', decisionText: 'Indstillingen godkendt' }],
    ]);
    await project(database.url, database.pool, kit.store);
    const { rows: status } = await database.pool.query('SELECT title, status, last_outcome FROM proj_case_status WHERE case_id = $1', [ITEM_5]);
    expect(status).toEqual([{ title: 'Virksomhedsændringer i Ballerup Kommune i 4. kvartal 2023 (rettet)', status: 'decided', last_outcome: 'approved' }]);
  });
});
