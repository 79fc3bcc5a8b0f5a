import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type BatchOutcome, CommandRunner, type Decider } from '../application/command-runner.js';
import { cancelMeetingDecider } from '../cancel-meeting/cancel-meeting.handler.js';
import { correctFactDecider } from '../correct-fact/correct-fact.handler.js';
import { linkProvisionalCaseDecider } from '../link-provisional-case/link-provisional-case.handler.js';
import { noteEarlierTreatmentDecider } from '../note-earlier-treatment/note-earlier-treatment.handler.js';
import { postponeItemDecider } from '../postpone-item/postpone-item.handler.js';
import { presentItemDecider } from '../present-item/present-item.handler.js';
import { recordAttendanceDecider } from '../record-attendance/record-attendance.handler.js';
import { recordDecisionDecider } from '../record-decision/record-decision.handler.js';
import { scheduleMeetingDecider } from '../schedule-meeting/schedule-meeting.handler.js';
import { CancelMeeting } from '../domain/cancel-meeting/cancel-meeting.command.js';
import { CorrectFact } from '../domain/correct-fact/correct-fact.command.js';
import { DomainError } from '../domain/errors.js';
import { LinkProvisionalCase } from '../domain/link-provisional-case/link-provisional-case.command.js';
import { NoteEarlierTreatment } from '../domain/note-earlier-treatment/note-earlier-treatment.command.js';
import { PostponeItem } from '../domain/postpone-item/postpone-item.command.js';
import { PresentItem } from '../domain/present-item/present-item.command.js';
import { RecordAttendance } from '../domain/record-attendance/record-attendance.command.js';
import { RecordDecision } from '../domain/record-decision/record-decision.command.js';
import { ScheduleMeeting } from '../domain/schedule-meeting/schedule-meeting.command.js';
import { type CaseCommand, RecordTogether } from './record-together.command.js';

function deciderFor(command: CaseCommand): Decider {
  if (command instanceof ScheduleMeeting) return scheduleMeetingDecider(command);
  if (command instanceof RecordAttendance) return recordAttendanceDecider(command);
  if (command instanceof CancelMeeting) return cancelMeetingDecider(command);
  if (command instanceof PresentItem) return presentItemDecider(command);
  if (command instanceof PostponeItem) return postponeItemDecider(command);
  if (command instanceof RecordDecision) return recordDecisionDecider(command);
  if (command instanceof NoteEarlierTreatment) return noteEarlierTreatmentDecider(command);
  if (command instanceof LinkProvisionalCase) return linkProvisionalCaseDecider(command);
  if (command instanceof CorrectFact) return correctFactDecider(command);
  throw new Error(`Bug: ${(command as object).constructor.name} cannot be recorded together with others`);
}

/** A command refused before it reads anything (bad input) fails alone, like one refused while deciding. */
function safeDeciderFor(command: CaseCommand): Decider {
  try {
    return deciderFor(command);
  } catch (error) {
    if (error instanceof DomainError) return async () => Promise.reject(error);
    throw error;
  }
}

@CommandHandler(RecordTogether)
export class RecordTogetherHandler implements ICommandHandler<RecordTogether, BatchOutcome[]> {
  constructor(private readonly runner: CommandRunner) {}

  execute(batch: RecordTogether): Promise<BatchOutcome[]> {
    return this.runner.runTogether(
      batch.entries.map(({ command, requires }) => ({ command, decide: safeDeciderFor(command), requires })),
      batch.prefetch,
    );
  }
}
