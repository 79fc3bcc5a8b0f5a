import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

/**
 * Mangled minutes sent to `POST /imports` (issue 12: no input makes a 500, nothing acknowledged is lost): a referat cut
 * off mid-item (mid-character too), with binary noise spliced in, only its head, its items twice, one 2 MB line, and its
 * UTF-8 bytes read as Latin-1 (`Ã¦`, mojibake). Every answer is a 2xx with the meeting read, or a problem+json 4xx that
 * names the field or the rule. The seed is fixed: a failure replays exactly.
 */
const SEED = 20_261_201;
const referat = readFileSync(new URL('../demo/minutes/ballerup-ebu-2024-02-06.txt', import.meta.url));

type Mangling = { name: string; body: Buffer };

const cutAt = (bytes: Buffer, at: number) => bytes.subarray(0, Math.max(1, Math.floor(bytes.length * at)));
const spliced = (bytes: Buffer, at: number, noise: Uint8Array) => {
  const cut = Math.floor(bytes.length * at);
  return Buffer.concat([bytes.subarray(0, cut), Buffer.from(noise), bytes.subarray(cut)]);
};
const headOnly = (bytes: Buffer, lines: number) => Buffer.from(bytes.toString('utf8').split('\n').slice(0, lines).join('\n'));

const mangled: fc.Arbitrary<Mangling> = fc.oneof(
  fc.double({ min: 0.05, max: 0.99, noNaN: true }).map((at) => ({ name: `cut at ${at.toFixed(3)}`, body: cutAt(referat, at) })),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 300 })).map(([at, noise]) => ({ name: `noise at ${at.toFixed(3)}`, body: spliced(referat, at, noise) })),
  fc.integer({ min: 1, max: 12 }).map((lines) => ({ name: `head only (${lines} lines)`, body: headOnly(referat, lines) })),
  fc.integer({ min: 2, max: 4 }).map((times) => ({ name: `items ${times} times`, body: Buffer.concat(Array.from({ length: times }, () => referat)) })),
  fc.constant({ name: 'latin-1 read as UTF-8', body: Buffer.from(referat.toString('latin1'), 'utf8') }),
);

describe('POST /imports with mangled minutes', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);

  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(() => h.close());

  /** A 2xx reads a meeting; a 4xx is problem+json naming a field or a rule; nothing else. */
  async function answersWell(mangling: Mangling): Promise<void> {
    const response = await h.http().post('/imports').query({ name: 'mangled.txt' }).set(clerk).set('Content-Type', 'text/plain; charset=utf-8').send(mangling.body);
    const named = response.body?.errors?.[0]?.field ?? response.body?.rule;
    const verdict = response.status < 300 ? (response.body?.meeting?.date ? 'read' : 'no meeting') : response.status < 500 && /problem\+json/u.test(response.headers['content-type'] ?? '') && named ? 'refused clearly' : `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`;
    expect([mangling.name, verdict]).toEqual([mangling.name, expect.stringMatching(/^(?:read|refused clearly)$/u)]);
  }

  it('answers every mangled referat with a 2xx or a problem naming its field, never a 5xx', async () => {
    await fc.assert(fc.asyncProperty(mangled, answersWell), { numRuns: 40, seed: SEED });
  }, 300_000);

  it('answers a referat of one 2 MB line (its line breaks lost) with a 2xx or a clear refusal', async () => {
    const oneLine = Buffer.from(referat.toString('utf8').replace(/\s*\n\s*/gu, ' ').repeat(Math.ceil((2 * 1024 * 1024) / referat.length)));
    await answersWell({ name: 'one 2 MB line', body: oneLine });
  }, 120_000);

  it('reads a referat whose UTF-8 was read as Latin-1 (`BeskÃ¦ftigelses`) as the referat: its body as written', async () => {
    const response = await h.http().post('/imports').query({ name: 'mojibake.txt' }).set(clerk).set('Content-Type', 'text/plain; charset=utf-8').send(Buffer.from(referat.toString('latin1'), 'utf8'));
    expect(response.status).toBeLessThan(300);
    expect(response.body.meeting).toMatchObject({ date: '2024-02-06', body: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget' });
  }, 120_000);

  it('keeps what it acknowledged: a referat imported after the mangled ones reads back its case course', async () => {
    const response = await h.http().post('/imports').query({ name: 'ballerup-ebu-2024-02-06.txt' }).set(clerk).set('Content-Type', 'text/plain').send(referat);
    expect(response.status).toBeLessThan(300);
    const status = await h.http().get('/cases/15.00.05-A00-1-19').query({ minPosition: '999999999' });
    expect(status.body).toMatchObject({ status: 'decided', lastOutcome: 'noted' });
  }, 120_000);
});
