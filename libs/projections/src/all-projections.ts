import { AuditLogProjection } from './audit-log/audit-log.projection.js';
import { CaseStatusProjection } from './case-status/case-status.projection.js';
import { CaseTimelineProjection } from './case-timeline/case-timeline.projection.js';
import { MeetingsProjection } from './meetings/meetings.projection.js';
import type { Projection } from './runner/projection.js';

export function allProjections(): Projection[] {
  return [new CaseStatusProjection(), new CaseTimelineProjection(), new MeetingsProjection(), new AuditLogProjection()];
}
