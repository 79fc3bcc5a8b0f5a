import { createTestDatabase, type TestDatabase } from '#testing';
import { DEMO_MINUTES, readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import type { ImportReport } from './import-report.types.js';
import { eventCount, importKit, project, type ImportKit } from './testing/import-test-kit.js';

const EBU = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const EBU_2024 = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const CANCELLED = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-01-16';

describe('MinutesImporter (the bundled minutes, on PostgreSQL)', () => {
  let database: TestDatabase;
  let kit: ImportKit;
  const reports = new Map<string, ImportReport>();

  const caseEvents = async (caseId: string) => kit.store.readStream(`ballerup/case-${caseId}`);
  const row = async (sql: string, params: unknown[]) => (await database.pool.query(sql, params)).rows;

  beforeAll(async () => {
    database = await createTestDatabase();
    kit = await importKit(database.pool);
    for (const name of DEMO_MINUTES) reports.set(name, await kit.importer.importDocument(readDemoMinutes(name), name, 'importer'));
    await project(database.url, database.pool, kit.store);
  });
  afterAll(async () => {
    await kit?.close();
    await database?.drop();
  });

  it('imports every bundled document completely: no item fails', () => {
    for (const [name, report] of reports) {
      expect({ name, status: report.status, failed: report.items.filter((i) => i.written === 'failed') }).toEqual({ name, status: 'imported', failed: [] });
      expect(report.counts.failed).toBe(0);
      expect(report.counts.commands).toBe(report.counts.appended + report.counts.duplicate + report.counts.unchanged);
    }
  });

  it('2024: the report names the meeting, every item with its case and outcome, the cancelled meeting and the warnings', () => {
    const report = reports.get('ballerup-ebu-2024-02-06.txt')!;
    expect(report.document).toEqual({ name: 'ballerup-ebu-2024-02-06.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), layout: 'markdown' });
    expect(report.meeting).toEqual({ meetingId: EBU_2024, body: EBU, date: '2024-02-06' });
    expect(report.items.map((i) => [i.number, i.caseId, i.outcome, i.postponed, i.closed])).toEqual([
      [1, '00.01.10-P35-9-23', 'noted', false, false],
      [2, '24.00.00-G01-11-23', 'recommended', false, false],
      [3, '24.10.00-G01-13-23', 'commented', false, false],
      [4, '24.00.00-G01-30-23', 'approved', false, false],
      [5, '24.00.00-G01-3-24', 'noted', false, false],
      [6, '24.00.00-G01-29-23', 'noted', false, false],
      [7, '00.30.10-S00-1-23', null, true, false],
      [8, '15.00.00-P00-1-23', 'discussed', false, false],
      [9, '15.00.00-P05-2-23', 'noted', false, false],
      [10, '15.00.05-A00-1-19', 'noted', false, false],
      [11, '87.20.00-P22-1-23', 'noted', false, false],
      [12, '88.20.04-Ø54-10-18', null, false, true],
      [13, '00.22.00-P19-1-23', null, false, false],
    ]);
    expect(report.items.every((i) => i.written === 'appended')).toBe(true);
    expect(report.referencedMeetings).toEqual([
      {
        meetingId: CANCELLED,
        body: EBU,
        date: '2024-01-16',
        cancelled: true,
        reason: 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.',
        itemNumbers: [2, 3, 4, 6, 9, 10],
        written: 'appended',
      },
    ]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ line: 892, code: 'no-decision' }));
  });

  it('2024 item 2: presented with its content, recommended to Kommunalbestyrelsen, postponed at the cancelled meeting of 2024-01-16', async () => {
    // The two meetings' facts are written side by side: their order in the stream is not fixed, only per meeting.
    const all = await caseEvents('24.00.00-G01-11-23');
    const at = (date: string) => all.filter((e) => (e.data as { meetingDate: string }).meetingDate === date);
    expect(at('2024-02-06').map((e) => e.type)).toEqual(['ItemPresented', 'DecisionTaken', 'ItemReferred']);
    expect(at('2024-01-16').map((e) => e.type)).toEqual(['ItemPresented', 'ItemPostponed']);
    expect(all).toHaveLength(5);
    const events = [...at('2024-02-06'), ...at('2024-01-16')];
    const presented = events[0]!.data as Record<string, any>;
    expect(presented).toMatchObject({ itemNumber: 2, closed: false, provisional: false, decidingBody: 'Kommunalbestyrelsen' });
    expect(presented.recommendation).toHaveLength(3);
    expect(presented.summary.map((s: { heading: string }) => s.heading)).toEqual(expect.arrayContaining(['Sammendrag', 'Baggrund', 'Sagsfremstilling']));
    expect(presented.attachments).toHaveLength(4);
    expect(events[1]!.data).toMatchObject({
      outcome: 'recommended',
      decisionText: expect.stringMatching(/^Indstilles til godkendelse med denne bemærkning:\n\nErhvervs-, Beskæftigelses- og Uddannelsesudvalget ønsker en evaluering/),
      remarks: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget ønsker en evaluering af den eksisterende beskæftigelsesstrategi.',
    });
    expect(events[2]!.data).toMatchObject({ toBody: 'Kommunalbestyrelsen' });
    expect(events[4]!.data).toMatchObject({ meetingId: CANCELLED, causedByCancellation: true, reason: 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.' });
    expect(await row('SELECT status, deciding_body, postponements FROM proj_case_status WHERE case_id = $1', ['24.00.00-G01-11-23'])).toEqual([
      { status: 'recommended', deciding_body: 'Kommunalbestyrelsen', postponements: 1 },
    ]);
  });

  it('2024 item 7 is postponed ("Udsættes"), with no decision', async () => {
    const events = await caseEvents('00.30.10-S00-1-23');
    expect(events.map((e) => e.type)).toEqual(['ItemPresented', 'ItemPostponed']);
    expect(events[1]!.data).toMatchObject({ meetingId: EBU_2024, itemNumber: 7, reason: 'Udsættes', causedByCancellation: false });
    expect(await row('SELECT status, postponements FROM proj_case_status WHERE case_id = $1', ['00.30.10-S00-1-23'])).toEqual([{ status: 'postponed', postponements: 1 }]);
  });

  it('2024 item 12 is a closed item: title and number only, no content, no decision', async () => {
    const events = await caseEvents('88.20.04-Ø54-10-18');
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toEqual({
      caseId: '88.20.04-Ø54-10-18',
      meetingId: EBU_2024,
      body: EBU,
      meetingDate: '2024-02-06',
      itemNumber: 12,
      provisional: false,
      title: 'Status på leverandørsamarbejdet',
      closed: true,
      recommendation: [],
      summary: [],
      attachments: [],
    });
  });

  it('15.00.05-A00-1-19 (nytteindsats): decided, noted, postponed once by the cancelled meeting, first seen 2023-01-17', async () => {
    expect(await row(`SELECT status, last_outcome, postponements, first_presented::text, status_since::text FROM proj_case_status WHERE case_id = $1`, ['15.00.05-A00-1-19'])).toEqual([
      { status: 'decided', last_outcome: 'noted', postponements: 1, first_presented: '2023-01-17', status_since: '2024-02-06' },
    ]);
    const timeline = await row(`SELECT date::text, kind, outcome FROM proj_case_timeline WHERE case_id = $1 AND NOT retracted ORDER BY date, item_number NULLS LAST, global_position, entry`, ['15.00.05-A00-1-19']);
    expect(timeline.map((e) => [e.date, e.kind, e.outcome])).toEqual([
      ['2023-01-17', 'referenced', null],
      ['2024-01-16', 'presented', null],
      ['2024-01-16', 'cancelled', null],
      ['2024-01-16', 'postponed', null],
      ['2024-02-06', 'presented', null],
      ['2024-02-06', 'decided', 'noted'],
    ]);
  });

  it('the cancelled meeting of 2024-01-16 is recorded as cancelled, with the six cases on its agenda', async () => {
    const meeting = await kit.store.readStream(`ballerup/meeting-${CANCELLED}`);
    expect(meeting.filter((e) => e.type === 'MeetingCancelled').map((e) => (e.data as { reason: string }).reason)).toEqual(['Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.']);
    expect(meeting.filter((e) => e.type === 'AgendaItemAdded')).toHaveLength(6);
  });

  it('2023: per-item absences as item attendance; a closed item of a case already on the agenda adds nothing', async () => {
    const meeting = await kit.store.readStream('ballerup/meeting-erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-03-14');
    const attendance = meeting.filter((e) => e.type === 'AttendanceRecorded').map((e) => e.data as { itemNumber?: number; participants: Array<{ name: string; attendance: string }> });
    expect(attendance[0]).not.toHaveProperty('itemNumber');
    expect(attendance[0]!.participants).toContainEqual(expect.objectContaining({ name: 'Allan Kristensen', attendance: 'apologies', party: 'C' }));
    expect(attendance.slice(1).map((a) => a.itemNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const report = reports.get('ballerup-ebu-2023-03-14.txt')!;
    expect(report.items.find((i) => i.number === 9)).toMatchObject({ caseId: '00.01.10-P35-7-22', closed: true });
  });

  it('2019: items without case numbers go to provisional cases; the meeting is read from the Source URL line', async () => {
    const report = reports.get('ballerup-ebu-2019-01-15.txt')!;
    expect(report.meeting).toEqual({ meetingId: 'erhvervs-og-beskaeftigelsesudvalget-2019-01-15', body: 'Erhvervs- og Beskæftigelsesudvalget', date: '2019-01-15' });
    expect(report.items.map((i) => i.caseId)).toEqual(Array.from({ length: 9 }, (_, i) => `P-erhvervs-og-beskaeftigelsesudvalget-2019-01-15-${i + 1}`));
    const [scheduled] = await kit.store.readStream('ballerup/meeting-erhvervs-og-beskaeftigelsesudvalget-2019-01-15');
    expect(scheduled!.metadata.source).toBe('document:ballerup-ebu-2019-01-15.txt#L751');
    expect(await row('SELECT status, last_outcome FROM proj_case_status WHERE case_id = $1', ['P-erhvervs-og-beskaeftigelsesudvalget-2019-01-15-4'])).toEqual([{ status: 'decided', last_outcome: 'approved' }]);
  });

  it('every event names its source document and line, and the importer as actor', async () => {
    const { rows } = await database.pool.query(`SELECT metadata FROM es_events`);
    expect(rows.length).toBeGreaterThan(100);
    for (const { metadata } of rows) {
      expect(metadata.source).toMatch(/^document:ballerup-ebu-\d{4}-\d{2}-\d{2}\.txt#L\d+$/);
      expect(metadata.actor).toBe('importer');
    }
  });

  it('importing the same documents again appends nothing', async () => {
    const before = await eventCount(database.pool);
    for (const name of DEMO_MINUTES) {
      const again = await kit.importer.importDocument(readDemoMinutes(name), name, 'importer');
      expect({ name, appended: again.counts.appended, corrected: again.counts.corrected, failed: again.counts.failed, status: again.status }).toEqual({ name, appended: 0, corrected: 0, failed: 0, status: 'unchanged' });
      expect(again.items.every((i) => i.written === 'duplicate' || i.written === 'unchanged')).toBe(true);
    }
    // Under another file name too: keys come from the meeting, not from the file.
    const renamed = await kit.importer.importDocument(readDemoMinutes('ballerup-ebu-2024-02-06.txt'), 'referat-kopi.txt', 'someone-else');
    expect(renamed.counts.appended).toBe(0);
    expect(await eventCount(database.pool)).toBe(before);
  });
});
