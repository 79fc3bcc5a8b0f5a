/**
 * The structured reading of one referat (minutes document).
 *
 * Every fact carries `line`: the 1-based line of the source document it was read from, so the importer can
 * cite `document#L<line>` in event metadata. Fields are optional when the document may not state them:
 * the parser never fills in a value it did not read (a missing fact is absent, with a warning).
 */

/** How the text was laid out: the three known publication forms, or `unknown` (no item headings found). */
export type MinutesLayout = 'pdf-text' | 'plain' | 'markdown' | 'unknown';

/**
 * Normalised decision outcomes (stable codes, stored in events: never rename).
 * - `noted`: Taget til efterretning / Til efterretning
 * - `approved`: Indstillingen godkendt / Godkendt / Tiltrådt
 * - `recommended`: Indstilles til godkendelse / Anbefales: the deciding body is another one; not decided yet
 * - `discussed`: Drøftet / Sagen blev drøftet
 * - `rejected`: Afvist / Ikke godkendt
 * - `commented`: `<committee> bemærker: ...` (e.g. a hearing answer)
 * - `withdrawn`: Udgår / Trukket
 * - `other`: the text could not be classified; it is kept verbatim and a warning is raised
 * Postponement (`Udsættes`) is not an outcome but the `postponed` flag.
 */
export type DecisionOutcome =
  | 'noted'
  | 'approved'
  | 'recommended'
  | 'discussed'
  | 'rejected'
  | 'commented'
  | 'withdrawn'
  | 'other';

export type Attendance = 'attended' | 'apologies' | 'absent';

/** Stable warning codes; `message` is for humans, `code` for programs. */
export type ParseWarningCode =
  | 'replacement-characters'
  | 'meeting-head-missing'
  | 'meeting-body-missing'
  | 'meeting-date-missing'
  | 'meeting-date-conflict'
  | 'meeting-body-from-url-unmatched'
  | 'meeting-body-from-address'
  | 'participant-unreadable'
  | 'no-items'
  | 'toc-mismatch'
  | 'item-number-missing'
  | 'item-number-out-of-order'
  | 'item-title-missing'
  | 'item-empty'
  | 'text-before-first-item'
  | 'unknown-heading'
  | 'duplicate-section'
  | 'empty-section'
  | 'case-number-ambiguous'
  | 'no-decision'
  | 'decision-unclassified'
  | 'decision-point-unknown'
  | 'outcome-conflicts-with-deciding-body'
  | 'recommendation-unreadable'
  | 'attachment-count-mismatch'
  | 'earlier-treatment-unreadable'
  | 'earlier-treatment-item-missing'
  | 'course-unreadable'
  | 'absence-unreadable'
  | 'closed-item-content-withheld'
  | 'decision-block-not-this-meeting'
  | 'contents-only-item'
  | 'municipality-former-name';

export interface ParseWarning {
  /** 1-based source line the warning is about (0 when it concerns the whole document). */
  line: number;
  code: ParseWarningCode;
  message: string;
}

export interface ParsedDocumentInfo {
  name: string;
  /** Number of lines in the source (CRLF, LF and lone CR all end a line). Hashing is left to the caller. */
  lineCount: number;
  layout: MinutesLayout;
  /** The `Source URL:` line's address, when present; else the caller's (the import's `sourceUrl`), on line 0. */
  sourceUrl?: string;
  sourceUrlLine?: number;
}

export interface ParsedMeeting {
  /** The committee as the document names it, e.g. `Erhvervs-, Beskæftigelses- og Uddannelsesudvalget`. */
  body?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** HH:MM */
  startTime?: string;
  /** HH:MM, when the head states when the meeting ended. */
  endTime?: string;
  location?: string;
  /** Where the meeting's identity was read: the head's title line, or the `Source URL:` line. */
  line: number;
  /** `head` when read from the document's head; `source-url` when the head is missing. */
  source: 'head' | 'source-url' | 'none';
  /** The meeting did not take place: a referat without items that says so (`Mødet er aflyst.`). */
  cancelled?: MeetingCancellation;
}

export interface MeetingCancellation {
  /** The line as written, e.g. `Mødet blev aflyst, da udvalget ikke var beslutningsdygtigt.` */
  text: string;
  /** What follows `da`, `fordi`, `pga.`, when the line gives a reason. */
  reason?: string;
  line: number;
}

export interface ParsedParticipant {
  name: string;
  /** Party letter, e.g. `A`, `Ø`. */
  party?: string;
  /** Other parenthesised notes, e.g. `2. viceborgmester`, `direktør`. */
  role?: string;
  attendance: Attendance;
  /** `Stedfortræder for <navn>`, `Suppleant for <navn>`: whom this member stood in for. */
  substituteFor?: string;
  /** Partial presence as written: `forlod mødet efter pkt. 5`, `sag 3-4`. */
  partial?: string;
  line: number;
}

export interface ParsedPersonReference {
  name: string;
  party?: string;
  role?: string;
  /** `apologies` (Afbud) or `absent` (Fraværende, Ikke til stede); absent from old readings means apologies. */
  attendance?: Attendance;
  /** Partial presence as written, e.g. `forlod mødet efter pkt. 5`. */
  partial?: string;
  line: number;
}

export type VotePosition = 'for' | 'against' | 'abstained';

/** `For stemte: A, F`, `Imod stemte: V`, `Undlod at stemme: C`: who, as written. */
export interface ParsedVote {
  position: VotePosition;
  who: string;
  line: number;
}

/** `<navn> tog forbehold`, `<parti> kan ikke tiltræde`: kept with the decision. */
export interface ParsedReservation {
  text: string;
  /** Who made it, as printed without party letters (`Lise Holm`, `Venstre`, `V`). */
  who: string[];
  line: number;
}

/** The municipality the document names, in its text or its source address; a hint for the importer. */
export interface ParsedMunicipality {
  name: string;
  slug: string;
  code: number;
  source: 'text' | 'source-url';
  line: number;
  /** The municipality before the reform of 2007 that the text names (`Broby`): `name` is its successor's. */
  formerName?: string;
}

export interface ParsedRecommendation {
  point: number;
  text: string;
  line: number;
}

export interface ParsedPointOutcome {
  point: number;
  /** Absent when the point was only postponed. */
  outcome?: DecisionOutcome;
  postponed: boolean;
  text: string;
  line: number;
}

export interface ParsedDecision {
  /** The Beslutning section exactly as written (line endings normalised to LF), trimmed. */
  text: string;
  /**
   * Overall outcome. Absent only when the decision is a bare postponement. When the points differ it is the
   * most consequential point outcome: recommended > approved > rejected > noted > commented > discussed >
   * withdrawn; `other` if any point could not be classified.
   */
  outcome?: DecisionOutcome;
  postponed: boolean;
  /** One entry per `Indstillingens punkt N: ...`; empty when the decision covers the whole recommendation. */
  pointOutcomes: ParsedPointOutcome[];
  /** Text that follows the outcome phrase, e.g. after `... med disse bemærkninger:`. */
  remarks?: string;
  /** For `recommended`: the body (or bodies) it goes on to, when the decision names them. */
  recommendedTo?: string;
  /** Vote lines in the decision (absent when there are none). */
  votes?: ParsedVote[];
  /** Reservations in the decision (absent when there are none). */
  reservations?: ParsedReservation[];
  /** The body and date of the dated block the decision was read from, when it had one. */
  body?: string;
  date?: string;
  line: number;
}

export interface ParsedAttachmentTitle {
  title: string;
  /** Marked `ANBEFALES` (recommended reading). */
  recommended: boolean;
  line: number;
}

export interface ParsedAttachments {
  /** Sum of the item's `N bilag` lines (a Meddelelser item may have several). */
  count?: number;
  /** Sum of `heraf M anbefales`. */
  recommendedCount?: number;
  titles: ParsedAttachmentTitle[];
  line: number;
}

export interface ParsedEarlierTreatment {
  body: string;
  /** YYYY-MM-DD */
  date: string;
  /** Item number(s) at that meeting; empty when the document leaves the number out (with a warning). */
  itemNumbers: number[];
  text: string;
  /** Outcome of that treatment, when the minutes print its decision (dated decision blocks, case history). */
  outcome?: DecisionOutcome;
  postponed?: boolean;
  /** Where it was read: a `Tidligere behandling` line, a dated decision block, or a case-history triple. */
  foundIn?: 'tidligere-behandling' | 'decision-block' | 'case-history';
  line: number;
}

export interface ParsedCourseEntry {
  /** YYYY-MM-DD of the earlier meeting. */
  date: string;
  body: string;
  /** All text of the entry (date line excluded), lines joined by LF. */
  text: string;
  /** Outcome of a decision stated in the entry, when it states one. */
  outcome?: DecisionOutcome;
  postponed: boolean;
  /** `Mødet aflyst ...`: the meeting did not take place. */
  cancelled: boolean;
  /** Why the meeting was cancelled, e.g. `udvalget ikke er beslutningsdygtigt på grund af flere afbud`. */
  reason?: string;
  line: number;
}

/** Narrative sections kept as text (never for closed items). */
export interface ParsedItemSections {
  /** Text between the heading and the first section heading (e.g. the announcements of a Meddelelser item). */
  preamble?: string;
  /** `Beskrivelse` (old layout). */
  description?: string;
  summary?: string;
  background?: string;
  presentation?: string;
  /** `Yderligere deltagelse (på mødet)`. */
  additionalParticipation?: string;
  economy?: string;
  /** `Forventet sagsgang`, `Sagsgang og sagstype`, `Politisk behandling`: the bodies the case goes through. */
  routing?: string;
  /** The `Indstilling` text before the numbered points (e.g. `Center for X indstiller, at`). */
  recommendationIntro?: string;
  /** Sections under headings the parser does not know, kept verbatim (each also raised as a warning). */
  other: { heading: string; text: string; line: number }[];
}

export interface ParsedItem {
  /** Absent when the heading has no number (with a warning). */
  number?: number;
  title: string;
  /** 1-based line of the item heading. */
  line: number;
  caseNumber?: string;
  caseNumberLine?: number;
  /** `Lukket: LUKKET ...` items: only title, number and case number (and absences) are output. */
  closed: boolean;
  /** The item-type code after the title, e.g. `B` of `(B)`. */
  typeCode?: string;
  decidingBody?: string;
  decidingBodyLine?: number;
  recommendations: ParsedRecommendation[];
  decision?: ParsedDecision;
  attachments?: ParsedAttachments;
  /** Members absent for this item (`Afbud ...` line). */
  absences: ParsedPersonReference[];
  earlierTreatments: ParsedEarlierTreatment[];
  course: ParsedCourseEntry[];
  sections: ParsedItemSections;
}

/**
 * A meeting that this document mentions only in items' `Sagens forløb` (e.g. a cancelled meeting), gathered
 * so the importer can record it (e.g. as cancelled, with these items postponed).
 */
export interface ReferencedMeeting {
  date: string;
  body: string;
  cancelled: boolean;
  reason?: string;
  /** Numbers (on this document's agenda) of the items whose course mentions the meeting. */
  itemNumbers: number[];
  /** Item numbers among them whose entry says `Udsættes`. */
  postponedItemNumbers: number[];
  lines: number[];
}

export interface ParsedMinutes {
  document: ParsedDocumentInfo;
  meeting: ParsedMeeting;
  municipality?: ParsedMunicipality;
  /** Lines dropped as page furniture, navigation, link labels or contents lists (not text of the minutes). */
  noiseLines?: number;
  participants: ParsedParticipant[];
  items: ParsedItem[];
  referencedMeetings: ReferencedMeeting[];
  warnings: ParseWarning[];
}
