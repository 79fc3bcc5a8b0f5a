import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { resolveMeetingId } from '../domain/command.js';
import { ScheduleMeeting } from '../domain/schedule-meeting/schedule-meeting.command.js';
import { decideScheduleMeeting } from '../domain/schedule-meeting/schedule-meeting.decide.js';

@CommandHandler(ScheduleMeeting)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeeting, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: ScheduleMeeting): Promise<CommandResult> {
    return this.runner.run(command, scheduleMeetingDecider(command));
  }
}

/** Loads what ScheduleMeeting needs and decides it; also used when several commands are recorded together. */
export function scheduleMeetingDecider(command: ScheduleMeeting): Decider {
  return async (load) => {
    const meeting = await load.meeting(resolveMeetingId(command.input));
    return decideScheduleMeeting(command, { meeting });
  };
}
