import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, SystemClock, type Clock } from './application/clock.js';
import { CommandRunner } from './application/command-runner.js';
import { DEFAULT_MUNICIPALITY } from './application/municipality-view.js';
import { ID_GENERATOR, RandomIdGenerator, type IdGenerator } from './application/id-generator.js';
import { CancelMeetingHandler } from './cancel-meeting/cancel-meeting.handler.js';
import { CorrectFactHandler } from './correct-fact/correct-fact.handler.js';
import { LinkProvisionalCaseHandler } from './link-provisional-case/link-provisional-case.handler.js';
import { NoteEarlierTreatmentHandler } from './note-earlier-treatment/note-earlier-treatment.handler.js';
import { PostponeItemHandler } from './postpone-item/postpone-item.handler.js';
import { PresentItemHandler } from './present-item/present-item.handler.js';
import { RecordAttendanceHandler } from './record-attendance/record-attendance.handler.js';
import { RecordDecisionHandler } from './record-decision/record-decision.handler.js';
import { RecordTogetherHandler } from './record-together/record-together.handler.js';
import { ScheduleMeetingHandler } from './schedule-meeting/schedule-meeting.handler.js';

export const CASE_COMMAND_HANDLERS = [
  ScheduleMeetingHandler,
  RecordAttendanceHandler,
  CancelMeetingHandler,
  PresentItemHandler,
  PostponeItemHandler,
  RecordDecisionHandler,
  NoteEarlierTreatmentHandler,
  LinkProvisionalCaseHandler,
  CorrectFactHandler,
  RecordTogetherHandler,
];

export interface CasesModuleOptions {
  /** Modules that export EVENT_STORE (e.g. the app's event-store module). */
  imports?: ModuleMetadata['imports'];
  /** An EventStore instance instead (tests: InMemoryEventStore). */
  eventStore?: EventStore;
  /** Defaults to the system clock. */
  clock?: Clock;
  /** Defaults to random UUIDs. */
  idGenerator?: IdGenerator;
  /** The municipality of commands that name none; defaults to ballerup. */
  defaultMunicipality?: string;
}

/**
 * The case and meeting command handlers. The app imports CqrsModule.forRoot() once and this
 * module with its event store; commands are then sent with CommandBus.execute(new PostponeItem(...)).
 */
@Module({})
export class CasesModule {
  static register(options: CasesModuleOptions = {}): DynamicModule {
    return {
      module: CasesModule,
      imports: [CqrsModule, ...(options.imports ?? [])],
      providers: [
        ...(options.eventStore ? [{ provide: EVENT_STORE, useValue: options.eventStore }] : []),
        { provide: CLOCK, useValue: options.clock ?? new SystemClock() },
        { provide: ID_GENERATOR, useValue: options.idGenerator ?? new RandomIdGenerator() },
        ...(options.defaultMunicipality ? [{ provide: DEFAULT_MUNICIPALITY, useValue: options.defaultMunicipality }] : []),
        CommandRunner,
        ...CASE_COMMAND_HANDLERS,
      ],
      exports: [CommandRunner, CLOCK, ID_GENERATOR],
    };
  }
}
