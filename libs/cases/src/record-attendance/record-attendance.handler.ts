import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { resolveMeetingId } from '../domain/command.js';
import { RecordAttendance } from '../domain/record-attendance/record-attendance.command.js';
import { decideRecordAttendance } from '../domain/record-attendance/record-attendance.decide.js';

@CommandHandler(RecordAttendance)
export class RecordAttendanceHandler implements ICommandHandler<RecordAttendance, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: RecordAttendance): Promise<CommandResult> {
    return this.runner.run(command, recordAttendanceDecider(command));
  }
}

/** Loads what RecordAttendance needs and decides it; also used when several commands are recorded together. */
export function recordAttendanceDecider(command: RecordAttendance): Decider {
  return async (load) => {
    const meeting = await load.meeting(resolveMeetingId(command.input.meeting));
    return decideRecordAttendance(command, { meeting });
  };
}
