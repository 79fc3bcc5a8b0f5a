import { CancelMeeting } from '../cancel-meeting/cancel-meeting.command.js';
import { decideCancelMeeting } from '../cancel-meeting/cancel-meeting.decide.js';
import { caseStreamId } from '../case-id.js';
import { caseStatus } from '../case-status.js';
import { ItemAlreadyDecided, ItemNotOnAgenda } from '../errors.js';
import { EVENT_UPCASTERS, SCHEMA_VERSIONS } from '../events.js';
import { meetingIdFor, meetingStreamId } from '../meeting-id.js';
import { PresentItem } from '../present-item/present-item.command.js';
import { decidePresentItem } from '../present-item/present-item.decide.js';
import { RecordDecision } from '../record-decision/record-decision.command.js';
import { decideRecordDecision } from '../record-decision/record-decision.decide.js';
import { EBU, eventsIn, meta, NYTTE, Scenario } from '../test-fixtures.js';
import { PostponeItem, type PostponeItemInput } from './postpone-item.command.js';
import { decidePostponeItem } from './postpone-item.decide.js';

const meeting = { body: EBU, date: '2024-01-16' };
const meetingId = meetingIdFor(EBU, '2024-01-16');

const when = (s: Scenario, input: Partial<PostponeItemInput> = {}) =>
  decidePostponeItem(new PostponeItem({ caseId: NYTTE, meeting, reason: 'Udsættes.', ...input }, meta('pp')), {
    caseId: NYTTE,
    case: s.caseState(NYTTE),
    meeting: s.meetingState(meetingId),
  });

describe('PostponeItem', () => {
  it('needs the item on the meeting\'s agenda', () => {
    expect(() => when(new Scenario())).toThrow(ItemNotOnAgenda);
  });

  it('postpones an item on the agenda', () => {
    const s = new Scenario();
    s.then(decidePresentItem(new PresentItem({ caseId: NYTTE, meeting, itemNumber: 9, title: 'Nytteindsats' }, meta('p')), { caseId: NYTTE, case: s.caseState(NYTTE), meeting: s.meetingState(meetingId) }));
    expect(eventsIn(when(s), caseStreamId(NYTTE))).toEqual([
      { type: 'ItemPostponed', schemaVersion: 2, data: { caseId: NYTTE, meetingId, body: EBU, meetingDate: '2024-01-16', itemNumber: 9, reason: 'Udsættes.', causedByCancellation: false } },
    ]);
  });

  it('one command may put the item on the agenda and postpone it; the number may be unknown', () => {
    const s = new Scenario();
    const decision = when(s, { agendaItem: {} });
    expect(eventsIn(decision, caseStreamId(NYTTE)).map((e) => e.type)).toEqual(['ItemPresented', 'ItemPostponed']);
    expect(eventsIn(decision, meetingStreamId(meetingId)).map((e) => e.type)).toEqual(['MeetingScheduled', 'AgendaItemAdded']);
    s.then(decision);
    expect(caseStatus(s.caseState(NYTTE))).toMatchObject({ status: 'postponed', postponements: 1 });
  });

  it('at a cancelled meeting, the postponement is caused by the cancellation and carries its reason', () => {
    const s = new Scenario();
    s.then(decideCancelMeeting(new CancelMeeting({ meeting, reason: 'Mødet aflyst' }, meta('c')), { meeting: s.meetingState(meetingId), cases: new Map() }));
    const [, postponed] = eventsIn(when(s, { reason: undefined, agendaItem: {} }), caseStreamId(NYTTE));
    expect(postponed!.data).toMatchObject({ reason: 'Mødet aflyst', causedByCancellation: true });
  });

  it('postponing twice is a no-op; a decided item cannot be postponed', () => {
    const s = new Scenario();
    s.then(when(s, { agendaItem: {} }));
    expect(when(s)).toEqual([]);

    const t = new Scenario();
    const m2 = { body: EBU, date: '2024-02-06' };
    const id2 = meetingIdFor(EBU, '2024-02-06');
    t.then(decideRecordDecision(new RecordDecision({ caseId: NYTTE, meeting: m2, outcome: 'noted', decisionText: 'Taget til efterretning', agendaItem: { itemNumber: 10 } }, meta('d')), { caseId: NYTTE, case: t.caseState(NYTTE), meeting: t.meetingState(id2) }, { today: '2024-03-01' }));
    expect(() => decidePostponeItem(new PostponeItem({ caseId: NYTTE, meeting: m2 }, meta('x')), { caseId: NYTTE, case: t.caseState(NYTTE), meeting: t.meetingState(id2) })).toThrow(ItemAlreadyDecided);
  });

  it('keeps the vote on the postponement and the reservations made on it (schema version 2)', () => {
    const s = new Scenario();
    const [, postponed] = eventsIn(
      when(s, {
        agendaItem: {},
        reason: 'Udsættes.\nFor stemte: A, V\nImod stemte: Ø\nØ tog forbehold.',
        votes: [{ position: 'for', who: 'A, V' }, { position: 'against', who: 'Ø' }],
        reservations: [{ text: 'Ø tog forbehold.', who: ['Ø'] }],
      }),
      caseStreamId(NYTTE),
    );
    expect(postponed).toMatchObject({
      type: 'ItemPostponed',
      schemaVersion: 2,
      data: { votes: [{ position: 'for', who: 'A, V' }, { position: 'against', who: 'Ø' }], reservations: [{ text: 'Ø tog forbehold.', who: ['Ø'] }] },
    });
  });

  it('a postponement without vote lines carries neither field, as a version-1 one read', () => {
    const [, postponed] = eventsIn(when(new Scenario(), { agendaItem: {}, votes: [], reservations: [] }), caseStreamId(NYTTE));
    expect(postponed!.data).not.toHaveProperty('votes');
    expect(postponed!.data).not.toHaveProperty('reservations');
  });

  it('refuses a vote that is neither for, against nor abstained, naming the field, and writes nothing', () => {
    expect(() => when(new Scenario(), { agendaItem: {}, votes: [{ position: 'maybe' as 'for', who: 'A' }] })).toThrow(/votes\[0\]\.position/);
    expect(() => when(new Scenario(), { agendaItem: {}, reservations: [{ text: 'C tog forbehold.', who: 'C' as unknown as string[] }] })).toThrow(/reservations\[0\]\.who/);
  });

  it('reads a stored version-1 postponement as version 2 without votes (upcaster)', () => {
    const v1 = { caseId: NYTTE, meetingId, body: EBU, meetingDate: '2024-01-16', itemNumber: 9, reason: 'Udsættes.', causedByCancellation: false };
    const upcaster = EVENT_UPCASTERS.find((entry) => entry.type === 'ItemPostponed' && entry.fromVersion === 1)!;
    expect(upcaster.upcast(v1)).toEqual(v1);
    expect(SCHEMA_VERSIONS.ItemPostponed).toBe(2);
  });
});
