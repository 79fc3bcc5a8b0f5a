import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import type { LoadedCase } from '../application/load-session.js';
import { CancelMeeting } from '../domain/cancel-meeting/cancel-meeting.command.js';
import { decideCancelMeeting } from '../domain/cancel-meeting/cancel-meeting.decide.js';
import type { CaseId } from '../domain/case-id.js';
import { resolveMeetingId } from '../domain/command.js';
import { agenda } from '../domain/meeting-state.js';

/** Loads the meeting and every case on its agenda, so all postponements are written with the cancellation. */
@CommandHandler(CancelMeeting)
export class CancelMeetingHandler implements ICommandHandler<CancelMeeting, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: CancelMeeting): Promise<CommandResult> {
    return this.runner.run(command, cancelMeetingDecider(command));
  }
}

/** Loads what CancelMeeting needs and decides it; also used when several commands are recorded together. */
export function cancelMeetingDecider(command: CancelMeeting): Decider {
  return async (load) => {
    const meeting = await load.meeting(resolveMeetingId(command.input.meeting));
    const cases = new Map<CaseId, LoadedCase>();
    for (const item of agenda(meeting)) cases.set(item.caseId, await load.case(item.caseId));
    return decideCancelMeeting(command, { meeting, cases });
  };
}
