import { CancelMeeting, NoteEarlierTreatment, PostponeItem, PresentItem, RecordAttendance, RecordDecision, ScheduleMeeting } from '#cases';
import { readDemoMinutes } from '../golden/demo-minutes.fixture.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { MeetingUnreadable, planImport, UNTITLED_ITEM, type ImportCommand } from './minutes-to-commands.mapper.js';
import { EBU_2023_01_17 } from './testing/synthetic-minutes.fixture.js';

const NAME = 'ballerup-ebu-2024-02-06.txt';
const M = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06';
const context = { documentName: NAME, actor: 'importer', correlationId: 'import-test' };
const plan = planImport(parseMinutes(readDemoMinutes(NAME), NAME), context);
const item = (n: number) => plan.items.find((i) => i.item.number === n)!;
const keys = (commands: readonly ImportCommand[]) => commands.map((c) => [c.constructor.name, c.meta.idempotencyKey]);

describe('planImport (parsed minutes to commands)', () => {
  it('schedules the meeting once, with its time and place, and records the attendance', () => {
    expect(plan.meeting).toEqual({ meetingId: M, body: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget', date: '2024-02-06' });
    const [schedule, attendance] = plan.meetingCommands;
    expect(schedule).toBeInstanceOf(ScheduleMeeting);
    expect(schedule!.input).toEqual({ body: plan.meeting.body, date: '2024-02-06', startTime: '08:00', place: 'Mødecenter C, Lokale 29 på Ballerup Rådhus' });
    expect(attendance).toBeInstanceOf(RecordAttendance);
    expect((attendance as RecordAttendance).input.participants).toHaveLength(9);
    expect(schedule!.meta).toEqual({ idempotencyKey: `import:${M}:meeting`, actor: 'importer', source: `document:${NAME}#L3`, correlationId: 'import-test' });
  });

  it('keys every fact by the meeting and its place in it, never by file name or time', () => {
    expect(keys(item(10).commands)).toEqual([
      ['PresentItem', `import:${M}:item:10:presented`],
      ['RecordDecision', `import:${M}:item:10:decision`],
      ['NoteEarlierTreatment', `import:${M}:item:10:earlier:erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-01-17:1`],
    ]);
    const renamed = planImport(parseMinutes(readDemoMinutes(NAME), 'other-name.txt'), { ...context, documentName: 'other-name.txt' });
    expect(renamed.items.flatMap((i) => i.commands.map((c) => c.meta.idempotencyKey))).toEqual(plan.items.flatMap((i) => i.commands.map((c) => c.meta.idempotencyKey)));
  });

  it('decides and postpones the item, not just the case: standing items of one meeting may share a case number', () => {
    const text = [
      'Prøveudvalget – Referat – 3. marts 2025', '', '1. Godkendelse af dagsorden (B)', 'Sagsnr.: 330-2025-164          Dok.nr.: 330-2025-1          Åbent',
      'Beslutning i Prøveudvalget den 3. marts 2025:', 'Godkendt.', '', '2. Meddelelser (O)', 'Sagsnr.: 330-2025-164          Dok.nr.: 330-2025-2          Åbent',
      'Beslutning i Prøveudvalget den 3. marts 2025:', 'Udsat.', '',
    ].join('\n');
    const shared = planImport(parseMinutes(text, 'shared.txt'), { ...context, documentName: 'shared.txt' });
    const written = shared.items.flatMap((i) => i.commands.filter((c) => c instanceof RecordDecision || c instanceof PostponeItem));
    expect(written.map((c) => [c.constructor.name, (c as RecordDecision | PostponeItem).input.caseId, (c as RecordDecision | PostponeItem).input.itemNumber])).toEqual([
      ['RecordDecision', '330-2025-164', 1],
      ['PostponeItem', '330-2025-164', 2],
    ]);
  });

  it('a postponement voted on carries its vote lines and reservations, as a decision does', () => {
    const text = [
      'Prøveudvalget – Referat – 3. marts 2025', '', '1. Ny legeplads (B)', 'Sagsnr.: 330-2025-170          Dok.nr.: 330-2025-9          Åbent',
      'Beslutning i Prøveudvalget den 3. marts 2025:', 'Udsat.', 'For stemte: A og V', 'Imod stemte: Ø', 'Ø tog forbehold.', '',
    ].join('\n');
    const voted = planImport(parseMinutes(text, 'voted.txt'), { ...context, documentName: 'voted.txt' });
    const postponed = voted.items[0]!.commands.find((c): c is PostponeItem => c instanceof PostponeItem)!;
    expect(postponed.input).toMatchObject({
      votes: [{ position: 'for', who: 'A og V' }, { position: 'against', who: 'Ø' }],
      reservations: [{ who: ['Ø'] }],
    });
  });

  it('a place longer than the register takes is left out with a warning; the meeting keeps its start time', () => {
    const parsed = parseMinutes(readDemoMinutes(NAME), NAME);
    const long = planImport({ ...parsed, meeting: { ...parsed.meeting, location: `Mødelokale 1, ${'Anna Berg (formand), '.repeat(12)}` } }, context);
    expect(long.meetingCommands[0]!.input).toEqual({ body: plan.meeting.body, date: '2024-02-06', startTime: '08:00' });
    expect(long.warnings).toContainEqual(expect.objectContaining({ code: 'import-place-unusable', line: parsed.meeting.line }));
    expect(plan.warnings.map((w) => w.code)).not.toContain('import-place-unusable');
  });

  it('records every fact in the municipality of the context', () => {
    const aarhus = planImport(parseMinutes(readDemoMinutes(NAME), NAME), { ...context, municipality: 'aarhus' });
    const all = [...aarhus.meetingCommands, ...aarhus.items.flatMap((i) => i.commands), ...aarhus.referencedMeetings.flatMap((r) => r.commands)];
    expect(new Set(all.map((c) => c.meta.municipality))).toEqual(new Set(['aarhus']));
    expect(plan.meetingCommands[0]!.meta.municipality).toBeUndefined();
  });

  it('cites the line each fact was read from', () => {
    expect(item(2).commands.map((c) => [c.constructor.name, c.meta.source])).toEqual([
      ['PresentItem', `document:${NAME}#L65`],
      ['RecordDecision', `document:${NAME}#L155`],
    ]);
  });

  it('maps the decision: outcome code, text exactly as written, remarks, deciding body', () => {
    const decision = item(2).commands[1] as RecordDecision;
    expect(decision.input).toMatchObject({ caseId: '24.00.00-G01-11-23', outcome: 'recommended', decidingBody: 'Kommunalbestyrelsen', remarks: expect.stringMatching(/^Erhvervs-/) });
    expect(decision.input.decisionText).toBe(readDemoMinutes(NAME).split('\n').slice(154, 157).join('\n'));
    expect((item(4).commands[1] as RecordDecision).input.pointOutcomes).toEqual([
      { point: 1, outcome: 'noted', text: 'Taget til efterretning.' },
      { point: 2, outcome: 'noted', text: 'Taget til efterretning med de faldne bemærkninger.' },
      { point: 3, outcome: 'discussed', text: 'Drøftet.' },
      { point: 4, outcome: 'approved', text: 'Indstillingen godkendt.' },
    ]);
  });

  it('a bare "Udsættes" is a postponement, not a decision', () => {
    expect(item(7).commands.map((c) => c.constructor.name)).toEqual(['PresentItem', 'PostponeItem']);
    expect((item(7).commands[1] as PostponeItem).input).toMatchObject({ caseId: '00.30.10-S00-1-23', reason: 'Udsættes' });
    expect(item(7)).toMatchObject({ outcome: null, postponed: true });
  });

  it('a closed item carries title and number only', () => {
    expect(item(12).commands).toHaveLength(1);
    expect((item(12).commands[0] as PresentItem).input).toEqual({ caseId: '88.20.04-Ø54-10-18', meeting: { body: plan.meeting.body, date: '2024-02-06' }, itemNumber: 12, title: 'Status på leverandørsamarbejdet', closed: true });
  });

  it('an earlier treatment without an item number is noted without one', () => {
    const note = item(4).commands.find((c) => c instanceof NoteEarlierTreatment) as NoteEarlierTreatment;
    expect(note.input).toEqual({ caseId: '24.00.00-G01-30-23', body: plan.meeting.body, date: '2023-01-17', foundIn: 'tidligere-behandling', notedAt: M });
    expect(note.meta.idempotencyKey).toBe(`import:${M}:item:4:earlier:erhvervs-beskaeftigelses-og-uddannelsesudvalget-2023-01-17:x`);
  });

  it('the meeting cancelled in Sagens forløb gets the postponed cases on its agenda, then its cancellation', () => {
    const [cancelled] = plan.referencedMeetings;
    const cancelledId = 'erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-01-16';
    expect(cancelled!.commands.map((c) => [c.constructor.name, 'caseId' in c.input ? c.input.caseId : null])).toEqual([
      ...['24.00.00-G01-11-23', '24.10.00-G01-13-23', '24.00.00-G01-30-23', '24.00.00-G01-29-23', '15.00.00-P05-2-23', '15.00.05-A00-1-19'].map((id) => ['PresentItem', id]),
      ['CancelMeeting', null],
    ]);
    const present = cancelled!.commands[5] as PresentItem;
    expect(present.input).toEqual({ caseId: '15.00.05-A00-1-19', meeting: { body: plan.meeting.body, date: '2024-01-16' }, title: 'Orientering om nytteindsatsen i Ballerup Kommune', closed: false });
    expect(present.meta).toMatchObject({ idempotencyKey: `import:${M}:referenced:${cancelledId}:case:15.00.05-A00-1-19:presented`, source: `document:${NAME}#L826` });
    const cancel = cancelled!.commands.at(-1) as CancelMeeting;
    expect(cancel.input.reason).toBe('Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.');
    // No course entry besides the cancellation: nothing noted from Sagens forløb.
    expect(plan.items.flatMap((i) => i.commands).filter((c) => c instanceof NoteEarlierTreatment && c.input.foundIn === 'sagens-forloeb')).toEqual([]);
  });

  it('items without a case number get provisional cases; per-item absences become item attendance', () => {
    const old = planImport(parseMinutes(readDemoMinutes('ballerup-ebu-2019-01-15.txt'), 'old.txt'), context);
    expect(old.items[0]!.caseId).toBe('P-erhvervs-og-beskaeftigelsesudvalget-2019-01-15-1');
    expect((old.items[0]!.commands[0] as PresentItem).input).not.toHaveProperty('caseId');
    const plain = planImport(parseMinutes(readDemoMinutes('ballerup-ebu-2023-03-14.txt'), 'plain.txt'), context);
    const absence = plain.items[0]!.commands[1] as RecordAttendance;
    expect(absence.input).toMatchObject({ itemNumber: 1, participants: [expect.objectContaining({ name: 'Allan Kristensen', attendance: 'apologies' }), expect.objectContaining({ name: 'Saime B. Inanc', attendance: 'apologies' })] });
  });

  it('a journal reference that names no single case (before 2007: `00.01A00`) is kept as printed on the provisional case', () => {
    const text = [
      'HAVNBY KOMMUNE', '', 'Referat af ordinært møde i Havnby Byråd tirsdag den 12. marts 1996 kl. 19.00', '',
      'Pkt. 1.   Godkendelse af dagsorden.', 'J.nr. 00.01A00', '', 'Byrådets beslutning:', 'Godkendt.', '',
      'Pkt. 2.   Salg af grund på Havnevej.', 'J.nr. 02.34.02-P20-3-96', '', 'Byrådets beslutning:', 'Godkendt.',
    ].join('\n');
    const [agenda, sale] = planImport(parseMinutes(text, 'havnby.txt'), context).items.map((planned) => (planned.commands[0] as PresentItem).input);
    expect(agenda).toMatchObject({ printedCaseNumber: '00.01A00', itemNumber: 1 });
    expect(agenda).not.toHaveProperty('caseId');
    expect(sale).toMatchObject({ caseId: '02.34.02-P20-3-96' });
    expect(sale).not.toHaveProperty('printedCaseNumber');
  });

  it('an item the document prints without a title is recorded under a marked title, with its decision', () => {
    const text = [
      'Beslutningsprotokol',
      '',
      'tirsdag den 6. maj 2025 kl. 09:00',
      'Udvalg: Testudvalget',
      '',
      'Sagsid.: 25/1234',
      'Sagsfremstilling',
      'Dagsordenen forelægges.',
      'Beslutning Testudvalget den 06-05-2025',
      'Godkendt.',
      '',
      'Sagsid.: 25/5678',
      'Sagsfremstilling',
      'Budgetprocessen drøftes.',
      'Beslutning Testudvalget den 06-05-2025',
      'Drøftet.',
    ].join('\n');
    const untitled = planImport(parseMinutes(text, 'untitled.txt'), context);
    expect(untitled.items.map((item) => [(item.commands[0] as PresentItem).input.title, item.commands.some((c) => c instanceof RecordDecision)])).toEqual([
      [UNTITLED_ITEM, true],
      [UNTITLED_ITEM, true],
    ]);
  });

  it('refuses minutes whose meeting cannot be read', () => {
    const headless = parseMinutes(EBU_2023_01_17.text.split('\n').slice(7).join('\n'), 'x.txt');
    expect(() => planImport(headless, context)).toThrow(MeetingUnreadable);
  });

  it('every command is one the importer knows how to send', () => {
    const all = [...plan.meetingCommands, ...plan.items.flatMap((i) => i.commands), ...plan.referencedMeetings.flatMap((r) => r.commands)];
    for (const command of all) expect([ScheduleMeeting, RecordAttendance, PresentItem, RecordDecision, PostponeItem, NoteEarlierTreatment, CancelMeeting]).toContain(command.constructor);
  });
});
