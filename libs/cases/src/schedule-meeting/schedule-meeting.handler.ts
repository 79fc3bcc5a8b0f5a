import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult } from '../application/command-runner.js';
import { resolveMeetingId } from '../domain/command.js';
import { ScheduleMeeting } from '../domain/schedule-meeting/schedule-meeting.command.js';
import { decideScheduleMeeting } from '../domain/schedule-meeting/schedule-meeting.decide.js';

@CommandHandler(ScheduleMeeting)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeeting, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: ScheduleMeeting): Promise<CommandResult> {
    return this.runner.run(command, async (load) => {
      const meeting = await load.meeting(resolveMeetingId(command.input));
      return decideScheduleMeeting(command, { meeting });
    });
  }
}
