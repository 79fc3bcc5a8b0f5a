import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMinutes } from '../parser/parse-minutes.js';
import { generateVariants, restyleHeading, type MinutesDocument } from './generate-variants.js';

const DIR = fileURLToPath(new URL('../../../../demo/minutes/', import.meta.url));
const SOURCES: MinutesDocument[] = ['ballerup-ebu-2019-01-15.txt', 'ballerup-ebu-2023-03-14.txt', 'ballerup-ebu-2024-02-06.txt'].map((name) => ({
  name,
  text: readFileSync(`${DIR}${name}`, 'utf8'),
}));
const PARSED_SOURCES = SOURCES.map((source) => parseMinutes(source.text, source.name));

describe('generateVariants', () => {
  const variants = generateVariants(SOURCES, { count: 60, seed: 7 });

  it('makes the requested number of distinct documents with distinct names', () => {
    expect(variants).toHaveLength(60);
    expect(new Set(variants.map((variant) => variant.text)).size).toBe(60);
    expect(new Set(variants.map((variant) => variant.name)).size).toBe(60);
    for (const variant of variants) expect(SOURCES.map((source) => source.text)).not.toContain(variant.text);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateVariants(SOURCES, { count: 6, seed: 7 })).toEqual(variants.slice(0, 6));
    expect(generateVariants(SOURCES, { count: 6, seed: 8 }).map((v) => v.text)).not.toEqual(variants.slice(0, 6).map((v) => v.text));
  });

  it('variants parse without error, with their source items under other dates, numbers and case numbers', () => {
    const styles = new Set<string>();
    for (const [index, variant] of variants.entries()) {
      const source = PARSED_SOURCES[index % SOURCES.length]!;
      const parsed = parseMinutes(variant.text, variant.name);
      expect(parsed.items.map((item) => item.title)).toEqual(source.items.map((item) => item.title));
      expect(parsed.meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(parsed.meeting.date).not.toBe(source.meeting.date);
      expect(variant.name).toContain(parsed.meeting.date);
      const offset = parsed.items[0]!.number! - source.items[0]!.number!;
      expect(parsed.items.map((item) => item.number)).toEqual(source.items.map((item) => item.number! + offset));
      expect(parsed.items.map((item) => item.decision?.outcome)).toEqual(source.items.map((item) => item.decision?.outcome));
      const caseNumbers = parsed.items.map((item) => item.caseNumber).filter((caseNumber) => caseNumber !== undefined);
      const sourceCaseNumbers = source.items.map((item) => item.caseNumber).filter((caseNumber) => caseNumber !== undefined);
      expect(caseNumbers).toHaveLength(sourceCaseNumbers.length);
      for (const caseNumber of caseNumbers) expect(sourceCaseNumbers).not.toContain(caseNumber);
      expect(parsed.warnings.map((w) => w.code).filter((code) => !source.warnings.some((s) => s.code === code))).toEqual([]);
      styles.add(parsed.document.layout);
      if (variant.text.includes('\r\n')) styles.add('crlf');
    }
    expect(styles).toEqual(new Set(['markdown', 'plain', 'pdf-text', 'crlf']));
  });

  it('shifts every date of a document by the same number of days', () => {
    const variant = parseMinutes(variants[2]!.text, variants[2]!.name);
    const source = PARSED_SOURCES[2]!;
    const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const shift = days(variant.meeting.date!) - days(source.meeting.date!);
    expect(shift).not.toBe(0);
    expect(days(variant.referencedMeetings[0]!.date) - days(source.referencedMeetings[0]!.date)).toBe(shift);
    expect(days(variant.items[9]!.earlierTreatments[0]!.date) - days(source.items[9]!.earlierTreatments[0]!.date)).toBe(shift);
  });

  it('restyles item headings', () => {
    expect(restyleHeading('# Punkt 1: Meddelelser', 2, 'markdown-bold')).toBe('## **Punkt 3: Meddelelser**');
    expect(restyleHeading('Punkt 1 Besøg hos NEXT Ballerup', 0, 'pkt')).toBe('pkt. 1 Besøg hos NEXT Ballerup');
    expect(restyleHeading('## **Punkt 3: Arbejdet**', 1, 'keep')).toBe('## **Punkt 4: Arbejdet**');
    expect(restyleHeading('Punkt 9: Lukket: LUKKET Meddelelser', 0, 'heading-dot')).toBe('### Punkt 9. Lukket: LUKKET Meddelelser');
    expect(restyleHeading('Sagsfremstilling', 1, 'markdown-h1')).toBe('Sagsfremstilling');
  });

  it('returns nothing for no sources or a zero count', () => {
    expect(generateVariants([], { count: 5 })).toEqual([]);
    expect(generateVariants(SOURCES, { count: 0 })).toEqual([]);
  });
});
