import { caseStreamId } from '../case-id.js';
import { caseStatus } from '../case-status.js';
import { foldCase } from '../case-state.js';
import { CaseNotFound, InvalidCaseNumber, ProvisionalCaseAlreadyLinked } from '../errors.js';
import type { CaseEvent, Stored } from '../events.js';
import { meetingIdFor } from '../meeting-id.js';
import { PresentItem } from '../present-item/present-item.command.js';
import { decidePresentItem, presentItemCaseId } from '../present-item/present-item.decide.js';
import { meta, Scenario } from '../test-fixtures.js';
import { LinkProvisionalCase } from './link-provisional-case.command.js';
import { decideLinkProvisionalCase } from './link-provisional-case.decide.js';

const OLD_BODY = 'Erhvervs- og Beskæftigelsesudvalget';
const REAL = '15.00.05-A00-1-19';

function givenOldItem(s: Scenario): string {
  const command = new PresentItem({ meeting: { body: OLD_BODY, date: '2019-01-15' }, itemNumber: 3, title: 'Nytteindsats' }, meta('old'));
  const caseId = presentItemCaseId(command);
  s.then(decidePresentItem(command, { caseId, case: s.caseState(caseId), meeting: s.meetingState(meetingIdFor(OLD_BODY, '2019-01-15')) }));
  return caseId;
}

const link = (s: Scenario, provisionalId: string, caseNumber = REAL) =>
  decideLinkProvisionalCase(new LinkProvisionalCase({ provisionalId, caseNumber }, meta('link')), { provisional: s.caseState(provisionalId) });

describe('LinkProvisionalCase', () => {
  it('records the link in both streams; the two histories then read as one case', () => {
    const s = new Scenario();
    const provisionalId = givenOldItem(s);
    const decision = link(s, provisionalId, '15.00.05-a00-1-19');
    expect(decision.map((w) => [w.streamId, w.events[0]!.type, w.events[0]!.data])).toEqual([
      [caseStreamId(REAL), 'ProvisionalCaseLinked', { provisionalId, caseId: REAL }],
      [caseStreamId(provisionalId), 'ProvisionalCaseLinked', { provisionalId, caseId: REAL }],
    ]);
    s.then(decision);
    // what the loader does: the provisional stream's facts first, then the real case's
    const merged = foldCase([...(s.streams.get(caseStreamId(provisionalId)) ?? []), ...(s.streams.get(caseStreamId(REAL)) ?? [])] as Stored<CaseEvent>[]);
    expect(caseStatus(merged)).toMatchObject({ status: 'presented', firstPresented: { meetingDate: '2019-01-15', itemNumber: 3 }, provisionalIds: [provisionalId] });
  });

  it('links once: again to the same case is a no-op, to another is refused', () => {
    const s = new Scenario();
    const provisionalId = givenOldItem(s);
    s.then(link(s, provisionalId));
    expect(link(s, provisionalId)).toEqual([]);
    expect(() => link(s, provisionalId, '88.20.04-Ø54-10-18')).toThrow(ProvisionalCaseAlreadyLinked);
  });

  it('needs a provisional case with history and a real journal number', () => {
    const s = new Scenario();
    expect(() => link(s, 'P-unknown-2019-01-15-1')).toThrow(CaseNotFound);
    const provisionalId = givenOldItem(s);
    expect(() => link(s, provisionalId, 'P-other-1')).toThrow(InvalidCaseNumber);
    expect(() => link(s, REAL)).toThrow(expect.objectContaining({ field: 'provisionalId' }));
  });
});
