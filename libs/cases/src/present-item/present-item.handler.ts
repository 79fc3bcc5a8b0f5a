import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { resolveMeetingId } from '../domain/command.js';
import { PresentItem } from '../domain/present-item/present-item.command.js';
import { decidePresentItem, presentItemCaseId } from '../domain/present-item/present-item.decide.js';

@CommandHandler(PresentItem)
export class PresentItemHandler implements ICommandHandler<PresentItem, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: PresentItem): Promise<CommandResult> {
    return this.runner.run(command, presentItemDecider(command));
  }
}

/** Loads what PresentItem needs and decides it; also used when several commands are recorded together. */
export function presentItemDecider(command: PresentItem): Decider {
  return async (load) => {
    // The two streams are independent reads: one round trip's wait instead of two.
    const [target, meeting] = await Promise.all([load.case(presentItemCaseId(command)), load.meeting(resolveMeetingId(command.input.meeting))]);
    return decidePresentItem(command, { caseId: target.caseId, case: target.state, meeting });
  };
}
