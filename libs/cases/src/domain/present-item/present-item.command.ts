import type { CommandMeta, MeetingRef } from '../command.js';
import type { Attachment, RecommendationPoint, SummarySection } from '../events.js';

export interface PresentItemInput {
  /** Journal number or provisional id; absent for an item without a number: a provisional id is derived from meeting and item number. */
  caseId?: string;
  meeting: MeetingRef;
  itemNumber?: number;
  title: string;
  closed?: boolean;
  /** `Beslutningen træffes af`. */
  decidingBody?: string;
  /** `Indstilling`, in numbered points. */
  recommendation?: RecommendationPoint[];
  /** `Sammendrag`, `Baggrund`, `Sagsfremstilling`, ... */
  summary?: SummarySection[];
  attachments?: Attachment[];
}

export class PresentItem {
  static readonly type = 'PresentItem';
  constructor(
    readonly input: PresentItemInput,
    readonly meta: CommandMeta,
  ) {}
}
