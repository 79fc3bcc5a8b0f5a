import { DANISH_LONG_DATE, NUMERIC_DATE, isoDate } from '../parser/danish-date.js';
import { parseMinutes } from '../parser/parse-minutes.js';

/** A minutes text with its document name. */
export interface MinutesDocument {
  name: string;
  text: string;
}

export interface VariantOptions {
  /** How many variants to make (cycling through the sources). */
  count: number;
  /** Same seed, same variants: the benchmark corpus is reproducible. */
  seed?: number;
}

/** How a variant writes its item headings; `keep` only renumbers in place. */
export type HeadingStyle = 'keep' | 'markdown-h1' | 'markdown-bold' | 'plain-colon' | 'pkt' | 'heading-dot';

const HEADING_STYLES: readonly HeadingStyle[] = ['keep', 'markdown-h1', 'markdown-bold', 'plain-colon', 'pkt', 'heading-dot'];

const MONTH_NAMES = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6, juli: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

const CASE_NUMBER_PARTS = /\b(\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-)(\d+)(-\d{2})\b/gu;

/**
 * Makes `count` varied documents from real ones, for a benchmark corpus: every date shifted by the same
 * random number of days (so a document stays self-consistent), item numbers offset, case numbers' running
 * numbers remapped, item headings rewritten in another style, and some documents with CRLF line endings or
 * non-breaking spaces. Pure and deterministic for a given seed. Each variant parses with the same number of
 * items as its source.
 */
export function generateVariants(sources: readonly MinutesDocument[], options: VariantOptions): MinutesDocument[] {
  if (sources.length === 0 || options.count <= 0) return [];
  // Item heading lines are found once per source by the parser itself, so variants restyle exactly those.
  const headingLines = sources.map((source) => {
    const parsed = parseMinutes(source.text, source.name);
    return new Set(parsed.items.map((item) => item.line));
  });
  const variants: MinutesDocument[] = [];
  const seed = options.seed ?? 1;
  for (let index = 0; index < options.count; index++) {
    const sourceIndex = index % sources.length;
    const random = mulberry32(hashSeed(seed, index));
    variants.push(makeVariant(sources[sourceIndex]!, headingLines[sourceIndex]!, index, random));
  }
  return variants;
}

function makeVariant(source: MinutesDocument, headingLines: ReadonlySet<number>, index: number, random: () => number): MinutesDocument {
  // Never 0: a variant must differ from its source in its dates.
  const dayShift = (1 + Math.floor(random() * 3000)) * (random() < 0.5 ? -1 : 1);
  const itemOffset = Math.floor(random() * 4);
  const style = HEADING_STYLES[Math.floor(random() * HEADING_STYLES.length)]!;
  const caseSalt = 1 + Math.floor(random() * 500);
  const crlf = random() < 0.25;
  const nbsp = random() < 0.25;

  const caseNumbers = new Map<string, string>();
  const lines = source.text.split(/\r\n|\r|\n/).map((line, lineIndex) => {
    let text = shiftDates(line, dayShift);
    text = text.replace(CASE_NUMBER_PARTS, (whole, prefix: string, running: string, year: string) => {
      let mapped = caseNumbers.get(whole);
      if (!mapped) {
        mapped = `${prefix}${((Number(running) * 31 + caseSalt + index) % 997) + 1}${year}`;
        if (mapped === whole) mapped = `${prefix}${Number(running) + 1000}${year}`;
        caseNumbers.set(whole, mapped);
      }
      return mapped;
    });
    if (headingLines.has(lineIndex + 1)) text = restyleHeading(text, itemOffset, style);
    if (nbsp) text = text.replace(/^(\**Mødedato\**|\**Mødested\**) /u, '$1\u00a0\u00a0');
    return text;
  });

  const dateInName = /(\d{4}-\d{2}-\d{2})/u.exec(source.name);
  const shiftedName = dateInName ? source.name.replace(dateInName[1]!, shiftIso(dateInName[1]!, dayShift)) : source.name;
  const name = shiftedName.replace(/(\.[a-z]+)?$/u, (extension) => `-v${String(index).padStart(4, '0')}${extension}`);
  return { name, text: lines.join(crlf ? '\r\n' : '\n') };
}

/** Rewrites `Punkt N: Title` (in any marking) as item N + offset in the given style. */
export function restyleHeading(line: string, offset: number, style: HeadingStyle): string {
  const unmarked = line.replace(/^\s*#{1,6}\s*/u, '').replace(/\*\*|__/g, '').trim();
  const match = /^(?:punkt|pkt\.?)\s*(\d+)\s*[:.]?\s*(.*)$/iu.exec(unmarked);
  if (!match) return line;
  const number = Number(match[1]) + offset;
  const title = match[2]!;
  switch (style) {
    case 'keep':
      return line.replace(/((?:punkt|pkt\.?)\s*)\d+/iu, `$1${number}`);
    case 'markdown-h1':
      return `# Punkt ${number}: ${title}`;
    case 'markdown-bold':
      return `## **Punkt ${number}: ${title}**`;
    case 'plain-colon':
      return `Punkt ${number}: ${title}`;
    case 'pkt':
      return `pkt. ${number} ${title}`;
    case 'heading-dot':
      return `### Punkt ${number}. ${title}`;
  }
}

function shiftDates(line: string, days: number): string {
  const numeric = new RegExp(NUMERIC_DATE.source, 'gu');
  const long = new RegExp(DANISH_LONG_DATE.source, 'giu');
  return line
    .replace(numeric, (whole, day: string, month: string, year: string) => {
      const iso = isoDate(Number(year), Number(month), Number(day));
      if (!iso) return whole;
      const [y, m, d] = shiftIso(iso, days).split('-');
      const separator = whole.charAt(day.length);
      return `${d}${separator}${m}${separator}${y}`;
    })
    .replace(long, (whole, day: string, month: string, year: string) => {
      const iso = isoDate(Number(year), MONTH_NUMBER[month.toLowerCase()] ?? 0, Number(day));
      if (!iso) return whole;
      const [y, m, d] = shiftIso(iso, days).split('-');
      const dayText = day.length === 2 ? d! : String(Number(d));
      return `${dayText}. ${MONTH_NAMES[Number(m) - 1]} ${y}`;
    });
}

function shiftIso(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day! + days));
  return date.toISOString().slice(0, 10);
}

function hashSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/** Small seeded PRNG (mulberry32): reproducible corpora without a dependency. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
