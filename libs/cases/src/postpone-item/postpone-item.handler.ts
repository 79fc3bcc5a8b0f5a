import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { parseCaseId } from '../domain/case-id.js';
import { resolveMeetingId } from '../domain/command.js';
import { PostponeItem } from '../domain/postpone-item/postpone-item.command.js';
import { decidePostponeItem } from '../domain/postpone-item/postpone-item.decide.js';

@CommandHandler(PostponeItem)
export class PostponeItemHandler implements ICommandHandler<PostponeItem, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: PostponeItem): Promise<CommandResult> {
    return this.runner.run(command, postponeItemDecider(command));
  }
}

/** Loads what PostponeItem needs and decides it; also used when several commands are recorded together. */
export function postponeItemDecider(command: PostponeItem): Decider {
  return async (load) => {
    // The two streams are independent reads: one round trip's wait instead of two.
    const [target, meeting] = await Promise.all([load.case(parseCaseId(command.input.caseId)), load.meeting(resolveMeetingId(command.input.meeting))]);
    return decidePostponeItem(command, { caseId: target.caseId, case: target.state, meeting });
  };
}
