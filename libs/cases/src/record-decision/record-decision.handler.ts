import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { danishDate } from '../domain/calendar.js';
import { parseCaseId } from '../domain/case-id.js';
import { resolveMeetingId } from '../domain/command.js';
import { RecordDecision } from '../domain/record-decision/record-decision.command.js';
import { decideRecordDecision } from '../domain/record-decision/record-decision.decide.js';

@CommandHandler(RecordDecision)
export class RecordDecisionHandler implements ICommandHandler<RecordDecision, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: RecordDecision): Promise<CommandResult> {
    return this.runner.run(command, recordDecisionDecider(command));
  }
}

/** Loads what RecordDecision needs and decides it; also used when several commands are recorded together. */
export function recordDecisionDecider(command: RecordDecision): Decider {
  return async (load, now) => {
    // The two streams are independent reads: one round trip's wait instead of two.
    const [target, meeting] = await Promise.all([load.case(parseCaseId(command.input.caseId)), load.meeting(resolveMeetingId(command.input.meeting))]);
    return decideRecordDecision(command, { caseId: target.caseId, case: target.state, meeting }, { today: danishDate(now) });
  };
}
