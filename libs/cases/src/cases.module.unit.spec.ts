import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { InMemoryEventStore } from '#event-store';
import { FixedClock } from './application/clock.js';
import { LoadSession } from './application/load-session.js';
import { municipalityView } from './application/municipality-view.js';
import { CasesModule } from './cases.module.js';
import { CancelMeeting } from './domain/cancel-meeting/cancel-meeting.command.js';
import { caseStatus } from './domain/case-status.js';
import type { CommandMeta } from './domain/command.js';
import { CorrectFact } from './domain/correct-fact/correct-fact.command.js';
import { LinkProvisionalCase } from './domain/link-provisional-case/link-provisional-case.command.js';
import { NoteEarlierTreatment } from './domain/note-earlier-treatment/note-earlier-treatment.command.js';
import { PresentItem } from './domain/present-item/present-item.command.js';
import { RecordAttendance } from './domain/record-attendance/record-attendance.command.js';
import { RecordDecision } from './domain/record-decision/record-decision.command.js';
import { ScheduleMeeting } from './domain/schedule-meeting/schedule-meeting.command.js';
import { EBU, NYTTE } from './domain/test-fixtures.js';

const REASON = 'Mødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.';
const by = (key: string): CommandMeta => ({ idempotencyKey: key, actor: 'importer' });

async function boot() {
  const store = new InMemoryEventStore();
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot(), CasesModule.register({ eventStore: store, clock: new FixedClock(new Date('2024-03-01T09:00:00Z')) })],
  }).compile();
  await moduleRef.init();
  return { store, bus: moduleRef.get(CommandBus), close: () => moduleRef.close() };
}

const statusOf = async (store: InMemoryEventStore, caseId: string) => caseStatus((await new LoadSession(municipalityView(store, 'ballerup'), 'read').case(caseId)).state);

describe('CasesModule', () => {
  it('records the course of 15.00.05-A00-1-19 through the command bus: decided, noted, postponed once', async () => {
    const { store, bus, close } = await boot();
    await bus.execute(new ScheduleMeeting({ body: EBU, date: '2024-01-16', startTime: '08:00' }, by('s1')));
    await bus.execute(new PresentItem({ caseId: NYTTE, meeting: { body: EBU, date: '2024-01-16' }, itemNumber: 9, title: 'Orientering om nytteindsatsen' }, by('p1')));
    await bus.execute(new RecordAttendance({ meeting: { body: EBU, date: '2024-01-16' }, participants: [{ name: 'Lars Green Bach', attendance: 'apologies', party: 'B' }] }, by('a1')));
    const cancelled = await bus.execute(new CancelMeeting({ meeting: { body: EBU, date: '2024-01-16' }, reason: REASON }, by('c1')));
    expect(cancelled.events.map((e: { type: string }) => e.type)).toEqual(['MeetingCancelled', 'ItemPostponed']);
    await bus.execute(new NoteEarlierTreatment({ caseId: NYTTE, body: EBU, date: '2023-01-17', itemNumber: 1, foundIn: 'tidligere-behandling' }, by('n1')));
    await bus.execute(new RecordDecision({ caseId: NYTTE, meeting: { body: EBU, date: '2024-02-06' }, outcome: 'noted', decisionText: 'Taget til efterretning', agendaItem: { itemNumber: 10, title: 'Orientering om nytteindsatsen i Ballerup Kommune' } }, by('d1')));

    expect(await statusOf(store, NYTTE)).toMatchObject({
      status: 'decided',
      lastOutcome: { outcome: 'noted', meetingDate: '2024-02-06', itemNumber: 10 },
      postponements: 1,
      firstPresented: { meetingDate: '2023-01-17' },
    });
    await close();
  });

  it('a linked provisional case reads as one case, and commands naming it reach the real case', async () => {
    const { store, bus, close } = await boot();
    const OLD = 'Erhvervs- og Beskæftigelsesudvalget';
    const presented = await bus.execute(new PresentItem({ meeting: { body: OLD, date: '2019-01-15' }, itemNumber: 3, title: 'Nytteindsats' }, by('p-old')));
    const provisionalId = presented.events[0].streamId.replace(/^case-/, '');
    expect(provisionalId).toBe('P-erhvervs-og-beskaeftigelsesudvalget-2019-01-15-3');
    await bus.execute(new LinkProvisionalCase({ provisionalId, caseNumber: NYTTE }, by('link')));
    // a decision recorded under the provisional id (re-import of the old minutes) lands on the real case
    const decided = await bus.execute(new RecordDecision({ caseId: provisionalId, meeting: { body: OLD, date: '2019-01-15' }, outcome: 'approved', decisionText: 'Godkendt' }, by('d-old')));
    expect(decided.events[0].streamId).toBe(`case-${NYTTE}`);
    expect(await statusOf(store, NYTTE)).toMatchObject({ status: 'decided', firstPresented: { meetingDate: '2019-01-15' }, provisionalIds: [provisionalId] });
    expect(await statusOf(store, provisionalId)).toEqual(await statusOf(store, NYTTE));

    // a correction of a fact recorded under the provisional id, made on the real case
    const presentedId = presented.events[0].eventId;
    await bus.execute(new CorrectFact({ caseId: NYTTE, targetEventId: presentedId, action: 'correct', reason: 'Titlen var afkortet', changes: { title: 'Nytteindsats i Ballerup' } }, by('fix')));
    expect((await statusOf(store, NYTTE))!.title).toBe('Nytteindsats i Ballerup');
    await close();
  });
});
