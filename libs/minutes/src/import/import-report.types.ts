import type { MinutesLayout } from '../parser/parsed-minutes.types.js';

/** What happened to one command, or to all commands of an item (the most telling outcome wins). */
export type WriteOutcome = 'appended' | 'duplicate' | 'unchanged' | 'corrected' | 'failed';

export type ImportStatus = 'imported' | 'unchanged' | 'partial' | 'rejected';

export interface ImportedItemReport {
  /** The item's number on the agenda; null when the heading had none. */
  number: number | null;
  title: string;
  /** The journal number, or the provisional id of an item without one; null when none could be derived. */
  caseId: string | null;
  /** The decision's outcome code (the domain's vocabulary); null without a decision or for a bare postponement. */
  outcome: string | null;
  postponed: boolean;
  closed: boolean;
  written: WriteOutcome;
  /** The first failure, as `<Command>: <message>`. */
  error?: string;
  /** Line of the item's heading in the document. */
  line: number;
  /** What was read for the item, each fact with the line it was read from. */
  read: ItemFactRead[];
  /** What could not be read in the item's lines (the parser's warnings there), with line numbers. */
  notRead: ImportWarning[];
}

export interface ItemFactRead {
  /** `heading`, `case number`, `decision`, `deciding body`, `absence`, `earlier treatment`, `vote`, ... */
  fact: string;
  line: number;
  /** The value as read, short. */
  value: string;
}

export interface ImportedReferencedMeetingReport {
  meetingId: string | null;
  body: string;
  date: string;
  cancelled: boolean;
  reason: string | null;
  /** Numbers on this document's agenda of the items whose `Sagens forløb` names the meeting. */
  itemNumbers: number[];
  /** What was recorded about the meeting itself (the cancellation and the items postponed by it). */
  written: WriteOutcome;
  error?: string;
}

export interface ImportWarning {
  /** 1-based source line; 0 for the whole document. */
  line: number;
  /** The parser's warning codes, plus the importer's own (`import-*`). */
  code: string;
  message: string;
}

export interface ImportCounts {
  /** Commands sent (corrections included). */
  commands: number;
  appended: number;
  duplicate: number;
  unchanged: number;
  /** Facts corrected or retracted because a republished version says otherwise. */
  corrected: number;
  failed: number;
}

/** The answer to one imported document: plain JSON (no bigint, no Date, no class instances). */
export interface ImportReport {
  /**
   * `sourceUrl`: the address the document was read with (its municipality, a headless page's meeting): the text's
   * `Source URL:` line (`from: 'text'`, with its line), else the caller's `sourceUrl` (`from: 'caller'`).
   */
  document: { name: string; sha256: string; layout: MinutesLayout; sourceUrl?: { url: string; from: 'text' | 'caller'; line?: number } };
  /** Slug of the municipality the facts were recorded in (absent on a rejection). */
  municipality?: string;
  /** Null only for a rejected document whose meeting could not be read. */
  /** `cancelled` when the referat says the meeting did not take place (it then has no items). */
  meeting: { meetingId: string; body: string; date: string; cancelled?: true } | null;
  items: ImportedItemReport[];
  referencedMeetings: ImportedReferencedMeetingReport[];
  warnings: ImportWarning[];
  counts: ImportCounts;
  status: ImportStatus;
}
