/**
 * Typed domain errors. `kind` tells the HTTP layer how to answer without knowing each class:
 * validation -> 400 naming `field`, not_found -> 404, rule -> 422 naming `rule`.
 */
export type DomainErrorKind = 'validation' | 'not_found' | 'rule';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** The broken rule's stable name (kind 'rule'). */
  readonly rule?: string;
  /** The offending input field, as a dotted path (kind 'validation'). */
  readonly field?: string;
}

/** Input that can never be valid, whatever the state. */
export class InvalidInput extends DomainError {
  readonly kind = 'validation';
  constructor(
    override readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidInput';
  }
}

export class InvalidCaseNumber extends DomainError {
  readonly kind = 'validation';
  constructor(
    readonly given: string,
    override readonly field: string = 'caseNumber',
  ) {
    super(
      `${field}: "${given}" is not a journal number; expected the KLE format NN.NN.NN-XNN-N-YY, ` +
        `e.g. 15.00.05-A00-1-19 or 88.20.04-Ø54-10-18 (X is a capital letter, Æ, Ø and Å included; also 00.01.00P35-0104 ` +
        `or 00.01.00A04 - 2007/34364), or First Agenda EMN-2025-003383, eDoc 2011-29298, 14/30210, 330-2019-12345, SBSYS 2009/041177, 24-031877 or Sag nr. 162`,
    );
    this.name = 'InvalidCaseNumber';
  }
}

export class MeetingNotFound extends DomainError {
  readonly kind = 'not_found';
  constructor(readonly meetingId: string) {
    super(`Meeting ${meetingId} is not known; give its body and date to record it`);
    this.name = 'MeetingNotFound';
  }
}

export class CaseNotFound extends DomainError {
  readonly kind = 'not_found';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} has no recorded history`);
    this.name = 'CaseNotFound';
  }
}

export class EventNotFound extends DomainError {
  readonly kind = 'not_found';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
  ) {
    super(`Event ${eventId} is not in ${streamId}`);
    this.name = 'EventNotFound';
  }
}

/** Base for broken business rules (HTTP 422 with the rule's name). */
export abstract class RuleViolation extends DomainError {
  readonly kind = 'rule';
  abstract override readonly rule: string;
}

export class ItemNotOnAgenda extends RuleViolation {
  readonly rule = 'item-on-agenda';
  constructor(
    readonly caseId: string,
    readonly meetingId: string,
  ) {
    super(`Case ${caseId} is not on the agenda of meeting ${meetingId}; present it first or include the agenda item in the command`);
    this.name = 'ItemNotOnAgenda';
  }
}

export class MeetingIsCancelled extends RuleViolation {
  readonly rule = 'no-decision-at-cancelled-meeting';
  constructor(readonly meetingId: string) {
    super(`Meeting ${meetingId} was cancelled: nothing can be decided at it`);
    this.name = 'MeetingIsCancelled';
  }
}

export class DuplicateDecision extends RuleViolation {
  readonly rule = 'one-decision-per-item';
  constructor(
    readonly caseId: string,
    readonly meetingId: string,
    readonly existingEventId: string,
  ) {
    super(`Case ${caseId} already has a decision at meeting ${meetingId} (event ${existingEventId}); correct that event instead`);
    this.name = 'DuplicateDecision';
  }
}

export class ItemAlreadyPostponed extends RuleViolation {
  readonly rule = 'postponed-item-is-not-decided';
  constructor(
    readonly caseId: string,
    readonly meetingId: string,
  ) {
    super(`Case ${caseId} was postponed at meeting ${meetingId}; retract the postponement before recording a decision there`);
    this.name = 'ItemAlreadyPostponed';
  }
}

export class ItemAlreadyDecided extends RuleViolation {
  readonly rule = 'decided-item-is-not-postponed';
  constructor(
    readonly caseId: string,
    readonly meetingId: string,
  ) {
    super(`Case ${caseId} already has a decision at meeting ${meetingId}; it cannot also be postponed there`);
    this.name = 'ItemAlreadyDecided';
  }
}

export class MeetingHasDecisions extends RuleViolation {
  readonly rule = 'cancelled-meeting-has-no-decisions';
  constructor(
    readonly meetingId: string,
    readonly caseIds: string[],
  ) {
    super(`Meeting ${meetingId} cannot be cancelled: decisions are recorded for ${caseIds.join(', ')}`);
    this.name = 'MeetingHasDecisions';
  }
}

export class MeetingMismatch extends RuleViolation {
  readonly rule = 'meeting-identity';
  constructor(
    readonly meetingId: string,
    readonly detail: string,
  ) {
    super(`Meeting ${meetingId} is recorded differently: ${detail}`);
    this.name = 'MeetingMismatch';
  }
}

export class MeetingAlreadyScheduled extends RuleViolation {
  readonly rule = 'meeting-scheduled-once';
  constructor(
    readonly meetingId: string,
    readonly detail: string,
  ) {
    super(`Meeting ${meetingId} is already scheduled with other details (${detail}); correct the scheduling event instead`);
    this.name = 'MeetingAlreadyScheduled';
  }
}

export class DecisionBeforeMeeting extends RuleViolation {
  readonly rule = 'decision-after-meeting';
  constructor(
    readonly meetingId: string,
    readonly meetingDate: string,
  ) {
    super(`Meeting ${meetingId} is on ${meetingDate}, which has not come yet: its decisions cannot be known`);
    this.name = 'DecisionBeforeMeeting';
  }
}

export class ClosedItemContent extends RuleViolation {
  readonly rule = 'closed-item-content-is-not-stored';
  constructor(
    readonly caseId: string,
    readonly what: string,
  ) {
    super(`Case ${caseId} is a closed item at this meeting: its ${what} is never stored (title and number only)`);
    this.name = 'ClosedItemContent';
  }
}

export class DecidingBodyUnknown extends RuleViolation {
  readonly rule = 'referral-needs-deciding-body';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} is recommended on, but no deciding body is known; give decidingBody`);
    this.name = 'DecidingBodyUnknown';
  }
}

export class ProvisionalCaseAlreadyLinked extends RuleViolation {
  readonly rule = 'provisional-case-linked-once';
  constructor(
    readonly provisionalId: string,
    readonly linkedTo: string,
  ) {
    super(`Provisional case ${provisionalId} is already linked to ${linkedTo}`);
    this.name = 'ProvisionalCaseAlreadyLinked';
  }
}

export class FactNotCorrectable extends RuleViolation {
  readonly rule = 'fact-correctable';
  constructor(
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(`Event ${eventId} cannot be corrected: ${reason}`);
    this.name = 'FactNotCorrectable';
  }
}

export class IdempotencyKeyReused extends RuleViolation {
  readonly rule = 'idempotency-key-reused';
  constructor(readonly idempotencyKey: string) {
    super(`Idempotency key ${idempotencyKey} was already used for a different command`);
    this.name = 'IdempotencyKeyReused';
  }
}
