// Lines stored two bytes a character though they hold no character past Latin-1, in a BUILT checkout:
// `node --allow-natives-syntax scripts/dev/two-byte-lines.mjs [root]`. V8 stores a string made from a two-byte string
// (a slice, a `replace`, a join) two-byte, and Unicode patterns search such a line many times slower (see
// `one-byte-runs.ts`). For each bench document (one-meeting copies, SEED= default 0) whose text holds a character past
// Latin-1, the text is read as `parseMinutes` reads it up to the end of the pre-passes (`stripNoise`) and its lines are
// counted: those that hold such a character (two-byte whatever is done) and those stored two-byte without one (what a
// pass could store one byte a character). The storage is told by V8's string maps (`%HaveSameMap` against strings of
// each two-byte kind), hence the flag. DOC= narrows by name; the documents with such lines are listed.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const load = (path) => import(pathToFileURL(resolve(root, 'dist/libs/minutes/src', path)).href);
const sample = '–' + 'abcdefghij'.repeat(10);
const twoByteKinds = [JSON.parse(JSON.stringify('–abcdefghijklmnop')), sample.slice(1, 50), sample.slice(1, 5), sample + 'xyzxyzxyzxyz', String.fromCharCode(0x2013, 97, 98, 99)];
const isTwoByte = new Function('text', 'kinds', 'for (const kind of kinds) if (%HaveSameMap(text, kind)) return true; return false;');
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

const { writtenText } = await load('parser/prepass/written-text.js');
const { withFourDigitYears } = await load('parser/prepass/two-digit-years.js');
const { splitSourceLines, traitsOf } = await load('parser/source-line.js');
const { glueTraitsOf, unglueLines } = await load('parser/prepass/unglue.js');
const { stripNoise } = await load('parser/prepass/strip-noise.js');
// (A build before oneBytePieceOf read the written text as it came.)
const oneBytePieceOf = (await load('parser/one-byte-runs.js')).oneBytePieceOf ?? ((text) => text);
const { benchDocuments } = await load('layouts/bench-documents.js');
const pass = {};
for (const [file, name] of [['delimited-table', 'readDelimitedTable'], ['mail-message', 'readMailMessage'], ['one-entry-lists', 'numberOneEntryLists'], ['markdown-export', 'readMarkdownExport'], ['colon-margin-labels', 'readColonMarginLabels'], ['segment-pages', 'segmentTranscribedPages'], ['definition-list', 'readDefinitionListItems'], ['decision-one-liners', 'readDecisionOneLiners'], ['outline-sections', 'readOutlineSections'], ['tab-table', 'readTabTables'], ['cell-table', 'readCellTables'], ['margin-labels', 'readMarginLabels']]) {
  pass[name] = (await load(`parser/prepass/${file}.js`))[name];
}

const seed = Number(process.env.SEED ?? 0);
const documents = benchDocuments('one-meeting').filter((d) => d.seed === seed && BEYOND_LATIN1.test(d.text) && (!process.env.DOC || d.name.includes(process.env.DOC)));
let lines = 0;
let wide = 0;
let narrow = 0;
for (const document of documents) {
  // (As parse-minutes.ts reads it; a pass added there is to be added here.)
  const written = oneBytePieceOf(withFourDigitYears(writtenText(document.text)), document.text);
  const traits = traitsOf(written, true);
  const source = splitSourceLines(written, traits);
  const laidOut = pass.readOutlineSections(pass.readDecisionOneLiners(pass.readDefinitionListItems(pass.segmentTranscribedPages(pass.readColonMarginLabels(pass.readMarkdownExport(pass.numberOneEntryLists(pass.readMailMessage(pass.readDelimitedTable(source)))), traits)))));
  const cleaned = stripNoise(unglueLines(pass.readMarginLabels(pass.readCellTables(pass.readTabTables(laidOut)), traits), glueTraitsOf(written, traits)));
  let own = 0;
  for (const line of cleaned.lines) {
    const text = line.unmarked;
    if (text.length === 0) continue;
    lines++;
    /x/.test(text); // (a joined string is flattened when a pattern first reads it, as the parser's first pattern would)
    if (!isTwoByte(text, twoByteKinds)) continue;
    if (BEYOND_LATIN1.test(text)) wide++;
    else own++;
  }
  narrow += own;
  if (own > 0) console.log(`  ${own} ${document.family} ${document.name}`);
}
console.log(`${documents.length} documents with a character past Latin-1: ${lines} lines, ${wide} hold one, ${narrow} stored two-byte without one`);
