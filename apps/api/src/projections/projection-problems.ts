import { NotFailing, ProjectionEventFailed, type ProjectionFailure, RebuildInProgress } from '#projections';
import { PROBLEM_TYPE_BASE, type ProblemDetails } from '../http/problem.js';

/** How long a read that is stuck behind a failing projection should wait before it asks again (an admin must act). */
const STUCK_RETRY_AFTER_SECONDS = 30;

/** A read waits for a position that a projection failing on an earlier event cannot reach. */
export class ProjectionStuck extends Error {
  constructor(readonly failures: ProjectionFailure[]) {
    super(
      failures
        .map((f) => `projection ${f.projection} is stopped at event ${f.position} (${f.eventType}): ${f.error}; an admin can park it (POST /admin/projections/${f.projection}/parked-events)`)
        .join('; '),
    );
    this.name = 'ProjectionStuck';
  }
}

const problem = (status: number, slug: string, title: string, detail: string, extra: Record<string, unknown> = {}): ProblemDetails => ({
  type: `${PROBLEM_TYPE_BASE}${slug}`,
  title,
  status,
  detail,
  ...extra,
});

/** The projections' errors as problem details; undefined for any other error. */
export function projectionProblem(error: unknown): ProblemDetails | undefined {
  if (error instanceof ProjectionStuck) {
    return problem(503, 'projection-stuck', 'The read model cannot reach your write yet', error.message, {
      retryAfterSeconds: STUCK_RETRY_AFTER_SECONDS,
      projections: error.failures.map((f) => ({ projection: f.projection, position: f.position, eventId: f.eventId, eventType: f.eventType, error: f.error, since: f.firstSeen })),
    });
  }
  if (error instanceof RebuildInProgress) {
    return problem(409, 'rebuild-in-progress', 'A rebuild of this projection is already running', error.message, { projection: error.projection });
  }
  if (error instanceof ProjectionEventFailed) {
    return problem(422, 'rule/projection-event-failed', 'The projection cannot apply an event', error.message, {
      rule: 'projection-event-failed',
      projection: error.projection,
      position: error.event.globalPosition.toString(),
      eventId: error.event.eventId,
      eventType: error.event.type,
    });
  }
  if (error instanceof NotFailing) {
    return problem(409, 'not-failing', 'Only the event a projection is stopped at can be parked', error.message, { projection: error.projection });
  }
  return undefined;
}
