import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FixedClock } from '#cases';
import { PostgresEventStore } from '#event-store';
import { allProjections, ProjectionRunner } from '#projections';
import { createStandaloneImporter, generateVariants, parseMinutes, type ImportReport, type MinutesDocument } from '#minutes';
import type { BenchDatabase } from './bench-database.js';
import { percentile, progress, round } from './measure.js';

// From dist/bench/ or bench/: the repository's demo folder either way.
const DEMO = fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../../demo/minutes/' : '../demo/minutes/', import.meta.url));
const SOURCES = ['ballerup-ebu-2019-01-15.txt', 'ballerup-ebu-2023-03-14.txt', 'ballerup-ebu-2024-02-06.txt'];
const KB_50 = 50 * 1024;
/** The target: a 50 KB referat parsed and imported in under this. */
const TARGET_MS_PER_50KB = 50;

interface Timing {
  ms: number;
  bytes: number;
}

function summary(timings: Timing[], elapsedMs: number) {
  const ms = timings.map((t) => t.ms).sort((a, b) => a - b);
  const per50 = timings.map((t) => (t.ms * KB_50) / t.bytes).sort((a, b) => a - b);
  const bytes = timings.reduce((sum, t) => sum + t.bytes, 0);
  return {
    p50MsPerDocument: round(percentile(ms, 50), 3),
    p95MsPerDocument: round(percentile(ms, 95), 3),
    msPer50KB: round((elapsedMs * KB_50) / bytes, 3),
    p95MsPer50KB: round(percentile(per50, 95), 3),
    documentsPerSecond: round((timings.length * 1000) / elapsedMs, 1),
  };
}

/**
 * Parse time and parse+import time per document, over a corpus of variants of the bundled minutes
 * (generateVariants: shifted dates, renumbered items and cases, other heading styles), imported one
 * after the other into the benchmark database through the real importer, command bus and store.
 */
export async function importBench(db: BenchDatabase, documents = Number(process.env.BENCH_DOCUMENTS ?? 1000)) {
  const sources: MinutesDocument[] = SOURCES.map((name) => ({ name, text: readFileSync(`${DEMO}${name}`, 'utf8') }));
  const corpus = generateVariants(sources, { count: documents, seed: 2024 });
  const sizes = corpus.map((d) => Buffer.byteLength(d.text, 'utf8'));
  progress(`import: ${corpus.length} documents, ${round(sizes.reduce((a, b) => a + b, 0) / 2 ** 20, 1)} MiB`);

  // Warm-up: the first parses pay for JIT compilation of the parser's regular expressions.
  for (const d of corpus.slice(0, 20)) parseMinutes(d.text, d.name);
  const parse: Timing[] = [];
  let started = performance.now();
  for (const [index, d] of corpus.entries()) {
    const t0 = performance.now();
    parseMinutes(d.text, d.name);
    parse.push({ ms: performance.now() - t0, bytes: sizes[index]! });
  }
  const parseElapsed = performance.now() - started;

  const store = new PostgresEventStore(db.pool);
  // Variants' dates are shifted up to ~8 years either way: a clock after all of them keeps every decision in the past.
  const importer = await createStandaloneImporter(store, new FixedClock(new Date('2040-01-01T00:00:00Z')));
  const before = Number((await db.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
  const imports: Timing[] = [];
  const statuses: Record<string, number> = {};
  let commands = 0;
  let importElapsed = Number.NaN;
  let catchUpElapsed = Number.NaN;
  try {
    started = performance.now();
    for (const [index, d] of corpus.entries()) {
      const t0 = performance.now();
      const report: ImportReport = await importer.importer.importDocument(d.text, d.name, 'bench');
      imports.push({ ms: performance.now() - t0, bytes: sizes[index]! });
      statuses[report.status] = (statuses[report.status] ?? 0) + 1;
      commands += report.counts.commands;
      if ((index + 1) % 100 === 0) progress(`import: ${index + 1}/${corpus.length}`);
    }
    importElapsed = performance.now() - started;
  } finally {
    await importer.close();
  }
  // How long until the import is readable: the projections start only now (so the import above is
  // timed alone) and catch up on all of it; import + catch-up is at worst what a reader waits.
  progress('import: projections catching up on it');
  const runner = new ProjectionRunner(db.url, db.pool, store, allProjections(), { pollIntervalMs: 50 });
  const catchUpStarted = performance.now();
  runner.start();
  try {
    await runner.caughtUp();
    catchUpElapsed = performance.now() - catchUpStarted;
  } finally {
    await runner.stop();
  }
  const events = Number((await db.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n) - before;
  const endToEnd = summary(imports, importElapsed);

  return {
    documents: corpus.length,
    averageDocumentKB: round(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024, 1),
    parse: summary(parse, parseElapsed),
    parseAndImport: { ...endToEnd, commandsPerDocument: round(commands / corpus.length, 1), eventsWritten: events, statuses },
    // Every projection at the head: (import + catch-up) / import, target at most 2.
    projectionsAtHead: {
      importSeconds: round(importElapsed / 1000),
      catchUpSeconds: round(catchUpElapsed / 1000),
      ratioToImport: round((importElapsed + catchUpElapsed) / importElapsed),
      target: 2,
    },
    targetMsPer50KB: TARGET_MS_PER_50KB,
    meetsTarget: endToEnd.p95MsPer50KB < TARGET_MS_PER_50KB,
  };
}
