import { createTestDatabase, type TestDatabase } from '#testing';
import { readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import { ImportRejected } from './import-rejected.error.js';
import { eventCount, importKit, type ImportKit } from './testing/import-test-kit.js';
import { EBU_2023_01_17 } from './testing/synthetic-minutes.fixture.js';

const HEAD = 'REFERAT Erhvervs-, Beskæftigelses- og Uddannelsesudvalget d. 14-03-2023\n\nMødedato Tirsdag d. 14. marts 2023 kl. 08:00\n';

describe('MinutesImporter: input that is not (complete) minutes', () => {
  let database: TestDatabase;
  let kit: ImportKit;

  beforeAll(async () => {
    database = await createTestDatabase();
    kit = await importKit(database.pool);
  });
  afterAll(async () => {
    await kit?.close();
    await database?.drop();
  });

  /** The import must be refused with this code, and the store left exactly as it was. */
  async function expectRejected(text: string, name: string, code: string, message: RegExp) {
    const before = await eventCount(database.pool);
    const error = await kit.importer.importDocument(text, name, 'importer').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRejected);
    const rejected = error as ImportRejected;
    expect({ code: rejected.code, documentName: rejected.documentName, status: rejected.report.status, commands: rejected.report.counts.commands }).toEqual({ code, documentName: name, status: 'rejected', commands: 0 });
    expect(rejected.message).toMatch(message);
    // The report is plain JSON, for an HTTP answer.
    expect(JSON.parse(JSON.stringify(rejected.report))).toEqual(rejected.report);
    expect(await eventCount(database.pool)).toBe(before);
    return rejected;
  }

  it('an empty file, or one of blanks only, is rejected as empty', async () => {
    await expectRejected('', 'tom.txt', 'empty', /empty/);
    await expectRejected(' \n\r\n\t\n', 'blank.txt', 'empty', /empty/);
  });

  it('a binary file is rejected as binary', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]);
    await expectRejected(png.toString('utf8'), 'billede.png', 'binary', /not a text file|not valid text/);
  });

  it('text that names no meeting and holds no agenda item is rejected as no minutes, with the parser\'s warning in the report', async () => {
    const rejected = await expectRejected('Indkøbsliste til sommerfesten\n\nKaffe, kage og saftevand.\n', 'ikke-et-referat.txt', 'no-items', /no agenda items .* not minutes/);
    expect(rejected.report.warnings.map((w) => w.code)).toContain('no-items');
  });

  it('text that names its meeting but no agenda item is imported as the meeting alone, with a warning', async () => {
    // (A meeting of its own: the other tests put items on HEAD's meeting.)
    const text = 'REFERAT Folkeoplysningsudvalget d. 14-03-2023\n\nMødedato Tirsdag d. 14. marts 2023 kl. 16:00\n\nMødet blev holdt, men referatet er ikke skrevet endnu.\n';
    const report = await kit.importer.importDocument(text, 'uden-punkter.txt', 'importer');
    expect({ status: report.status, meeting: report.meeting, items: report.items }).toEqual({
      status: 'imported',
      meeting: expect.objectContaining({ body: 'Folkeoplysningsudvalget', date: '2023-03-14' }),
      items: [],
    });
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-items', 'import-no-items']));
    expect((await kit.importer.importDocument(text, 'uden-punkter.txt', 'importer')).status).toBe('unchanged');
  });

  it('a referat of a cancelled meeting records the meeting as cancelled, with the sentence as its reason, once', async () => {
    // A meeting of its own: the other tests put items on HEAD's meeting.
    const text = 'REFERAT Teknik- og Miljøudvalget d. 21-03-2023\n\nMødet blev aflyst, da udvalget ikke var beslutningsdygtigt.\n';
    const report = await kit.importer.importDocument(text, 'aflyst.txt', 'importer');
    expect(report.status).toBe('imported');
    expect(report.meeting).toMatchObject({ body: 'Teknik- og Miljøudvalget', date: '2023-03-21', cancelled: true });
    expect(report.items).toEqual([]);
    expect(report.counts).toMatchObject({ commands: 2, appended: 2, failed: 0 });
    const { rows } = await database.pool.query(
      `SELECT event_type AS type, data->>'reason' AS reason FROM es_events WHERE stream_id = $1 ORDER BY global_position`,
      [`meeting-${report.meeting!.meetingId}`],
    );
    expect(rows).toEqual([
      { type: 'MeetingScheduled', reason: null },
      { type: 'MeetingCancelled', reason: 'Mødet blev aflyst, da udvalget ikke var beslutningsdygtigt.' },
    ]);
    expect((await kit.importer.importDocument(text, 'aflyst.txt', 'importer')).status).toBe('unchanged');
  });

  it('items without a meeting (no committee, no date) are rejected: nothing could be placed', async () => {
    await expectRejected('Punkt 1: Meddelelser\n\nBeslutning\n\nTaget til efterretning\n', 'uden-hoved.txt', 'meeting-unknown', /meeting could not be read/);
  });

  it('a document that names its meeting but whose items cannot be told apart is imported, not rejected', async () => {
    // A docplayer transcript: every page one line, no line starts an item or a section.
    const transcript = [
      'Teknisk Udvalg REFERAT. Mødedato: Tirsdag den 7. marts 2023',
      '',
      'Transkript',
      '',
      '1 REFERAT Teknisk Udvalg Mødedato: Tirsdag den 7. marts 2023 Mødested: Rådhuset',
      '',
      '2 Indholdsfortegnelse 41. Vejplan 2023 41. Vejplan 2023 Sagsnr. 23/1001 Beslutning Godkendt.',
    ].join('\n');
    const report = await kit.importer.importDocument(transcript, 'transkript.txt', 'importer');
    expect(report.status).not.toBe('rejected');
    expect(report.meeting).toMatchObject({ body: 'Teknisk Udvalg', date: '2023-03-07' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'item-title-missing', line: 7 }));
  });

  it('an agenda printed without numbers or case numbers is recorded, each item under a provisional case by its place', async () => {
    const titleOnly = [
      'Erhvervsplan 2023', '', 'Sagsfremstilling', '', 'Forvaltningen har udarbejdet en plan.', '', 'Beslutning', '', 'Godkendt.', '',
      'Orientering om ledighed', '', 'Sagsfremstilling', '', 'Ledigheden faldt.', '', 'Beslutning', '', 'Taget til efterretning.',
    ].join('\n');
    const text = `${HEAD}\n${titleOnly}\n`;
    const report = await kit.importer.importDocument(text, 'uden-numre.txt', 'importer');
    expect(report.status).toBe('imported');
    const meetingId = report.meeting!.meetingId;
    expect(report.items.map((item) => [item.number, item.title, item.caseId, item.outcome, item.written])).toEqual([
      [null, 'Erhvervsplan 2023', `P-${meetingId}-pos-1`, 'approved', 'appended'],
      [null, 'Orientering om ledighed', `P-${meetingId}-pos-2`, 'noted', 'appended'],
    ]);
    // The same document again finds the same cases.
    const again = await kit.importer.importDocument(text, 'uden-numre.txt', 'importer');
    expect(again.status).toBe('unchanged');
    expect(again.items.map((item) => item.caseId)).toEqual(report.items.map((item) => item.caseId));
  });

  it('a truncated document imports what it holds and says that it is incomplete', async () => {
    const full = readDemoMinutes('ballerup-ebu-2024-02-06.txt').split('\n');
    // Cut in the middle of item 5 (which starts at line 363), before its decision.
    const truncated = full.slice(0, 400).join('\n');
    const report = await kit.importer.importDocument(truncated, 'afkortet.txt', 'importer');
    expect(report.status).toBe('imported');
    expect(report.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(report.items.at(-1)).toMatchObject({ number: 5, outcome: null, written: 'appended' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'toc-mismatch' }));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'no-decision' }));
  });

  it('facts the domain refuses fail their item only: the rest is imported and the status is partial', async () => {
    // Minutes dated in the future: the items are put on the agenda, but their decisions cannot be known yet.
    const future = EBU_2023_01_17.text.replace('d. 17-01-2023', 'd. 17-01-2030').replace('17. januar 2023', '17. januar 2030');
    const report = await kit.importer.importDocument(future, 'fremtid.txt', 'importer');
    expect(report.status).toBe('partial');
    expect(report.items.map((i) => [i.number, i.written])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'appended'],
    ]);
    expect(report.items[0]!.error).toMatch(/^RecordDecision: Meeting .*2030-01-17 is on 2030-01-17, which has not come yet/);
    expect(report.counts.failed).toBe(2);
    const presented = await kit.store.readStream('ballerup/case-15.00.05-A00-1-19');
    expect(presented.map((e) => [e.type, (e.data as { meetingDate: string }).meetingDate])).toEqual([['ItemPresented', '2030-01-17']]);
  });
});
