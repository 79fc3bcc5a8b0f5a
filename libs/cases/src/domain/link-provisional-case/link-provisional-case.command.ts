import type { CommandMeta } from '../command.js';

export interface LinkProvisionalCaseInput {
  /** `P-<meetingId>-<itemNumber>` */
  provisionalId: string;
  /** The real journal number the provisional case turned out to be. */
  caseNumber: string;
}

export class LinkProvisionalCase {
  static readonly type = 'LinkProvisionalCase';
  constructor(
    readonly input: LinkProvisionalCaseInput,
    readonly meta: CommandMeta,
  ) {}
}
