import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner, type CommandResult, type Decider } from '../application/command-runner.js';
import { parseCaseId } from '../domain/case-id.js';
import { NoteEarlierTreatment } from '../domain/note-earlier-treatment/note-earlier-treatment.command.js';
import { decideNoteEarlierTreatment } from '../domain/note-earlier-treatment/note-earlier-treatment.decide.js';

@CommandHandler(NoteEarlierTreatment)
export class NoteEarlierTreatmentHandler implements ICommandHandler<NoteEarlierTreatment, CommandResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute(command: NoteEarlierTreatment): Promise<CommandResult> {
    return this.runner.run(command, noteEarlierTreatmentDecider(command));
  }
}

/** Loads what NoteEarlierTreatment needs and decides it; also used when several commands are recorded together. */
export function noteEarlierTreatmentDecider(command: NoteEarlierTreatment): Decider {
  return async (load) => {
    const target = await load.case(parseCaseId(command.input.caseId));
    return decideNoteEarlierTreatment(command, { caseId: target.caseId, case: target.state });
  };
}
