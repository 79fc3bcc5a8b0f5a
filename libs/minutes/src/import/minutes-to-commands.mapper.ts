import {
  CancelMeeting,
  CaseNumber,
  NoteEarlierTreatment,
  PostponeItem,
  PresentItem,
  RecordAttendance,
  RecordDecision,
  ScheduleMeeting,
  InvalidInput,
  isSafeText,
  LIMITS,
  meetingIdFor,
  optionalItemNumber,
  presentItemCaseId,
  type CommandMeta,
  type Outcome,
  type SummarySection,
  type VoteLinesInput,
} from '#cases';
import type {
  DecisionOutcome,
  ParsedDecision,
  ParsedItem,
  ParsedItemSections,
  ParsedMinutes,
  ReferencedMeeting,
} from '../parser/parsed-minutes.types.js';
import { withClosedItemPartialPresence } from './closed-item-partial-presence.js';
import type { ImportWarning } from './import-report.types.js';

/** Every command the importer sends (CorrectFact is added by the republication corrector). */
export type ImportCommand =
  | ScheduleMeeting
  | RecordAttendance
  | PresentItem
  | RecordDecision
  | PostponeItem
  | NoteEarlierTreatment
  | CancelMeeting;

export interface PlannedItem {
  item: ParsedItem;
  /** Resolved case id: the journal number, else a provisional id (from the item number, else the place on the agenda). */
  caseId: string;
  /** The domain outcome of the decision, when there is one to record. */
  outcome: Outcome | null;
  postponed: boolean;
  /** In order; the first is PresentItem: when it fails, the rest are not sent. */
  commands: ImportCommand[];
}

export interface PlannedReferencedMeeting {
  reference: ReferencedMeeting;
  meetingId: string | null;
  /** The cancellation's wording as the minutes give it. */
  reason: string | null;
  commands: ImportCommand[];
}

export interface ImportPlan {
  meeting: { meetingId: string; body: string; date: string; cancelled?: true };
  meetingCommands: ImportCommand[];
  items: PlannedItem[];
  referencedMeetings: PlannedReferencedMeeting[];
  warnings: ImportWarning[];
}

/** The parser and the domain share the outcome vocabulary; this map makes the compiler check it stays so. */
const OUTCOME: Readonly<Record<DecisionOutcome, Outcome>> = {
  noted: 'noted',
  approved: 'approved',
  recommended: 'recommended',
  discussed: 'discussed',
  rejected: 'rejected',
  commented: 'commented',
  withdrawn: 'withdrawn',
  other: 'other',
};

export const domainOutcome = (outcome: DecisionOutcome): Outcome => OUTCOME[outcome];

/** Section headings as the minutes write them: the summary keeps the reader's vocabulary. */
const SECTION_HEADINGS: ReadonlyArray<[keyof Omit<ParsedItemSections, 'other'>, string]> = [
  ['preamble', 'Indledning'],
  ['description', 'Beskrivelse'],
  ['summary', 'Sammendrag'],
  ['background', 'Baggrund'],
  ['presentation', 'Sagsfremstilling'],
  ['additionalParticipation', 'Yderligere deltagelse'],
  ['economy', 'Økonomiske konsekvenser og finansiering'],
  ['recommendationIntro', 'Indstilling'],
];

export interface PlanContext {
  documentName: string;
  actor: string;
  /** Same for every command of one document version: the audit trail can find all facts of an import. */
  correlationId: string;
  /** The municipality (slug) every fact is recorded in; absent: the configured default. */
  municipality?: string;
}

/**
 * Turns parsed minutes into the commands that record them. Pure. Idempotency keys name the meeting
 * and each fact's place in it (item number, the meeting a reference points at), never the file name
 * or the time: the same minutes imported twice, under any name, append nothing the second time, and
 * a republished version reuses the keys of the facts it restates.
 *
 * Throws the domain's InvalidInput when the meeting's body or date is missing or unusable.
 */
export function planImport(parsed: ParsedMinutes, context: PlanContext): ImportPlan {
  const { body, date } = parsed.meeting;
  if (!body || !date) throw new MeetingUnreadable(!body ? 'no committee name' : 'no meeting date');
  const meetingId = meetingIdFor(body, date);
  const meeting = { body, date };
  const prefix = `import:${meetingId}`;
  const warnings: ImportWarning[] = [];
  const meta = (key: string, line: number): CommandMeta => ({
    ...(context.municipality ? { municipality: context.municipality } : {}),
    idempotencyKey: `${prefix}:${key}`,
    actor: context.actor,
    source: `document:${context.documentName}#L${Math.max(1, line)}`,
    correlationId: context.correlationId,
  });

  // A place the register cannot take (a reading run on into the member list) would fail the whole
  // meeting, and its start time with it: it is left out, and the report says so.
  const place = parsed.meeting.location;
  const placeFits = place !== undefined && place.length <= LIMITS.name && isSafeText(place);
  if (place && !placeFits) {
    warnings.push({ line: parsed.meeting.line, code: 'import-place-unusable', message: `The meeting's place (${place.length} characters) is longer than the register takes (${LIMITS.name}) or not plain text; the meeting is recorded without it` });
  }
  const meetingCommands: ImportCommand[] = [
    new ScheduleMeeting(
      { body, date, ...(parsed.meeting.startTime ? { startTime: parsed.meeting.startTime } : {}), ...(place && placeFits ? { place } : {}) },
      meta('meeting', parsed.meeting.line),
    ),
  ];
  const attendees = withClosedItemPartialPresence(parsed.participants, parsed.items);
  if (attendees.length > 0) {
    meetingCommands.push(
      new RecordAttendance(
        { meeting, participants: attendees.map(({ name, party, role, attendance, substituteFor, partial }) => {
          // Whom a substitute stood in for is kept beside the role, as the minutes say it.
          const notes = [role, substituteFor ? `stedfortræder for ${substituteFor}` : undefined].filter(Boolean).join(', ');
          return { name, attendance, ...(party ? { party } : {}), ...(notes ? { role: notes } : {}), ...(partial ? { partialPresence: partial } : {}) };
        }) },
        meta('attendance', attendees[0]!.line),
      ),
    );
  }

  if (parsed.meeting.cancelled) {
    // A referat of a meeting that did not take place: the cancellation is its one fact, worded as written.
    meetingCommands.push(new CancelMeeting({ meeting, reason: parsed.meeting.cancelled.text }, meta('cancelled', parsed.meeting.cancelled.line)));
  }

  const itemKeys = new ItemKeys();
  const items = parsed.items.map((item, index) => {
    const held = withNumberTheDomainHolds(item, warnings);
    return planItem(held, itemKeys.next(held), index + 1, { meetingId, meeting, meta, warnings });
  });

  const referencedMeetings = parsed.referencedMeetings.map((reference) => planReferencedMeeting(reference, items, { meetingId, meta, warnings }));

  return { meeting: { meetingId, body, date, ...(parsed.meeting.cancelled ? { cancelled: true as const } : {}) }, meetingCommands, items, referencedMeetings, warnings };
}

/**
 * The item as the domain can hold it: a number it does not take as an item number (the parser reads up to four digits,
 * numbers running on over a year, and a misread line may give `MII` as 1002) is left out, and the item is recorded
 * by its place on the agenda, with a warning: one item's number never refuses the whole document.
 */
function withNumberTheDomainHolds(item: ParsedItem, warnings: ImportWarning[]): ParsedItem {
  if (item.number === undefined || optionalItemNumberOrNull(item.number) !== null) return item;
  warnings.push({ line: item.line, code: 'import-item-number-invalid', message: `Item "${item.title}": ${item.number} is not an item number the register takes; the item is recorded by its place on the agenda` });
  const { number: _unheld, ...rest } = item;
  return rest;
}

/** The number as the domain reads an item number, or null where it refuses it. */
function optionalItemNumberOrNull(number: number): number | null {
  try {
    return optionalItemNumber(number, 'itemNumber') ?? null;
  } catch (error) {
    if (error instanceof InvalidInput) return null;
    throw error;
  }
}

/** The meeting's identity could not be read: nothing in the document can be placed. */
export class MeetingUnreadable extends Error {
  override readonly name = 'MeetingUnreadable';
}

/** `item:<n>`; a number repeated in the same minutes gets `-<k>`, an item without one `item:x<k>`. */
class ItemKeys {
  private readonly seen = new Map<string, number>();

  next(item: ParsedItem): string {
    const base = item.number === undefined ? 'x' : String(item.number);
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    if (item.number === undefined) return `item:x${count}`;
    return count === 1 ? `item:${base}` : `item:${base}-${count}`;
  }
}

interface ItemContext {
  meetingId: string;
  meeting: { body: string; date: string };
  meta: (key: string, line: number) => CommandMeta;
  warnings: ImportWarning[];
}

/**
 * A document that prints no item titles (Aabenraa's `Beslutningsprotokol`, Ishøj's web pages) still has items
 * with decisions; they are recorded under this marked title (the parser's `item-title-missing` warning names
 * the line) rather than lost because the domain needs a title.
 */
export const UNTITLED_ITEM = '(uden titel)';

const titleOf = (item: ParsedItem): string => (item.title.trim() === '' ? UNTITLED_ITEM : item.title);

function planItem(item: ParsedItem, key: string, agendaPosition: number, { meetingId, meeting, meta, warnings }: ItemContext): PlannedItem {
  const decision = item.decision;
  const outcome = decision?.outcome ? domainOutcome(decision.outcome) : null;
  const postponed = decision?.postponed === true && outcome === null;
  const base = { item, outcome, postponed };

  let caseNumber: string | undefined;
  if (item.caseNumber) {
    // As printed: PresentItem records it so, and matches the case by its key.
    if (CaseNumber.isValid(item.caseNumber)) caseNumber = CaseNumber.parse(item.caseNumber).printed;
    else warnings.push({ line: item.caseNumberLine ?? item.line, code: 'import-case-number-invalid', message: `Item ${item.number ?? '?'}: "${item.caseNumber}" is not a journal number; the item is recorded under a provisional case that shows it as printed` });
  }
  // A reference that names no single case (old minutes' `00.01A00`) stays on the provisional case as printed.
  const reference = !caseNumber && item.caseNumber && item.caseNumber.trim().length <= LIMITS.name && isSafeText(item.caseNumber) ? { printedCaseNumber: item.caseNumber } : {};
  // An agenda printed without numbers (title-only headings): an item that names no case either is
  // recorded under a provisional case by its place on the agenda, rather than lost.
  const place = !caseNumber && item.number === undefined ? { agendaPosition } : {};

  const present = new PresentItem(
    item.closed
      ? // A closed item: title and number only, whatever else the text holds.
        { ...(caseNumber ? { caseId: caseNumber } : {}), ...reference, meeting, ...(item.number !== undefined ? { itemNumber: item.number } : {}), ...place, title: titleOf(item), closed: true }
      : {
          ...(caseNumber ? { caseId: caseNumber } : {}),
          ...reference,
          meeting,
          ...(item.number !== undefined ? { itemNumber: item.number } : {}),
          ...place,
          title: titleOf(item),
          closed: false,
          ...(item.decidingBody ? { decidingBody: item.decidingBody } : {}),
          recommendation: item.recommendations.map((r) => ({ number: r.point, text: r.text })).filter((r) => r.text.trim()),
          summary: summaryOf(item.sections),
          attachments: (item.attachments?.titles ?? []).map((a) => ({ title: a.title, recommended: a.recommended })).filter((a) => a.title.trim()),
        },
    meta(`${key}:presented`, item.line),
  );
  const caseId = presentItemCaseId(present);
  const commands: ImportCommand[] = [present];

  if (item.absences.length > 0) {
    if (item.number === undefined) {
      warnings.push({ line: item.absences[0]!.line, code: 'import-absence-without-item-number', message: `Absences for an item without a number are not recorded (they would read as absences from the whole meeting)` });
    } else {
      commands.push(
        new RecordAttendance(
          { meeting, itemNumber: item.number, participants: item.absences.map(({ name, party, role, attendance }) => ({ name, attendance: attendance ?? ('apologies' as const), ...(party ? { party } : {}), ...(role ? { role } : {}) })) },
          meta(`${key}:attendance`, item.absences[0]!.line),
        ),
      );
    }
  }

  if (decision && !item.closed) {
    if (outcome) {
      // Where a recommended case goes on to: the body the decision names, else the item's deciding body.
      const recipient = decision.recommendedTo ?? item.decidingBody;
      const recipientUnstated = outcome === 'recommended' && !recipient;
      if (recipientUnstated) {
        warnings.push({ line: decision.line, code: 'import-recommendation-without-body', message: `Item ${item.number ?? '?'}: recommended on without naming the body that decides; the decision is recorded, its referral is not` });
      }
      commands.push(
        new RecordDecision(
          {
            caseId,
            meeting,
            // The item, not just the case: standing items (`Meddelelser`, `Eventuelt`) share one case number.
            ...(item.number !== undefined ? { itemNumber: item.number } : {}),
            outcome,
            decisionText: decision.text,
            ...(decision.remarks ? { remarks: decision.remarks } : {}),
            pointOutcomes: decision.pointOutcomes.filter((p) => p.outcome).map((p) => ({ point: p.point, outcome: domainOutcome(p.outcome!), text: p.text })),
            ...voteLinesOf(decision),
            ...(recipient ? { decidingBody: recipient } : {}),
            ...(recipientUnstated ? { recipientUnstated } : {}),
          },
          meta(`${key}:decision`, decision.line),
        ),
      );
    } else if (decision.postponed) {
      commands.push(
        new PostponeItem(
          { caseId, meeting, ...(item.number !== undefined ? { itemNumber: item.number } : {}), reason: decision.text, ...voteLinesOf(decision) },
          meta(`${key}:postponed`, decision.line),
        ),
      );
    }
  }

  for (const treatment of item.earlierTreatments) {
    const referenced = safeMeetingId(treatment.body, treatment.date);
    if (!referenced || referenced === meetingId) continue;
    const numbers: Array<number | undefined> = treatment.itemNumbers.length > 0 ? treatment.itemNumbers : [undefined];
    for (const itemNumber of numbers) {
      commands.push(
        new NoteEarlierTreatment(
          // A dated decision block or case-history entry tells the case's course, as `Sagens forløb` does.
          { caseId, body: treatment.body, date: treatment.date, ...(itemNumber !== undefined ? { itemNumber } : {}), foundIn: (treatment.foundIn ?? 'tidligere-behandling') === 'tidligere-behandling' ? 'tidligere-behandling' : 'sagens-forloeb', notedAt: meetingId, ...earlierOutcome(treatment) },
          meta(`${key}:earlier:${referenced}:${itemNumber ?? 'x'}`, treatment.line),
        ),
      );
    }
  }
  for (const entry of item.course) {
    // A cancelled meeting is recorded as such (with the item postponed there) from referencedMeetings.
    if (entry.cancelled) continue;
    const referenced = safeMeetingId(entry.body, entry.date);
    if (!referenced || referenced === meetingId) continue;
    commands.push(
      new NoteEarlierTreatment({ caseId, body: entry.body, date: entry.date, foundIn: 'sagens-forloeb', notedAt: meetingId, ...earlierOutcome(entry) }, meta(`${key}:course:${referenced}`, entry.line)),
    );
  }
  return { ...base, caseId, commands };
}

interface ReferenceContext {
  meetingId: string;
  meta: (key: string, line: number) => CommandMeta;
  warnings: ImportWarning[];
}

/**
 * A meeting named only in `Sagens forløb` as cancelled: the cases that went there are put on its
 * agenda (without a number: the minutes do not give one), and it is cancelled, which postpones them.
 * The domain accepts both in either order (an item presented at a cancelled meeting is postponed at
 * once), so other minutes naming the same meeting may arrive before or after these.
 */
function planReferencedMeeting(reference: ReferencedMeeting, items: readonly PlannedItem[], { meetingId, meta, warnings }: ReferenceContext): PlannedReferencedMeeting {
  const referenced = safeMeetingId(reference.body, reference.date);
  const entries = items.flatMap((planned) => planned.item.course.filter((entry) => entry.date === reference.date && entry.cancelled));
  const reason = entries.map((entry) => cancellationWording(entry.text)).find(Boolean) ?? reference.reason ?? null;
  if (!reference.cancelled || !referenced || referenced === meetingId) return { reference, meetingId: referenced, reason, commands: [] };
  if (!reason) {
    warnings.push({ line: reference.lines[0] ?? 0, code: 'import-cancellation-without-reason', message: `The meeting of ${reference.date} is said to be cancelled, but no reason was read` });
    return { reference, meetingId: referenced, reason, commands: [] };
  }
  const meeting = { body: reference.body, date: reference.date };
  const key = `referenced:${referenced}`;
  const commands: ImportCommand[] = [];
  for (const number of [...new Set(reference.itemNumbers)]) {
    const planned = items.find((p) => p.item.number === number);
    if (!planned?.caseId) continue;
    const line = planned.item.course.find((entry) => entry.date === reference.date)?.line ?? planned.item.line;
    commands.push(new PresentItem({ caseId: planned.caseId, meeting, title: planned.item.title, closed: planned.item.closed }, meta(`${key}:case:${planned.caseId}:presented`, line)));
  }
  commands.push(new CancelMeeting({ meeting, reason }, meta(`${key}:cancelled`, reference.lines[0] ?? 0)));
  return { reference, meetingId: referenced, reason, commands };
}

/** `Mødet aflyst, da ...` as written, when the entry has such a line. */
function cancellationWording(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^mødet\s+(?:er\s+)?aflyst/iu.test(line));
}

/** The decision's vote lines and reservations, as the commands take them (a postponement can carry them too). */
function voteLinesOf(decision: ParsedDecision): VoteLinesInput {
  return {
    ...(decision.votes ? { votes: decision.votes.map(({ position, who }) => ({ position, who })) } : {}),
    ...(decision.reservations ? { reservations: decision.reservations.map(({ text, who }) => ({ text, who })) } : {}),
  };
}

/** The outcome an earlier treatment's block or entry shows (or that the item was postponed there). */
function earlierOutcome(treatment: { outcome?: DecisionOutcome; postponed?: boolean }): { outcome?: Outcome; postponed?: boolean } {
  return { ...(treatment.outcome ? { outcome: domainOutcome(treatment.outcome) } : {}), ...(treatment.postponed ? { postponed: true } : {}) };
}

function summaryOf(sections: ParsedItemSections): SummarySection[] {
  const known = SECTION_HEADINGS.map(([field, heading]) => ({ heading, text: sections[field]?.trim() ?? '' }));
  const other = sections.other.map((s) => ({ heading: s.heading.trim(), text: s.text.trim() }));
  return [...known, ...other].filter((s) => s.heading && s.text);
}

function safeMeetingId(body: string, date: string): string | null {
  try {
    return meetingIdFor(body, date);
  } catch {
    return null;
  }
}
