import { createTestDatabase } from '#testing';
import { DEMO_MINUTES, readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import { caseReadModels, importKit, project } from './testing/import-test-kit.js';
import { EBU_2023_01_17 } from './testing/synthetic-minutes.fixture.js';

/**
 * Property: the order in which minutes arrive never changes what a reader sees. The three bundled
 * documents and the meeting of 2023-01-17 they refer back to (so one meeting is reached both as an
 * agenda and as references, and a case appears in two documents) are imported in every order, each
 * order on a fresh database, and every case's status and timeline rows must be the same.
 */
const DOCUMENTS = [...DEMO_MINUTES.map((name) => ({ name, text: readDemoMinutes(name) })), EBU_2023_01_17];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

async function readModelsAfterImporting(order: readonly (typeof DOCUMENTS)[number][]) {
  const database = await createTestDatabase({ poolSize: 4 });
  const kit = await importKit(database.pool);
  try {
    for (const { name, text } of order) {
      const report = await kit.importer.importDocument(text, name, 'importer');
      expect({ name, status: report.status }).toEqual({ name, status: 'imported' });
    }
    await project(database.url, database.pool, kit.store);
    return await caseReadModels(database.pool);
  } finally {
    await kit.close();
    await database.drop();
  }
}

describe('importing minutes in any order gives the same read models', () => {
  const orders = permutations(DOCUMENTS);
  let reference: Awaited<ReturnType<typeof readModelsAfterImporting>>;

  beforeAll(async () => {
    reference = await readModelsAfterImporting(orders[0]!);
  });

  it('the reference order already shows the cross-document facts the other orders must reproduce', () => {
    // 9 cases in 2019, 10 in 2023-03 (one has two items), 13 in 2024; those of 2023-01-17 all come back later.
    expect(reference.status).toHaveLength(32);
    // Seen at 2023-01-17 both as an agenda item (synthetic minutes) and as an earlier treatment (2024).
    const nytte = reference.timeline.filter((r) => r.case_id === '15.00.05-A00-1-19').map((r) => [r.date, r.kind]);
    expect(nytte).toEqual(expect.arrayContaining([['2023-01-17', 'presented'], ['2023-01-17', 'decided'], ['2023-01-17', 'referenced'], ['2024-01-16', 'cancelled'], ['2024-02-06', 'decided']]));
    expect(reference.status.find((r) => r.case_id === '15.00.05-A00-1-19')).toMatchObject({ status: 'decided', last_outcome: 'noted', postponements: 1, first_presented: '2023-01-17' });
  });

  it.each(orders.slice(1).map((order) => [order.map((d) => d.name.replace(/^ballerup-ebu-|\.txt$/g, '')).join(' → '), order] as const))('%s', async (_, order) => {
    expect(await readModelsAfterImporting(order)).toEqual(reference);
  });
});
