import type { CommandMeta, MeetingRef } from '../command.js';
import type { Attachment, RecommendationPoint, SummarySection } from '../events.js';

export interface PresentItemInput {
  /** Journal number or provisional id; absent for an item without a number: a provisional id is derived from meeting and item number. */
  caseId?: string;
  /**
   * For an item recorded under a provisional case only: the journal reference the minutes print when it names no
   * single case (minutes before 2007 print a KLE group and facet, `00.01A00`, on every meeting's approval of the
   * agenda). Kept as printed, so the case still shows what the minutes said; a journal number goes in `caseId`.
   */
  printedCaseNumber?: string;
  meeting: MeetingRef;
  itemNumber?: number;
  /**
   * The item's place on the printed agenda (1-based). Read only for an item with neither a case
   * number nor an item number, to derive its provisional id; it is not an item number.
   */
  agendaPosition?: number;
  title: string;
  closed?: boolean;
  /** `Beslutningen træffes af`. */
  decidingBody?: string;
  /** `Indstilling`, in numbered points; a point without a number is numbered by its place. */
  recommendation?: Array<Omit<RecommendationPoint, 'number'> & { number?: number }>;
  /** `Sammendrag`, `Baggrund`, `Sagsfremstilling`, ... */
  summary?: SummarySection[];
  /** `recommended` absent is false. */
  attachments?: Array<Omit<Attachment, 'recommended'> & { recommended?: boolean }>;
}

export class PresentItem {
  static readonly type = 'PresentItem';
  constructor(
    readonly input: PresentItemInput,
    readonly meta: CommandMeta,
  ) {}
}
