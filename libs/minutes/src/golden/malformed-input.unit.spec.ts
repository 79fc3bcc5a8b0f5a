import { ParseError, parseMinutes } from '#minutes';
import { DEMO_MINUTES, readDemoMinutes } from './demo-minutes.fixture.js';

function parseErrorOf(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

function firstLines(text: string, count: number): string {
  return text.split('\n').slice(0, count).join('\n');
}

describe('malformed input', () => {
  it('rejects an empty or whitespace-only file with a typed error', () => {
    for (const empty of ['', '   ', '\n\n\r\n', '\u00a0\n\t']) {
      const error = parseErrorOf(() => parseMinutes(empty, 'empty.txt'));
      expect(error.code).toBe('empty');
      expect(error.documentName).toBe('empty.txt');
      expect(error.message).toBe('empty.txt: the document is empty');
    }
  });

  it('rejects a binary file: NUL bytes', () => {
    const pdfLike = '%PDF-1.7\n\u0000\u0001\u0002stream\nPunkt 1: Meddelelser\n';
    const error = parseErrorOf(() => parseMinutes(pdfLike, 'referat.pdf'));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/NUL bytes/);
  });

  it('rejects bytes that are not UTF-8 (decoded to replacement characters)', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, index) => 0x80 + (index % 0x7f));
    const decoded = new TextDecoder('utf-8').decode(bytes);
    const error = parseErrorOf(() => parseMinutes(decoded, 'latin1.txt'));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/undecodable/);
  });

  it('reads a document with a few undecodable characters, warning on their lines', () => {
    const text = 'REFERAT Testudvalget d. 05-03-2025\n\nPunkt 1: Bes\ufffdg\n\nBeslutning\n\nGodkendt\n';
    const parsed = parseMinutes(text, 'glitch.txt');
    expect(parsed.items.map((i) => [i.number, i.title, i.decision?.outcome])).toEqual([[1, 'Bes\ufffdg', 'approved']]);
    expect(parsed.warnings).toContainEqual({ line: 3, code: 'replacement-characters', message: expect.stringMatching(/U\+FFFD/) });
  });

  it('warns when a document has no items, and still reads its head', () => {
    const parsed = parseMinutes('REFERAT Testudvalget d. 05-03-2025\n\nReferatet offentliggøres senere.\n', 'no-items.txt');
    expect(parsed.items).toEqual([]);
    expect(parsed.document.layout).toBe('unknown');
    expect(parsed.meeting).toEqual({ body: 'Testudvalget', date: '2025-03-05', line: 1, source: 'head' });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['no-items', 'text-before-first-item']);
  });

  it('warns when neither a head nor a Source URL says which meeting it is', () => {
    const parsed = parseMinutes('Punkt 1: Meddelelser\n\nBeslutning\n\nTaget til efterretning\n', 'headless.txt');
    expect(parsed.meeting).toEqual({ line: 0, source: 'none' });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['meeting-date-missing', 'meeting-body-missing', 'meeting-head-missing']);
  });

  it('warns about a truncated document: an item heading at the very end, fewer items than the contents list', () => {
    const truncated = firstLines(readDemoMinutes('ballerup-ebu-2024-02-06.txt'), 752);
    const parsed = parseMinutes(truncated, 'truncated.txt');
    expect(parsed.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(parsed.items[9]).toMatchObject({ number: 10, title: 'Orientering om nytteindsatsen i Ballerup Kommune', closed: false });
    expect(parsed.items[9]!.decision).toBeUndefined();
    expect(parsed.warnings).toEqual(
      expect.arrayContaining([
        { line: 11, code: 'toc-mismatch', message: 'Indholdsfortegnelse lists 13 item(s) but 10 were found (truncated document?)' },
        { line: 752, code: 'item-empty', message: 'Item 10 has a heading but no content (truncated document?)' },
      ]),
    );
  });

  it('warns about an item cut off before its decision', () => {
    const parsed = parseMinutes(firstLines(readDemoMinutes('ballerup-ebu-2024-02-06.txt'), 560), 'cut.txt');
    expect(parsed.items.at(-1)).toMatchObject({ number: 7, recommendations: [expect.objectContaining({ point: 1, line: 560 })] });
    expect(parsed.warnings).toContainEqual({ line: 516, code: 'no-decision', message: 'Item 7 has no Beslutning section' });
  });

  it.each(DEMO_MINUTES)('never crashes on any prefix of %s', (name) => {
    const lines = readDemoMinutes(name).split('\n');
    let parsedPrefixes = 0;
    for (let count = 1; count <= lines.length; count++) {
      const prefix = lines.slice(0, count).join('\n');
      if (prefix.trim() === '') {
        expect(() => parseMinutes(prefix, name)).toThrow(ParseError);
        continue;
      }
      const parsed = parseMinutes(prefix, name);
      parsedPrefixes++;
      expect(parsed.document.lineCount).toBe(count);
      for (const warning of parsed.warnings) expect(warning.line).toBeLessThanOrEqual(count);
    }
    expect(parsedPrefixes).toBeGreaterThan(lines.length - 5);
  });
});
