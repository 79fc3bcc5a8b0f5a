// Two BUILT checkouts timed stage by stage in ONE process, for speed work on a loaded machine:
// `node --no-allocation-site-pretenuring --max-semi-space-size=32 scripts/dev/stage-ab.mjs <base root> <new root>`.
// Both parsers are loaded (each its own module instances, memos and compiled code) and each stage runs over the same
// bench documents for A and B in alternation, R rounds (default 7), timed by the process's CPU time (time spent waiting
// for a core is not counted). Prints per stage the minimum ms per document of A and B, their medians and B/A.
// Under load a stage whose code did not change still reads B/A 0.94-1.06: a change shows only beyond that.
// A stage's input is what the pipeline gives it only for `stripNoise` (the unglued lines), `spans`, `head` and `whole`;
// the other pre-passes each read the split source lines (their cost there is what every document pays to be told it
// holds nothing of theirs). ONLY=<stage,...> narrows, EVERY=N takes every Nth document, FAMILY= one family.
import { pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const roots = process.argv.slice(2, 4).map((root) => resolve(root));
if (roots.length !== 2) throw new Error('usage: stage-ab.mjs <base root> <new root>');

async function stagesOf(root) {
  const load = (path) => import(pathToFileURL(resolve(root, 'dist/libs/minutes/src/parser', path)).href);
  const { parseMinutes } = await load('parse-minutes.js');
  const { writtenText } = await load('prepass/written-text.js');
  const { withFourDigitYears } = await load('prepass/two-digit-years.js');
  const { splitSourceLines, traitsOf } = await load('source-line.js');
  const { findSourceUrl, parseMeetingHead } = await load('meeting-head.parser.js');
  const { glueTraitsOf, unglueLines } = await load('prepass/unglue.js');
  const { stripNoise } = await load('prepass/strip-noise.js');
  const { findItemSpans } = await load('item-spans.js');
  const { WarningCollector } = await load('warning-collector.js');
  const passes = {};
  for (const [file, name] of [['delimited-table', 'readDelimitedTable'], ['mail-message', 'readMailMessage'], ['one-entry-lists', 'numberOneEntryLists'], ['markdown-export', 'readMarkdownExport'], ['colon-margin-labels', 'readColonMarginLabels'], ['segment-pages', 'segmentTranscribedPages'], ['definition-list', 'readDefinitionListItems'], ['decision-one-liners', 'readDecisionOneLiners'], ['outline-sections', 'readOutlineSections'], ['tab-table', 'readTabTables'], ['cell-table', 'readCellTables'], ['margin-labels', 'readMarginLabels']]) {
    passes[name] = (await load(`prepass/${file}.js`))[name];
  }
  // The modules are loaded before any document is made (see below); the stages are made for the documents given.
  return (documents) => {
  const inputs = documents.map((document) => {
    const written = withFourDigitYears(writtenText(document.text));
    const traits = traitsOf(written, true);
    const source = splitSourceLines(written, traits);
    const glue = glueTraitsOf(written, traits);
    const unglued = unglueLines(passes.readMarginLabels(source, traits), glue);
    const cleaned = stripNoise(unglued);
    const firstHeading = findItemSpans(cleaned.lines, cleaned.contentsTitles, new WarningCollector()).spans[0]?.headingIndex ?? cleaned.lines.length;
    return { document, written, traits, source, glue, unglued, cleaned, firstHeading };
  });
  const stages = {
    written: (s) => withFourDigitYears(writtenText(s.document.text)),
    traits: (s) => traitsOf(s.written, true),
    split: (s) => splitSourceLines(s.written, s.traits),
    sourceUrl: (s) => findSourceUrl(s.source),
    delimited: (s) => passes.readDelimitedTable(s.source),
    mail: (s) => passes.readMailMessage(s.source),
    oneEntry: (s) => passes.numberOneEntryLists(s.source),
    markdown: (s) => passes.readMarkdownExport(s.source),
    colonMargin: (s) => passes.readColonMarginLabels(s.source, s.traits),
    segment: (s) => passes.segmentTranscribedPages(s.source),
    definitionList: (s) => passes.readDefinitionListItems(s.source),
    oneLiners: (s) => passes.readDecisionOneLiners(s.source),
    outline: (s) => passes.readOutlineSections(s.source),
    tab: (s) => passes.readTabTables(s.source),
    cell: (s) => passes.readCellTables(s.source),
    margin: (s) => passes.readMarginLabels(s.source, s.traits),
    glueTraits: (s) => glueTraitsOf(s.written, s.traits),
    unglue: (s) => unglueLines(s.source, s.glue),
    stripNoise: (s) => stripNoise(s.unglued),
    spans: (s) => findItemSpans(s.cleaned.lines, s.cleaned.contentsTitles, new WarningCollector()),
    head: (s) => parseMeetingHead(s.cleaned.lines.slice(0, s.firstHeading), new WarningCollector()),
    whole: (s) => parseMinutes(s.document.text, s.document.name),
  };
  return Object.fromEntries(Object.entries(stages).map(([name, stage]) => [name, () => { for (const s of inputs) stage(s); }]));
  };
}

// The documents are made by the base's code in a child process, so both builds read the same texts: where this
// process made them (growing each fixture with a parse of it), the build loaded second ran its stages 2-7 times slower,
// whichever build that was (cause not found; not the strings' form: a copy through JSON was as slow).
const made = join(mkdtempSync(join(tmpdir(), 'stage-ab-')), 'documents.json');
const maker = `import { writeFileSync } from 'node:fs'; const { benchDocuments } = await import(${JSON.stringify(pathToFileURL(resolve(roots[0], 'dist/libs/minutes/src/layouts/bench-documents.js')).href)}); writeFileSync(${JSON.stringify(made)}, JSON.stringify(benchDocuments('one-meeting')));`;
execFileSync(process.execPath, ['--input-type=module', '-e', maker], { stdio: 'inherit' });
let documents = JSON.parse(readFileSync(made, 'utf8'));
rmSync(dirname(made), { recursive: true });
const prepare = [await stagesOf(roots[0]), await stagesOf(roots[1])];
if (process.env.FAMILY) documents = documents.filter((d) => d.family === process.env.FAMILY);
if (process.env.EVERY) documents = documents.filter((_, index) => index % Number(process.env.EVERY) === 0);
const [a, b] = prepare.map((stages) => stages(documents));
const only = process.env.ONLY?.split(',');
const R = Number(process.env.R ?? 7);
const cpuMs = (run) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const perDocument = (ms) => ms / documents.length;
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const name of Object.keys(a)) {
  if (only && !only.includes(name)) continue;
  a[name]();
  b[name]();
  const timesA = [];
  const timesB = [];
  // Alternating which build goes first, so that neither always runs after the other's garbage.
  for (let round = 0; round < R; round++) {
    if (round % 2 === 0) { timesA.push(cpuMs(a[name])); timesB.push(cpuMs(b[name])); }
    else { timesB.push(cpuMs(b[name])); timesA.push(cpuMs(a[name])); }
  }
  const [minA, minB] = [Math.min(...timesA), Math.min(...timesB)];
  console.log(`${name.padEnd(15)} A ${perDocument(minA).toFixed(3)}  B ${perDocument(minB).toFixed(3)}  medians ${perDocument(median(timesA)).toFixed(3)} ${perDocument(median(timesB)).toFixed(3)}  B/A ${(minB / minA).toFixed(3)}`);
}
console.log(`documents ${documents.length}, rounds ${R}`);
