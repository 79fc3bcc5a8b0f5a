// Scores a BUILT checkout on a real-minutes probe the way issue 12 accepts it: each text imported through a running
// service's `POST /imports` and its facts read back through the REST API (the meeting, each case's status and
// timeline), then scored against the probe's golden sheets. score-probe.mjs scores the parser's own output; this one
// also counts what the mapper, the commands and the projections keep, and prints both per document so a fact lost
// between the parser and the read models shows as a difference.
// `node scripts/dev/score-probe-api.mjs <root> <probe-dir>`: starts `<root>/dist/apps/api/src/main.js` on a fresh
// embedded PostgreSQL in a temp folder (PORT / EMBEDDED_PG_PORT, default 3699 / 5699), imports every docs/<name>.txt
// (with the address in `<probe-dir>/addresses.json` as `sourceUrl`), reads back, scores, stops the service.
// DOC=<part> narrows the documents; SHOW=1 lists the facts lost between parser and API; DUMP=1 prints each import
// report and what was read back.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { probeDocuments } from './probe-dir.mjs';

const root = resolve(process.argv[2] ?? '.');
const probe = resolve(process.argv[3] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { planDocument } = await load('libs/minutes/src/import/planned-document.js');
const { parsedAsActual } = await load('libs/minutes/src/layouts/parsed-as-actual.js');
// A root older than the shared read-back (session 31) is read back with this checkout's own (built) one.
const readBackModule = 'libs/minutes/src/layouts/read-back-through-api.js';
const { readBackThroughApi, formerMunicipalityOf } = existsSync(resolve(root, 'dist', readBackModule))
  ? await load(readBackModule)
  : await import(new URL(`../../dist/${readBackModule}`, import.meta.url).href);
const { scoreFacts } = await load('libs/minutes/src/fixtures/score-facts.js');

const port = Number(process.env.PORT ?? 3699);
const token = 'probe-clerk-token-0123456789abcdef';
const baseUrl = `http://127.0.0.1:${port}`;
const documents = probeDocuments(probe);

const dataDir = mkdtempSync(join(tmpdir(), 'score-probe-api-'));
// The embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to create its folder.
chmodSync(dataDir, 0o777);
// No DATABASE_URL: the service starts its own embedded server.
const { DATABASE_URL: _other, ...inherited } = process.env;
const service = spawn(process.execPath, ['--max-semi-space-size=32', join(root, 'dist/apps/api/src/main.js')], {
  cwd: root,
  env: {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dataDir, 'data'),
    EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT ?? '5699',
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
    API_TOKENS: `probe:clerk:${token}`,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stopped = new Promise((done) => service.once('exit', done));

try {
  await waitForHealth();
  const sum = () => ({ found: 0, total: 0 });
  const totals = { parser: sum(), api: sum() };
  const refusals = [];
  for (const { name, golden, text, sourceUrl } of documents) {
    const parser = scoreFacts(golden, parsedActual(name, text, sourceUrl));
    const query = new URLSearchParams({ name: `${name}.txt`, ...(sourceUrl ? { sourceUrl } : {}) });
    const response = await fetch(`${baseUrl}/imports?${query}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain; charset=utf-8' }, body: text });
    const body = await response.json();
    let actual = {};
    if (response.status === 200 || response.status === 201) {
      actual = await readBackThroughApi(getJson, body.meeting.meetingId, body.municipality, formerMunicipalityOf(body.warnings));
      if (process.env.DUMP) console.log(JSON.stringify({ report: body, readBack: actual }, null, 1));
    } else {
      if (response.status >= 500) throw new Error(`${name}: POST /imports answered ${response.status}: ${JSON.stringify(body)}`);
      refusals.push({ name, namesBoth: golden.namesBoth !== false, status: response.status, detail: body.detail ?? body.title });
    }
    const api = scoreFacts(golden, actual);
    for (const [key, score] of [['parser', parser], ['api', api]]) {
      totals[key].found += score.found;
      totals[key].total += score.total;
    }
    const lost = parser.found - api.found;
    console.log(`${name.padEnd(60)} api ${String(api.found).padStart(4)}/${String(api.total).padEnd(4)} parser ${String(parser.found).padStart(4)}${lost ? `  (${lost > 0 ? 'lost' : 'gained'} ${Math.abs(lost)})` : ''}`);
    if (process.env.SHOW && lost) showLost(parser, api);
  }
  const percent = (t) => (t.total === 0 ? '-' : `${((100 * t.found) / t.total).toFixed(1)}%`);
  console.log(`API     ${totals.api.found}/${totals.api.total} (${percent(totals.api)}) over ${documents.length} documents`);
  console.log(`PARSER  ${totals.parser.found}/${totals.parser.total} (${percent(totals.parser)})`);
  const namingBoth = refusals.filter((refusal) => refusal.namesBoth);
  console.log(`REFUSED ${refusals.length} of ${documents.length}, naming committee and date: ${namingBoth.length}`);
  for (const refusal of refusals) console.log(`  ${refusal.name}${refusal.namesBoth ? ' [names both]' : ''}: ${refusal.status} ${refusal.detail}`);
} finally {
  service.kill('SIGTERM');
  await stopped;
  rmSync(dataDir, { recursive: true, force: true });
}

function parsedActual(name, text, sourceUrl) {
  try {
    const { parsed } = planDocument(text, `${name}.txt`, createHash('sha256').update(text, 'utf8').digest('hex'), 'probe', sourceUrl ? { sourceUrl } : {}, 'default');
    return parsedAsActual(parsed);
  } catch (error) {
    if (error?.name !== 'ImportRejected') throw error;
    return {};
  }
}

async function getJson(path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (service.exitCode !== null) throw new Error(`the service exited (${service.exitCode}) before it was healthy`);
    const healthy = await fetch(`${baseUrl}/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error('the service was not healthy within 120 s');
}

function showLost(parser, api) {
  for (const [category, tally] of Object.entries(api.categories)) {
    const parsedMisses = new Set(parser.categories[category].misses.map((miss) => miss.fact));
    for (const miss of tally.misses) if (!parsedMisses.has(miss.fact)) console.log(`    ${category} ${JSON.stringify(miss)}`);
  }
}
