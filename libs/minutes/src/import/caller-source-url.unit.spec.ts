import { readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import { InvalidImportOption } from './caller-metadata.js';
import { ImportRejected } from './import-rejected.error.js';
import { documentInfo, planDocument } from './planned-document.js';

// Issue 12: "the municipality where the text or its source address names it". A text copied off a page often lost
// its `Source URL:` line; the caller who fetched it knows the address (`sourceUrl`), which is then read as the
// text's own line would be: its host names the municipality, its last segment a headless page's committee and date.

const DOCUMENT = 'ballerup-ebu-2019-01-15.txt';
const ADDRESS = 'http://ballerup.dk/dagsorden/erhvervs-og-beskaeftigelsesudvalget-15-01-2019';
const EBU = 'Erhvervs- og Beskæftigelsesudvalget';
/** The demo's headless PDF text without its `Source URL:` line, and naming no municipality. */
const withoutAddress = () =>
  readDemoMinutes(DOCUMENT)
    .split('\n')
    .filter((line) => !line.startsWith('Source URL:'))
    .join('\n')
    .replace(/Ballerup/g, 'Byen');

const plan = (text: string, options: Parameters<typeof planDocument>[4]) => planDocument(text, DOCUMENT, 'f'.repeat(64), 'importer', options, 'fallback');

function rejection(run: () => unknown): ImportRejected {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRejected) return error;
    throw error;
  }
  throw new Error('not rejected');
}

describe("the caller's source address", () => {
  it('without it, the headless text names neither its municipality nor its meeting (a date an item mentions is read)', () => {
    const { parsed, municipality } = plan(withoutAddress(), {});
    expect(municipality).toBe('fallback');
    expect(parsed.meeting.date).not.toBe('2019-01-15');
  });

  it("reads the meeting and the municipality from the caller's address where the text prints none, on no line of it", () => {
    const { parsed, municipality } = plan(withoutAddress(), { sourceUrl: ADDRESS });
    expect(municipality).toBe('ballerup');
    expect(parsed.municipality).toMatchObject({ slug: 'ballerup', source: 'source-url', line: 0 });
    expect(parsed.meeting).toEqual({ body: EBU, date: '2019-01-15', line: 0, source: 'source-url' });
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ line: 0, code: 'meeting-head-missing', message: expect.stringContaining("the caller's source address") }));
    expect(documentInfo(DOCUMENT, 'f'.repeat(64), parsed.document)).toEqual({ name: DOCUMENT, sha256: 'f'.repeat(64), layout: 'pdf-text', sourceUrl: { url: ADDRESS, from: 'caller' } });
  });

  it("keeps the text's own `Source URL:` line over the caller's, and reports it with its line", () => {
    const { parsed, municipality } = plan(readDemoMinutes(DOCUMENT), { sourceUrl: 'https://aarhus.dk/dagsorden/byraadet-01-10-2025' });
    expect(municipality).toBe('ballerup');
    expect(parsed.meeting).toMatchObject({ body: EBU, date: '2019-01-15' });
    expect(documentInfo(DOCUMENT, 'f'.repeat(64), parsed.document).sourceUrl).toEqual({ url: ADDRESS, from: 'text', line: 751 });
  });

  it('names no municipality by an address on another host (a document archive), and leaves the text its own', () => {
    const { parsed, municipality } = plan(readDemoMinutes(DOCUMENT).replace(/^Source URL:.*$/mu, ''), { sourceUrl: 'https://docplayer.dk/12345-Referat-erhvervsudvalget.html' });
    expect(parsed.municipality).toMatchObject({ slug: 'ballerup', source: 'text' });
    expect(municipality).toBe('ballerup');
  });

  it("refuses a caller's municipality the address contradicts, as the text's address would, unless override", () => {
    expect(rejection(() => plan(withoutAddress(), { sourceUrl: ADDRESS, municipality: 'egedal' })).message).toMatch(/municipality "egedal" contradicts the document's "ballerup"/);
    expect(plan(withoutAddress(), { sourceUrl: ADDRESS, municipality: 'egedal', override: true }).municipality).toBe('egedal');
  });

  it.each(['ballerup.dk/dagsorden/udvalget-15-01-2019', 'ftp://ballerup.dk/referat.txt', 'javascript:alert(1)', 'http://', 'et referat'])('refuses %j as no http(s) address, naming the field', (sourceUrl) => {
    expect(() => plan(withoutAddress(), { sourceUrl })).toThrow(expect.objectContaining({ name: InvalidImportOption.name, field: 'sourceUrl' }));
  });

  it('takes an empty address as none', () => {
    const { parsed, municipality } = plan(withoutAddress(), { sourceUrl: '  ' });
    expect(municipality).toBe('fallback');
    expect(parsed.document.sourceUrl).toBeUndefined();
  });
});
