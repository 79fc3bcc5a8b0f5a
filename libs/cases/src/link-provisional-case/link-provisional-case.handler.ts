import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { parseCaseId } from '../domain/case-id.js';
import { LinkProvisionalCase } from '../domain/link-provisional-case/link-provisional-case.command.js';
import { decideLinkProvisionalCase } from '../domain/link-provisional-case/link-provisional-case.decide.js';

@CommandHandler(LinkProvisionalCase)
export class LinkProvisionalCaseHandler implements ICommandHandler<LinkProvisionalCase, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: LinkProvisionalCase): Promise<CommandResult> {
    return this.runner.run(command, linkProvisionalCaseDecider(command));
  }
}

/** Loads what LinkProvisionalCase needs and decides it; also used when several commands are recorded together. */
export function linkProvisionalCaseDecider(command: LinkProvisionalCase): Decider {
  return async (load) => {
    const provisional = await load.rawCase(parseCaseId(command.input.provisionalId, 'provisionalId'));
    // Read only for its version: the link is appended to the real case's stream too.
    await load.rawCase(parseCaseId(command.input.caseNumber, 'caseNumber'));
    return decideLinkProvisionalCase(command, { provisional });
  };
}
