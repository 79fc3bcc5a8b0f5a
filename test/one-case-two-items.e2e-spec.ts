import { readFileSync } from 'node:fs';
import { bearer, type Harness, startHarness, TOKENS } from './support/api-harness.js';

const CASE = '00.01.10-P35-9-23';
const MEETING = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
/** The 2024 minutes with the closed item 12 under the number of the open item 1 ("Meddelelser" and "Lukket: ..."). */
const minutes = () => readFileSync(new URL('../demo/minutes/ballerup-ebu-2024-02-06.txt', import.meta.url), 'utf8').replace('\n88.20.04-Ø54-10-18\n', `\n${CASE}\n`);

describe('one case on two items of one meeting', () => {
  let h: Harness;
  const clerk = bearer(TOKENS.clerk);
  const read = (path: string) => h.http().get(path).query({ minPosition: '999999999' }).expect(200);

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('through the import: both items are recorded, the meeting lists all 13, the timeline shows both', async () => {
    const report = await h.http().post('/imports').query({ name: 'ebu.txt' }).set(clerk).set('Content-Type', 'text/plain').send(minutes());
    expect(report.status).toBe(201);
    const items = report.body.items.filter((i: any) => i.caseId === CASE);
    expect(items.map((i: any) => [i.number, i.closed, i.written])).toEqual([[1, false, 'appended'], [12, true, 'appended']]);

    const meeting = (await read(`/meetings/${MEETING}`)).body;
    expect(meeting.items).toHaveLength(13);
    const both = meeting.items.filter((i: any) => i.caseNumber === CASE);
    expect(both.map((i: any) => [i.number, i.closed, i.title])).toEqual([
      [1, false, 'Meddelelser'],
      [12, true, 'Status på leverandørsamarbejdet'],
    ]);
    expect(both[0].outcome).not.toBeNull();
    expect(both[1].outcome).toBeNull();

    const timeline = (await read(`/cases/${CASE}/timeline`)).body.entries.filter((e: any) => e.meetingId === MEETING);
    expect(timeline.filter((e: any) => e.kind === 'presented').map((e: any) => [e.itemNumber, e.details.closed])).toEqual([[1, false], [12, true]]);
  });

  it('through the write API: a second item of the same case, then a decision on each named by item number', async () => {
    const write = (path: string, body: object, key: string) => h.http().post(path).set(clerk).set('Idempotency-Key', key).send(body);
    expect((await write('/meetings', { body: 'Økonomiudvalget', date: '2024-03-05' }, 'm')).status).toBe(201);
    const at = '/meetings/oekonomiudvalget-2024-03-05/items';
    expect((await write(at, { caseNumber: 'EMN-2025-003383', itemNumber: 2, title: 'Meddelelser' }, 'i2')).status).toBe(201);
    expect((await write(at, { caseNumber: 'EMN-2025-003383', itemNumber: 9, title: 'Meddelelser, fortsat' }, 'i9')).status).toBe(201);
    // the same item again records nothing
    expect((await write(at, { caseNumber: 'EMN-2025-003383', itemNumber: 9, title: 'Meddelelser, fortsat' }, 'i9-again')).body.outcome).toBe('unchanged');
    const decide = (itemNumber: number, outcome: string, key: string) =>
      write('/cases/EMN-2025-003383/decisions', { meeting: { meetingId: 'oekonomiudvalget-2024-03-05' }, itemNumber, outcome, decisionText: `${outcome}.` }, key);
    expect((await decide(9, 'approved', 'd9')).status).toBe(201);
    expect((await decide(2, 'noted', 'd2')).status).toBe(201);
    expect((await decide(2, 'noted', 'd2-again')).status).toBe(422);

    const meeting = (await read('/meetings/oekonomiudvalget-2024-03-05')).body;
    expect(meeting.items.map((i: any) => [i.number, i.caseNumber, i.title, i.outcome])).toEqual([
      [2, 'EMN-2025-003383', 'Meddelelser', 'noted'],
      [9, 'EMN-2025-003383', 'Meddelelser, fortsat', 'approved'],
    ]);
    const timeline = (await read('/cases/EMN-2025-003383/timeline')).body.entries;
    expect(timeline.map((e: any) => [e.itemNumber, e.kind, e.outcome])).toEqual([
      [2, 'presented', null],
      [2, 'decided', 'noted'],
      [9, 'presented', null],
      [9, 'decided', 'approved'],
    ]);
  });
});
