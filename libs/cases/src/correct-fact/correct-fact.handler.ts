import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { parseCaseId } from '../domain/case-id.js';
import { resolveMeetingId } from '../domain/command.js';
import { CorrectFact } from '../domain/correct-fact/correct-fact.command.js';
import { decideCorrectFact } from '../domain/correct-fact/correct-fact.decide.js';
import { InvalidInput } from '../domain/errors.js';

/** A case's correction goes to the case's stream (the real one when a provisional id was linked). */
@CommandHandler(CorrectFact)
export class CorrectFactHandler implements ICommandHandler<CorrectFact, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: CorrectFact): Promise<CommandResult> {
    return this.runner.run(command, correctFactDecider(command));
  }
}

/** Loads what CorrectFact needs and decides it; also used when several commands are recorded together. */
export function correctFactDecider(command: CorrectFact): Decider {
  const { caseId, meetingId } = command.input;
  if (Boolean(caseId) === Boolean(meetingId)) throw new InvalidInput('caseId', 'give exactly one of caseId and meetingId');
  return async (load) => {
    if (caseId) {
      const target = await load.case(parseCaseId(caseId));
      return decideCorrectFact(command, { subject: { kind: 'case', caseId: target.caseId }, log: target.state });
    }
    const id = resolveMeetingId({ meetingId });
    return decideCorrectFact(command, { subject: { kind: 'meeting', meetingId: id }, log: await load.meeting(id) });
  };
}
