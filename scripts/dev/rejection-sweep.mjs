// Which texts does the import refuse, and does any of them name its committee and date? Issue 12's acceptance: "no
// document rejected that names its committee and date anywhere in its text". `node scripts/dev/rejection-sweep.mjs [root]`
// (a BUILT root) runs the import's own acceptance decision (`planDocument`, what POST /imports decides before it writes)
// over every text the team has: the layout fixtures, each rendering (two seeds), perturbed copies under every
// perturbation and artefact kind (two seeds), the unknown-style rewrites (heads, headings, attendance, case numbers,
// closed items and noise, decisions, formats), the bench documents (both styles, three seeds) and the real probe
// documents outside the repository (/work/wt/_probe{5,6,7}/docs, when present; their text is read, never printed).
// Whether a refused text names both: the golden for anything made from a fixture (every golden has both), the probe's
// hand counts (counts.tsv) for a real document.
// (`unjudged`: texts made from a fixture that no longer print its date, and probe documents without a hand count.)
// Measured (49,934 texts, two cores under load, ~15-30 min): main 42b147b refused 47, 36 of them naming both (35 by
// the date check below); s23-rej refused 12, none naming both (11 probe documents that do not, 1 rewrite that lost its date).
// Prints per source the texts, the refusals and those naming both, grouped by cause; LIST=1 lists every refusal naming
// both (LIMIT per cause, 20 by default), SOURCE=<part> narrows the sources, JSON=<file> writes the refusals.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist', path)).href);
const { planDocument } = await load('libs/minutes/src/import/planned-document.js');
const { parseMinutes } = await load('libs/minutes/src/parser/parse-minutes.js');
const fixtures = await load('libs/minutes/src/fixtures/index.js');
const { benchDocuments } = await load('libs/minutes/src/layouts/bench-documents.js');
const { LAYOUT_FIXTURES, RENDERING_KINDS, renderFixture, PERTURBATION_KINDS, ARTEFACT_KINDS, perturbFixture } = fixtures;

/** The unknown-style rewrites: module, its list of styles, its rewrite (fixture, style, seed) -> fixture | undefined. */
const STYLE_REWRITES = [
  ['head', 'unknown-head-styles.js', 'UNKNOWN_HEAD_STYLES', 'rewriteHead'],
  ['heading', 'unknown-heading-styles.js', 'UNKNOWN_HEADING_STYLES', 'rewriteHeadings'],
  ['attendance', 'unknown-attendance-styles.js', 'UNKNOWN_ATTENDANCE_STYLES', 'rewriteAttendance'],
  ['case-number', 'unknown-case-number-styles.js', 'UNKNOWN_CASE_NUMBER_STYLES', 'rewriteCaseNumbers'],
  ['closed-noise', 'unknown-closed-and-noise-styles.js', 'UNKNOWN_CLOSED_AND_NOISE_STYLES', 'rewriteClosedAndNoise'],
  ['decision', 'unknown-decision-styles.js', 'UNKNOWN_DECISION_STYLES', 'rewriteDecisions'],
  ['format', 'unknown-format-styles.js', 'UNKNOWN_FORMAT_STYLES', 'convertFormat'],
];

const only = process.env.SOURCE;
const PROBES = ['/work/wt/_probe5', '/work/wt/_probe6', '/work/wt/_probe7'];

/** The hand counts of a probe: name -> does the text name its committee, its date. */
function probeJudgements(dir) {
  const judged = new Map();
  const file = join(dir, 'counts.tsv');
  if (!existsSync(file)) return judged;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, , body, date] = line.split('\t');
    judged.set(name, { body: body === 'y', date: date === 'y' });
  }
  return judged;
}

const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * Whether a text made from a fixture still prints the golden's date in some form (a rewrite can drop the one line that
 * dated the meeting, e.g. the `Source URL:` of a head-less text): the day and month (name, stem or number) with the year,
 * ISO, or as an address's slug. A text that does not is not counted as naming both (`[not judged]`).
 */
function printsDate(text, iso) {
  const [yyyy, mm, dd] = iso.split('-');
  const d = Number(dd);
  const m = Number(mm);
  const flat = text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '').replace(/\s+/gu, ' ').toLowerCase();
  // (OCR reads a day's `1` as `l` or `I`: `l1. maj 2004`.)
  const day = String(d).replace(/1/gu, '[1li]');
  const forms = [
    new RegExp(`(?<!\\d)0?${day}\\.? ?${MONTH_STEMS[m - 1]}[\\p{L} -]{0,12}${yyyy}`, 'u'),
    new RegExp(`(?<!\\d)0?${d} ?[-./] ?0?${m} ?[-./ ] ?(?:${yyyy}|${yyyy.slice(2)}(?!\\d))`, 'u'),
    new RegExp(`${yyyy}-${mm}-${dd}`, 'u'),
  ];
  return forms.some((form) => form.test(flat));
}

/** A text made from fixture `f`: named both by the golden, if it still prints the date (else undefined: not judged). */
const judged = (text, f) => (printsDate(text, f.golden.date) ? true : undefined);

/** Every source: its name and a generator of its texts { name, label, text, namesBoth }. */
function sources() {
  const list = [
    ['fixtures', function* () {
      for (const f of LAYOUT_FIXTURES) yield { name: f.name, label: f.name, text: f.text, namesBoth: judged(f.text, f) };
    }],
    ['renderings', function* () {
      for (const kind of RENDERING_KINDS) for (const seed of [1, 2]) for (const f of LAYOUT_FIXTURES) {
        const text = renderFixture(f, kind, seed);
        yield { name: f.name, label: `${f.name} ${kind}#${seed}`, text, namesBoth: judged(text, f) };
      }
    }],
    ['perturbed', function* () {
      for (const kind of [...PERTURBATION_KINDS, ...ARTEFACT_KINDS]) for (const seed of [1, 2]) for (const f of LAYOUT_FIXTURES) {
        const text = perturbFixture(f, { kinds: [kind], seed });
        yield { name: f.name, label: `${f.name} ${kind}#${seed}`, text, namesBoth: judged(text, f) };
      }
    }],
    ...STYLE_REWRITES.map(([source, module, styleList, rewrite]) => [`styles-${source}`, async function* () {
      const styles = await load(`libs/minutes/src/fixtures/${module}`);
      for (const style of styles[styleList]) for (const f of LAYOUT_FIXTURES) {
        const rewritten = styles[rewrite](f, style, 1);
        if (rewritten) yield { name: f.name, label: `${f.name} ${style}`, text: rewritten.text, namesBoth: judged(rewritten.text, f) };
      }
    }]),
    ...['one-meeting', 'repeated'].map((style) => [`bench-${style}`, function* () {
      const golden = new Map(LAYOUT_FIXTURES.map((f) => [f.name, f]));
      for (const d of benchDocuments(style)) yield { name: d.name, label: `${d.name} #${d.seed}`, text: d.text, namesBoth: judged(d.text, golden.get(d.name)) };
    }]),
    ...PROBES.filter((dir) => existsSync(join(dir, 'docs'))).map((dir) => [`probe-${dir.replace(/.*_probe/u, '')}`, function* () {
      const judged = probeJudgements(dir);
      for (const name of readdirSync(join(dir, 'docs')).filter((file) => file.endsWith('.txt')).sort()) {
        const judgement = judged.get(name);
        yield { name, label: name, text: readFileSync(join(dir, 'docs', name), 'utf8'), namesBoth: judgement ? judgement.body && judgement.date : undefined };
      }
    }]),
  ];
  return list.filter(([source]) => !only || source.includes(only));
}

async function* texts() {
  for (const [source, generate] of sources()) for await (const text of generate()) yield { source, ...text };
}

/** What the refusal lacked, in words: the import's code, and for a meeting not read which part of it. */
function causeOf(error, text, name) {
  if (error.code !== 'meeting-unknown' && error.code !== 'no-items') return error.code;
  let meeting;
  try {
    meeting = parseMinutes(text, name).meeting;
  } catch {
    return error.code;
  }
  const missing = [!meeting.body && 'committee', !meeting.date && 'date'].filter(Boolean);
  return missing.length > 0 ? `${error.code} (no ${missing.join(', no ')})` : error.code;
}

const limit = Number(process.env.LIMIT ?? 20);
const tallies = new Map();
const refusals = [];
const started = Date.now();
for await (const t of texts()) {
  const tally = tallies.get(t.source) ?? { texts: 0, unjudged: 0, rejected: 0, namingBoth: 0, causes: new Map() };
  tallies.set(t.source, tally);
  tally.texts++;
  if (t.namesBoth === undefined) tally.unjudged++;
  try {
    planDocument(t.text, t.name, createHash('sha256').update(t.text, 'utf8').digest('hex'), 'sweep', {}, 'default');
  } catch (error) {
    if (error?.name !== 'ImportRejected') throw error;
    const cause = causeOf(error, t.text, t.name);
    tally.rejected++;
    if (t.namesBoth) tally.namingBoth++;
    const key = `${cause}${t.namesBoth ? '' : t.namesBoth === false ? ' [does not name both]' : ' [not judged]'}`;
    tally.causes.set(key, (tally.causes.get(key) ?? 0) + 1);
    refusals.push({ source: t.source, label: t.label, code: error.code, cause, namesBoth: t.namesBoth ?? null, message: error.message });
  }
}

const total = { texts: 0, unjudged: 0, rejected: 0, namingBoth: 0 };
console.log(`${'source'.padEnd(22)} ${'texts'.padStart(6)} ${'unjudged'.padStart(9)} ${'refused'.padStart(8)} ${'naming both'.padStart(12)}`);
for (const [source, tally] of tallies) {
  for (const key of Object.keys(total)) total[key] += tally[key];
  console.log(`${source.padEnd(22)} ${String(tally.texts).padStart(6)} ${String(tally.unjudged).padStart(9)} ${String(tally.rejected).padStart(8)} ${String(tally.namingBoth).padStart(12)}`);
  for (const [cause, count] of [...tally.causes].sort((a, b) => b[1] - a[1])) console.log(`    ${String(count).padStart(5)}  ${cause}`);
}
console.log(`${'total'.padEnd(22)} ${String(total.texts).padStart(6)} ${String(total.unjudged).padStart(9)} ${String(total.rejected).padStart(8)} ${String(total.namingBoth).padStart(12)}   (${((Date.now() - started) / 1000).toFixed(0)} s)`);

if (process.env.LIST) {
  const byCause = new Map();
  for (const refusal of refusals.filter((r) => r.namesBoth)) byCause.set(refusal.cause, [...(byCause.get(refusal.cause) ?? []), refusal]);
  for (const [cause, list] of byCause) {
    console.log(`\n${cause}: ${list.length}`);
    for (const refusal of list.slice(0, limit)) console.log(`  ${refusal.source.padEnd(20)} ${refusal.label}`);
  }
}
if (process.env.JSON) writeFileSync(process.env.JSON, `${JSON.stringify(refusals, null, 1)}\n`);
