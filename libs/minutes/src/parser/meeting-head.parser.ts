import { MUNICIPALITY_THEN_BODY } from './vocabulary/head-forms.js';
import { bodyOfAddressPath } from './address-body.js';
import { partialPresenceOfSeveral, type SeveralPartial } from './several-named-partial.js';
import { asBodyName, bodySlugKey, cleanBodyName, endsWithBodyWord, namedForFieldOrPlace, namesBody, sameBody } from './body-name.js';
import { findClockTime, findDanishDate, isoDate } from './danish-date.js';
import type { Attendance, ParsedMeeting, ParsedParticipant } from './parsed-minutes.types.js';
import { readMemberEntry, readReportedApologies, statusOf, type MemberEntry } from './attendance.recogniser.js';
import { splitOutsideParentheses } from './person-list.parser.js';
import { readHeadingCandidate } from './item-heading.parser.js';
import { mayStartLike } from './line-prefilter.js';
import { readSectionHeading } from './section-heading.js';
import { collapseSpaces, normaliseSpacing, type SourceLine } from './source-line.js';
import { BODY_CLAUSE_TAIL, BODY_MEETING_PREFIX, BODY_PARTS_NOTE, MEETING_WORD_BEFORE_BODY, ORGANISATION_MEETING, bodyOfMeetingCompound, bodyOfOrganisationMeeting, BODY_MUNICIPALITY_PREFIX, BODY_PERIOD_PREFIX, BODY_LAW_PREFIX, BODY_SUFFIX, BODY_WORD, ENDS_WITH_BODY_WORD, fromGenitive } from './vocabulary/bodies.js';
import { ANNOUNCED_PLACE_SENTENCE, BODY_AND_DATE_LINE, BODY_RUNNING_HEAD, HEAD_LABELS, LOST_CLOCK_BEFORE_PLACE, MEETING_KIND_AFTER_PLACE, SENTENCE_AFTER_PLACE, MEETING_DATED_SENTENCE, HEAD_NOTE_LABEL, MEMBERS_BY_BODY_LABEL, MEMBER_ROLE_BEFORE_NAME, MEETING_BEGAN_SENTENCE, MEETING_NUMBER_LABEL, MEETING_HELD_SENTENCE, MEETING_PLACE_SENTENCE, OF_MUNICIPALITY_TAIL, PLACE_LABEL_BEFORE_VALUE, PUBLISHED_LINE, TITLE_LINES, type HeadField } from './vocabulary/head-labels.js';
import { CONTENTS_HEADING, LINK_LABEL } from './vocabulary/noise.js';
import { DATE_CUT_BEFORE_YEAR, DAY_ALONE, MONTH_AND_YEAR_START, TWELVE_HOUR_MARK, WEEKDAY_DATE, YEAR_STARTS_LINE } from './vocabulary/dates.js';
import { EARLIER_TREATMENT_LINE } from './vocabulary/decision-blocks.js';
import { NAME_TITLE, PARTIAL_UNDER_MEMBER } from './vocabulary/attendance.js';
import { ABSENT_THEN_CALLED_IN_LINE, ABSENT_THEN_INSTEAD_SENTENCE, PARTY_CLOSED_RUN, PARTY_THEN_NAME, ATTENDANCE_SENTENCE_BREAK, INSTEAD_OF_SENTENCE, FOR_MEMBER_STOOD_IN_SENTENCE, ABSENT_THEN_SUBSTITUTE_ENTRY, CALLED_IN_ENTRY, IN_PLACE_OF_ENTRY, SUBSTITUTE_FOR_LABEL_AFTER_LIST, LABEL_REPEATED_IN_LIST, PARTIAL_LIST_ENTRY, PARTIAL_LIST_LABEL, NOBODY, ORGANISATION_NAME, PARTIAL_SENTENCE, SEAT_WORD, STOOD_IN_AFTER_ABSENT, STOOD_IN_FOR_SENTENCE, SUBSTITUTE_CAME_AFTER_ABSENT, MEMBER_FOR_MEMBER_ENTRY, MEMBER_GROUP_PREFIX, SUBSTITUTE_LIST_ENTRY, SUBSTITUTE_SENTENCE, SUBSTITUTED_BY_SENTENCE } from './vocabulary/attendance.js';
import { CLOSED_SECTION, OPEN_SECTION } from './vocabulary/closed-markers.js';
import { councilMunicipality, municipalityNamed } from './vocabulary/municipalities.js';
import { memoByText } from './text-memo.js';
import { WarningCollector } from './warning-collector.js';
import { isPageCounterLine } from './prepass/strip-noise.js';
import { headInLabelForm, type HeadLine } from './head-forms.js';
import { splitRunOnLabels } from './run-on-head-labels.js';
import { allMatches } from './all-matches.js';
import { readApologyStandIns } from './apology-stand-ins.js';
import { readMembersBesideAbsence } from './members-beside-absence.js';
import { mayListRepresentatives, readRepresentatives } from './representative-lists.js';

export interface MeetingHeadReading {
  meeting: ParsedMeeting;
  participants: ParsedParticipant[];
  /** The contents list's heading, when the head has one (to check the item count against). */
  contentsLine?: number;
  /** Listed members whose absence list names items (`A (A), sag 3-4`): away for those, or all of it if they are every item. */
  awayForItems?: { participant: ParsedParticipant; attendance: Attendance }[];
  /** The head's last line when it is one line nothing read (an item page's title over its first section label). */
  trailingUnread?: SourceLine;
}

export interface SourceUrl {
  url: string;
  /** 0 for the caller's address (not a line of the text). */
  line: number;
  /** The `Source URL:` label's line when the address stands on the next line. */
  labelLine?: number;
}

/** What the caller says of the text's source: the address it was fetched from (an http(s) URL, checked by the caller). */
export interface GivenSource {
  sourceUrl?: string;
}

/** The caller's address, where the text prints none: read as the text's would be, on no line of it. */
export function callersSourceUrl(given: GivenSource): SourceUrl | undefined {
  const url = given.sourceUrl?.trim();
  return url ? { url, line: 0 } : undefined;
}

/** How a warning names where the address came from. */
const addressNamed = (sourceUrl: SourceUrl) => (sourceUrl.line === 0 ? "the caller's source address" : 'the Source URL line');

const URL_LINE = /^source\s+url\s*:\s*(\S*)/iu;
const mayBeUrlLine = mayStartLike([URL_LINE]);
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu;

/** The `Source URL:` line at the end of old PDF text, with the address on the same or the next line. */
export function findSourceUrl(lines: readonly SourceLine[]): SourceUrl | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    if (!mayBeUrlLine(lines[index]!.text)) continue;
    const match = URL_LINE.exec(lines[index]!.text);
    if (!match) continue;
    if (match[1]) return { url: match[1], line: lines[index]!.no };
    for (let next = index + 1; next < lines.length && next <= index + 3; next++) {
      const text = lines[next]!.text;
      if (!text) continue;
      if (ADDRESS.test(text)) return { url: text, line: lines[next]!.no, labelLine: lines[index]!.no };
      break;
    }
  }
  return undefined;
}

/** The words every head label starts with, from the table: most lines start with none of them. */
const mayBeHeadLabel = mayStartLike(HEAD_LABELS.map(([pattern]) => pattern));

function fieldOf(label: string): HeadField | undefined {
  if (!mayBeHeadLabel(label.trimStart())) return undefined;
  const key = label.trim().replace(/\s+/g, ' ');
  return HEAD_LABELS.find(([pattern]) => pattern.test(key))?.[1];
}

const BULLETED_LABEL = /^[•·▪]\s*(\p{L}[\p{L} ]{0,30}?)\s*:?$/u;

/** The bare `Møde` label (not `Mødenr.`, `Mødetype`). */
const MEETING_LABEL = /^møde\s*$/iu;

/**
 * `readLabelOnce`, remembered by text: the head asks it of most lines three or four times (the label column, the
 * line itself, the line after a member's), and a head that runs on over a repeated text meets its lines again. The
 * reading is shared: callers do not change it.
 */
const readLabel = memoByText(readLabelOnce);

/** `Mødedato: ...`, `UDVALG`, `Afbud fra: A (C)`, `Mødested Rådhuset` (First Agenda: label and value on one line, no colon). */
function readLabelOnce(text: string): Readonly<{ field: HeadField; value: string; label: string }> | undefined {
  // A list's status label bulleted as its entries are (` • Afbud` among ` • <navn>, <parti>` lines, a region's web page):
  // the label alone, of an absence.
  const bullet = BULLETED_LABEL.exec(text);
  if (bullet) {
    const field = fieldOf(bullet[1]!);
    return field === 'apologies' || field === 'absent' || field === 'mixedAbsence' ? { field, value: '', label: bullet[1]! } : undefined;
  }
  const colon = /^([\p{L}][\p{L} /]{0,30}?)\s*:\s*(.*)$/u.exec(text);
  if (colon) {
    const field = fieldOf(colon[1]!);
    // Table exports wrap the value in cell bars: `Udvalg: | Socialudvalget |`.
    // A meeting app's `Møde: <organ>` names the body (elsewhere `Møde:` holds the meeting's kind or number: passed over).
    if (field === 'ignored' && MEETING_LABEL.test(colon[1]!) && namesBody(colon[2]!.trim())) return { field: 'body', value: colon[2]!.trim(), label: colon[1]! };
    if (field) return { field, value: colon[2]!.replace(/^\|\s*|\s*\|$/gu, '').trim(), label: colon[1]! };
    // A board's `Bestyrelsen: A, B og C`: its members under the body's own word (only with names after the colon).
    if (colon[2]!.includes(',') && MEMBERS_BY_BODY_LABEL.test(colon[1]!.trim())) return { field: 'members', value: colon[2]!.trim(), label: colon[1]! };
  }
  const alone = fieldOf(text.replace(/[:.]$/u, ''));
  // (`Fra` is a label only with its value: `Referat` / `fra` / `Økonomiudvalget` is a title.)
  if (alone && !/^fra:?$/iu.test(text)) return { field: alone, value: '', label: text };
  // First Agenda: `Mødedato Onsdag d. 2. oktober 2024 kl. 15:00`, `Mødested Rådhuset`, `Mødedeltagere A (A), B (V)`.
  // A web referat's head without colons: `Udvalg Klima- og Miljøudvalget`, `Fraværende Frank Ibsen`, `Bemærkninger <tekst>`;
  // a protocol's `Mødet hævet kl. 10:50` (read so whether a tab or a space stands after the label); a transcript title's
  // line `Tid 19:00` (the hour right after the word), and a PDF's label wrapped round its value, `Starttidspunkt 08:30` /
  // `for møde:`.
  const spaced = /^(mødedato|dato(?=\s+\d)|(?:start)?tid(?:spunkt)?(?=\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}$)|mødet (?:hævet|afsluttet)(?=\s+kl\.?\s*\d)|mødested|mødeafholdelse|mødedeltagere|mødetidspunkt|afbud fra|afbud|fraværende|deltagere|til stede|tilstede|medlemmer|udvalg|bemærkninger)\s+(\S.*)$/iu.exec(text);
  if (spaced) {
    const field = fieldOf(spaced[1]!);
    const value = spaced[2]!.trim();
    // (A label followed by another label, a transcript's row of labels before their values, `Fraværende Stedfortræder
    // Byrådssalen, ...`: which value is whose the words do not say; none is read.)
    if (LABEL_WORD_FIRST.test(value)) return undefined;
    // `Afbud Jon Jul (V)`, `Medlemmer ...` as a sentence: only when the rest reads as a value.
    if (field && (field === 'date' || field === 'place' || field === 'endTime' || /\(|,/u.test(value) || field === 'members' || spacedValueFits(field, value))) return { field, value, label: spaced[1]! };
  }
  return undefined;
}

/** A head label's word opening what would be another label's value. */
const LABEL_WORD_FIRST = /^(?:stedfortrædere?|suppleanter?|referent|sekretær|sted|mødested|deltagere|medlemmer|fraværende|afbud|bemærkninger)(?:\s|$)/iu;

/** A colon-less label's value that reads as its field's: a body's name, names or `Ingen`, a remark on attendance. */
function spacedValueFits(field: HeadField, value: string): boolean {
  if (field === 'body') return namesBody(value);
  if (field === 'absent' || field === 'apologies' || field === 'members') return NOBODY.test(value) || looksLikeName(value);
  return field === 'ignored' && PARTIAL_SENTENCE.test(value);
}

interface HeadState {
  meeting: ParsedMeeting;
  participants: ParsedParticipant[];
  /** `weekday`: the label's value named the day of the week (`Dato: Torsdag den 8. marts 2018`). */
  labelDate?: { iso: string; line: number; weekday?: boolean };
  titleDate?: { iso: string; line: number };
  looseDate?: { iso: string; line: number };
  group?: HeadField;
  pending?: HeadField;
  afterDate: boolean;
  placeParts: string[];
  /** The body was read from a bare line; a title or label that names one later wins. */
  looseBody?: boolean;
  /** The last line that stated attendance (a member, `B deltog som suppleant for A.`): a partial presence may follow it. */
  attendanceLine?: number;
  /** The last line of a note's value (`Information:` / its sentences): a sentence on the next line goes on with it. */
  noteLine?: number;
  /** `A forlod mødet ...` told before the member list names A (Odder's `Information:` above `Mødedeltagere:`). */
  laterPartials: { name: string; partial: string; line: number }[];
  /** Members on an absence list with items named (`sag 129-138`): see `MeetingHeadReading.awayForItems`. */
  awayForItems: { participant: ParsedParticipant; attendance: Attendance }[];
  /** Under København's `Fraværende i mødet:`: members away for part of the meeting, one a line. */
  partList?: boolean;
  /** The last empty list label read (`Medlemmer:`) and where it stood among the joined lines. */
  emptyList?: { field: HeadField; index: number };
  /** `Medlemmer:` right over an empty absence label: the names after them are the two columns run together (`members-beside-absence.ts`). */
  besideAbsence?: { field: HeadField; index: number };
}

/**
 * Reads the document head (the lines before the first item) in any catalogued form: one-line titles
 * (`REFERAT <udvalg> d. ...`, `Referat til mødet i ... den ...`, `<udvalg> (<periode>) – Referat – ...`),
 * labels with the value on the same or a later line (`Mødedato:`, upper-case `UDVALG`), multi-line titles
 * (`Referat` / `til` / `mødet i <organ>` / `den ...` / `i <sted>`), a bare body line and date line, member
 * lists with statuses, substitutes and partial presence, and separate absence lists.
 */
export function parseMeetingHead(head: readonly SourceLine[], warnings: WarningCollector): MeetingHeadReading {
  const state: HeadState = { meeting: { line: 0, source: 'none' }, participants: [], afterDate: false, placeParts: [], laterPartials: [], awayForItems: [] };
  let contentsLine: number | undefined;
  let inContents = false;
  let unread: SourceLine[] = [];
  const reportUnread = (): void => {
    if (unread.length > 0) {
      warnings.add(unread[0]!.no, 'text-before-first-item', `${unread.length} line(s) before the first item not read: "${unread[0]!.text.slice(0, 60)}"`);
      unread = [];
    }
  };

  // The line printed above each head line, blank lines counted but not the page furniture the pre-pass dropped: a note
  // or a member list goes on over a page's break, not over a blank line.
  const lineAbove = new Map<number, number>();
  head.forEach((line, at) => at > 0 && lineAbove.set(line.no, head[at - 1]!.no));
  // The lines printed under a blank line: a wrapped value goes on over none.
  const underBlank = new Set<number>();
  head.forEach((line, at) => at > 0 && head[at - 1]!.blank && underBlank.add(line.no));
  const joined = [...splitRunOnLabels(pairLabelColumn(joinTitleFragments(headInLabelForm(head.filter((line) => !line.blank), isLabelAlone, isLabelLine))), fieldOf)];
  const seen = new Set<string>();
  for (let index = 0; index < joined.length; index++) {
    const { line } = joined[index]!;
    let text = joined[index]!.text;
    // Table exports close each head cell with a bar (`Dato: |` / `12-03-2019 16:00:00 |`, `---|---|`, an empty `|`).
    if (text.endsWith('|')) {
      text = text.replace(/^\|\s*|\s*\|$/gu, '').trim();
      if (/^[-|\s]*$/u.test(text)) continue;
      // (A member list's line is read again from the joined lines: `Tove Riis, Anja Bang |` without its bar.)
      joined[index] = { line, text };
    }
    // A page's running head repeated inside the head (a member list split by a page break) is read once; a
    // member listed again under `Fraværende` is that member's absence, not a repeat; nor is a note under the member it is
    // about, the same for two members (Ballerup's `Deltog ikke under punkterne 20-21` under each).
    if (seen.has(text) && !state.pending && (!state.group || state.group === 'members') && !isPartialUnderMember(text)) continue;
    seen.add(text);
    // A label paired with its value from a column (`Mødedato: Mandag ...`) is seen as printed too: a page's head that
    // repeats the bare label (`Mødedato:` inside a member list split by a break) is that head again.
    const pairedLabel = text.includes(':') ? /^([^:]{2,40}):\s+\S/u.exec(text) : null;
    if (pairedLabel) seen.add(`${pairedLabel[1]}:`);
    // (But a web page's `Referat` over its agenda's titles, `- Godkendelse af dagsorden`, ends the list: no running head.)
    if (state.group && LIST_ENDING_HEADING.test(text) && joined[index + 1] && isAgendaEntry(joined[index + 1]!.text)) {
      state.group = undefined;
      // (The titles are the agenda's entries: no place, no head fact.)
      inContents = true;
      contentsLine ??= line.no;
      continue;
    }
    if (state.group && (/^(?:referat|åbent referat|lukket referat|dato:\s*\S+|side\s+\d+.*)$/iu.test(text) || (state.meeting.body && text === state.meeting.body))) continue;
    // A place that ends in a comma goes on on the next line (`Mødelokale 3,` / `Rådhuset i Aabybro`).
    const location = state.meeting.location;
    // (Not over a blank line: Holbæk's `STED` / `Mødelokale 18, Rådhuspladsen 1, 1. tv.,` / `` / `STARTTIDSPUNKT`.)
    if (location !== undefined && location.endsWith(',') && !underBlank.has(line.no) && text.length <= 80 && !readLabel(text) && !readHeadingCandidate(line) && !isAgendaPart(text)) {
      state.meeting.location = `${location} ${text}`;
      continue;
    }
    if (/^(?:punkt|titel|punkt nr\.?|side|sager\s+\d+\s*[-–]\s*\d+|pkt\.?\s+tekst(?:\s+side)?|indholdsfortegnelse\s+(?:åbent|lukket)\s+møde)$/iu.test(text) || (state.group && /^\d{2,4}\s+\p{Lu}/u.test(text))) {
      // Column headers of an item list (`Punkt` / `Titel`, `Punkt nr.` / `Side`, `Pkt. Tekst`) and `Sager 1 - 4` end any
      // member list, and so does a contents entry under it (`412 Godkendelse af dagsorden` under `Indkaldelse`), and a
      // region's `Indholdsfortegnelse åbent møde` under its members.
      state.group = undefined;
      continue;
    }
    if (CONTENTS_HEADING.test(text) && /indhold|punkter|sager/iu.test(text)) {
      reportUnread();
      inContents = true;
      contentsLine ??= line.no;
      continue;
    }
    if (inContents) {
      // Contents entries that the pre-pass did not drop (cut-off titles): not head facts.
      if (!readLabel(text) && !isTitle(text)) continue;
      inContents = false;
    }
    if (state.pending) {
      const field = state.pending;
      state.pending = undefined;
      // Ishøj: `Referat` over `<organ> mandag den <dato> kl. ...`: the value names the body too.
      if (field === 'date' && readBodyAndDate(state, text, line)) continue;
      // `Information:` / `Mødet sluttede kl. 18.10. A forlod mødet kl. 17.00 ...`: a note's sentences may tell who left.
      if (field === 'ignored') state.noteLine = line.no;
      // (Hvidovre's `Bemærkninger` / `A deltog for B. Husk ...`: who stood in for whom, among the note's sentences; read
      // before the departures, since one note may tell both: `B deltog som stedfortræder for A. C forlod mødet ...`.)
      if (field === 'ignored' && /(?:deltog|mødte)\s+(?:som\s+\S+\s+|i\s+stedet\s+)?for\s/u.test(text)) {
        for (const sentence of text.split(/(?<=\p{Ll}\.)\s+(?=\p{Lu})/u)) {
          const stood = STOOD_IN_FOR_SENTENCE.exec(sentence.trim());
          if (stood) markSubstitute(state, withoutParty(stood.groups!.name!).replace(/\.$/u, ''), withoutParty(stood.groups!.for!).replace(/\.$/u, ''), line.no, warnings);
        }
      }
      if (field === 'ignored' && mayTellPartialPresence(text) && markPartialPresenceInSentences(state, text, line.no, warnings)) continue;
      // An empty label (`Lokation:`) before the first item: the item's heading is not its value.
      if (!readLabel(text) && !readHeadingCandidate(line) && applyValue(state, field, text, line)) continue;
    }
    // København's `Fraværende i mødet:` / `A til kl. 18.40 i punkt 2`: present, for part of the meeting.
    if (PARTIAL_LIST_LABEL.test(text)) {
      reportUnread();
      state.group = undefined;
      state.partList = true;
      continue;
    }
    const away = state.partList ? PARTIAL_LIST_ENTRY.exec(text) : null;
    state.partList = away !== null;
    if (away) {
      const member = readMemberEntry(away.groups!.name!);
      if (member && looksLikeName(member.name)) {
        addParticipant(state, { ...member, partial: away.groups!.partial! }, line.no, 'members', warnings);
        continue;
      }
    }
    if (HEAD_NOTE_LABEL.test(text)) {
      reportUnread();
      state.group = undefined;
      state.pending = 'ignored';
      continue;
    }
    // (Gate: the sentence's verb, before the pattern.)
    if (text.includes('indkaldt') && readAbsentThenCalledIn(state, text, line.no, warnings)) {
      reportUnread();
      state.group = undefined;
      continue;
    }
    // Frederiksberg: `A og B havde meldt forfald. I stedet mødte C og D.`, a line of its own under the title.
    if (readApologiesWithStandIns(state, text, line.no, warnings)) {
      reportUnread();
      state.group = undefined;
      continue;
    }
    const outer = readLabel(text);
    if (!outer && /i stedet/iu.test(text) && readInsteadSentences(state, text, line.no, warnings)) {
      reportUnread();
      state.group = undefined;
      continue;
    }
    // Viborg: `Bemærkninger A forlod mødet kl. 17.10 efter behandlingen af sag nr. 4.`: a member listed above left early;
    // also a line of its own right under the attendance lines, no blank line between (`A deltog fra punkt 3.`), or
    // further down when it names a listed member. (Every such sentence says `forlod`, `ankom`, `kom`, `mødte` or `deltog`.)
    const leftEarly = outer
      ? outer.field === 'ignored' ? outer.value : ''
      : mayTellPartialPresence(text) && (rightUnderAttendance(state, lineAbove.get(line.no)) || namesListedMember(state, text) || isUnderNote(state, lineAbove.get(line.no)) || NAME_TITLE.test(text)) ? text : '';
    if (leftEarly && markPartialPresenceInSentences(state, leftEarly, line.no, warnings)) {
      // (The note's next sentence may be on the next line too.)
      if (isUnderNote(state, lineAbove.get(line.no))) state.noteLine = line.no;
      reportUnread();
      state.group = undefined;
      continue;
    }
    // `Lise Brandt (D) deltog som stedfortræder for Per Sindal (D).`, `B deltog i stedet for A.`, and under an ignored label (Hvidovre's `Særlige
    // forhold: Jonas Krogh er suppleant for Birgit Lerche`): who stood in for whom.
    const remark = outer?.field === 'ignored' && outer.value ? outer.value : outer ? undefined : text;
    const standIn = remark !== undefined && /stedfortræder|suppleant|i stedet for|(?:deltog|mødte) for/iu.test(remark) ? (STOOD_IN_FOR_SENTENCE.exec(remark) ?? FOR_MEMBER_STOOD_IN_SENTENCE.exec(remark)) : null;
    if (standIn) {
      reportUnread();
      state.group = undefined;
      // (A name that ends the sentence keeps its full stop in the pattern: it is not the name's.)
      markSubstitute(state, withoutParty(standIn.groups!.name!).replace(/\.$/u, ''), withoutParty(standIn.groups!.for!).replace(/\.$/u, ''), line.no, warnings);
      continue;
    }
    // Aabenraa: `Bemærkninger: Der er afbud fra A.`: the apologies the note reports.
    // (Also as a head's own sentence under its title block, no label over it: `Der var afbud fra A (O) og B (C).`)
    const reported = outer?.field === 'ignored' && outer.value ? readReportedApologies(outer.value) : !outer && HEAD_APOLOGY_SENTENCE.test(text) ? readReportedApologies(text) : undefined;
    if (reported) {
      reportUnread();
      state.group = undefined;
      for (const person of reported) addParticipant(state, { name: person.name, ...(person.party ? { party: person.party } : {}), attendance: 'apologies' }, line.no, 'apologies', warnings);
      continue;
    }
    // Aabenraa: `Bemærkninger: Afbud: A`: a label inside an ignored one is read for itself.
    const label = outer?.field === 'ignored' && outer.value ? (readLabel(outer.value) ?? outer) : outer;
    if (label) {
      reportUnread();
      state.group = undefined;
      state.afterDate = false;
      if (label.value.length === 0) {
        if (isGroupField(label.field)) state.group = label.field;
        if (isGroupField(label.field)) noteEmptyListLabel(state, label.field, index);
        else state.pending = label.field;
        continue;
      }
      // `Medlemmer:` / `Fraværende: <both columns' names run together>`.
      if (besideEmptyMembers(state, label.field, index) && addMembersBesideAbsence(state, label.value, label.field, line.no, warnings)) continue;
      if (isGroupField(label.field)) {
        // Hvidovre's `Medlemmer: A, B, Vibeke` / `Nørskov, C, D`: a comma list wrapped inside a name goes on; so does one
        // wrapped inside a bracket (`..., Mette Hvam (A) (suppleant` / `for Lone Bruun)`).
        let members = label.value;
        // (And one hyphenated inside a name, a PDF's `..., Daniel Do-` / `noso (F), ...`: joined without the hyphen.)
        while (members.includes(',') && joined[index + 1] && (WRAPPED_LIST_TAIL.test(joined[index + 1]!.text) || opensBracket(members) || hyphenatedInName(members, joined[index + 1]!.text)) && !readLabel(joined[index + 1]!.text)) {
          const next = joined[index + 1]!.text;
          members = hyphenatedInName(members, next) ? `${members.trimEnd().slice(0, -1)}${next}` : `${members} ${next}`;
          joined.splice(index + 1, 1);
        }
        addMembers(state, members, line, label.field, warnings);
        // `Deltagere: A, B,` / `C, D`: a list that ends in a comma goes on on the next line; so does a PDF's member
        // column run into lines, each name closed by its party (`Medlemmer A (V) B (C)` / `D (A) E (F)`).
        // (And Gribskov's old web page, `Deltagere: A - Grundejerforbundet` over `B - Grundejerforbundet`: each member
        // with the organisation after a dash, one a line.)
        if (members.endsWith(',') || (label.field === 'members' && members.endsWith(')') && PARTY_CLOSED_RUN.test(members.trim())) || (label.field === 'members' && dashedOrganisationLines(members, joined[index + 1]?.text))) state.group = label.field;
        continue;
      }
      // A Markdown export's page title `Referat: <organ>` wears the date label `Referat:` with no date after it: a title.
      if (!applyValue(state, label.field, label.value, line) && label.field === 'date' && !state.meeting.body) readTitle(state, text, line);
      continue;
    }
    // `A var substitueret ved B og C var substitueret ved D.` (an older protocol's head).
    if (text.includes('substitueret')) {
      // The sentence read whole, also when wrapped over lines.
      let sentence = text;
      let last = index;
      while (!/\.\s*$/u.test(sentence) && last + 1 < joined.length && last - index < 3) sentence = `${sentence} ${joined[++last]!.text}`;
      const substituted = allMatches(sentence, SUBSTITUTED_BY_SENTENCE);
      if (substituted.length > 0) {
        reportUnread();
        for (const match of substituted) addParticipant(state, { name: match.groups!.name!.replace(/\.$/u, ''), substituteFor: match.groups!.for! }, line.no, 'members', warnings);
        index = last;
        continue;
      }
    }
    const substitute = /^i\s+stedet\s+for\s+(?<for>.+?)\s+(?:mødte|deltog)(?:\s+(?:\d+\.\s*)?(?:stedfortræder|suppleant))?\s+(?<name>\p{Lu}.+?)\.?$/iu.exec(text);
    if (substitute) {
      // Odense: `I stedet for Lene Skov mødte Per Holm.`, a pre-2007 referat's `I stedet for A deltog stedfortræder B.`
      reportUnread();
      addParticipant(state, { name: substitute.groups!.name!, substituteFor: substitute.groups!.for! }, line.no, 'members', warnings);
      continue;
    }
    if ((state.meeting.source === 'none' || state.looseBody) && readTitle(state, text, line)) {
      reportUnread();
      continue;
    }
    // A line ending in a colon (`Følgende sager behandles:`) heads something else: no member's name, the list ends.
    if (state.group && text.endsWith(':')) state.group = undefined;
    // So does prose under the list (`Formanden konstaterede, at der var quorum.`): a sentence, no name.
    if (state.group && isProseSentence(text)) state.group = undefined;
    // (The member column's next line, `D (A) E (F)`, perhaps under a letterhead's address printed beside the column.)
    if (state.group === 'members' && text.endsWith(')') && PARTY_CLOSED_RUN.test(text)) {
      reportUnread();
      addMembers(state, text, line, 'members', warnings);
      continue;
    }
    // (Cheap gate: the line opens with `D`/`d`, `Deltog ...`.)
    if (state.group && state.participants.length > 0 && isPartialUnderMember(text)) {
      // Ballerup's web page: `Deltog ikke under punkterne 20-21` as a bullet of its own under the member it is about.
      reportUnread();
      state.participants[state.participants.length - 1]!.partial = bulletless(text).replace(/\.$/u, '');
      continue;
    }
    // (Gate: only right under `Medlemmer:` / `Fraværende:` both empty.)
    if (state.besideAbsence?.index === index - 1 && addMembersBesideAbsence(state, text, state.besideAbsence.field, line.no, warnings)) {
      reportUnread();
      state.group = undefined;
      continue;
    }
    if (state.group && addMemberLine(state, joined, index, warnings)) {
      reportUnread();
      continue;
    }
    const status = statusOf(text);
    if (status && state.participants.length > 0 && state.group) {
      // Ballerup's old PDF text: `Deltog ikke` on the line after the member it is about.
      const last = state.participants[state.participants.length - 1]!;
      if (status !== 'attended') last.attendance = status;
      continue;
    }
    if (/^\s*[-–]?\s*\p{Lu}[\p{L} ]+\([A-ZÆØÅ]\)\s*[-–]\s*(?:deltog|afbud|fraværende)/iu.test(text) || /\s[-–]\s*(?:deltog|deltog ikke|afbud|fraværende)\s*$/iu.test(text)) {
      reportUnread();
      addMembers(state, text, line, state.group ?? 'members', warnings);
      continue;
    }
    // A protocol's head: `Kaj Holm (V) forlod mødet efter sag 57.` on a line of its own right under its absence list.
    if (!outer && /\b(?:forlod|ankom|mødte|deltog)\b/u.test(text) && underAbsenceList(state, line.no) && markPartialPresence(state, text, line.no, warnings)) {
      reportUnread();
      continue;
    }
    // A joint body's attendees, each with the body represented in brackets (`representative-lists.ts`).
    if (mayListRepresentatives(text) && addRepresentatives(state, text, line.no, warnings)) {
      reportUnread();
      continue;
    }
    if (readLoose(state, text, line)) {
      reportUnread();
      continue;
    }
    unread.push(line);
  }
  const lastWritten = head.findLast((line) => !line.blank);
  const trailingUnread = unread.length === 1 && unread[0] === lastWritten ? unread[0] : undefined;
  reportUnread();
  resolveLaterPartials(state, warnings);

  const { meeting } = state;
  if (state.placeParts.length > 0 && !meeting.location) meeting.location = state.placeParts.join(', ');
  // (A place's comma that no wrapped line followed is no part of it.)
  if (meeting.location?.endsWith(',')) meeting.location = meeting.location.slice(0, -1).trimEnd();
  // (Nor is the meeting's kind printed after the place, `i Mødesalen, Ringe - Ekstraordinært`.)
  if (meeting.location?.includes('rdinært')) meeting.location = meeting.location.replace(MEETING_KIND_AFTER_PLACE, '');
  // Frederikssund's `Mødelokale F 7, Frederikssund kl. 16.00`: the time after the place is the meeting's, not the place's.
  const timed = meeting.location ? PLACE_WITH_TIME.exec(meeting.location) : null;
  if (timed) {
    meeting.location = timed.groups!.place!;
    meeting.startTime ??= clock(timed.groups!.hours!, timed.groups!.minutes!);
  }
  // Old PDF heads print their labels in one column and the values in another: the date stands under another
  // label (`Afbud fra: Onsdag den 15-maj-2002 ...`). A date after its weekday is the meeting's.
  if (!state.labelDate && !state.titleDate && !state.looseDate) state.looseDate = weekdayDate(joined);
  const date = state.labelDate ?? state.titleDate ?? state.looseDate;
  if (date) {
    meeting.date = date.iso;
    if (state.labelDate && state.titleDate && state.titleDate.iso !== state.labelDate.iso) {
      warnings.add(state.labelDate.line, 'meeting-date-conflict', `Mødedato ${state.labelDate.iso} differs from the title's date ${state.titleDate.iso}; using Mødedato`);
    }
    if (meeting.source === 'none') {
      meeting.source = 'head';
      meeting.line = date.line;
    }
  }
  if (meeting.source === 'none' && meeting.body) meeting.source = 'head';
  return {
    meeting,
    participants: state.participants,
    ...(contentsLine ? { contentsLine } : {}),
    ...(state.awayForItems.length > 0 ? { awayForItems: state.awayForItems } : {}),
    ...(trailingUnread ? { trailingUnread } : {}),
  };
}

function weekdayDate(lines: ReadonlyArray<{ line: SourceLine; text: string }>): { iso: string; line: number } | undefined {
  for (const { line, text } of lines) {
    const weekday = WEEKDAY_DATE.exec(text);
    const date = weekday ? findDanishDate(text.slice(weekday.index)) : undefined;
    if (date && date.index === weekday![0].length) return { iso: date.iso, line: line.no };
  }
  return undefined;
}

/**
 * A table cell that is a head label by itself (`Sted`, `Mødedato:`); not one whose field is ignored (`Formand<tab>A (V)`
 * is a member list's row, not a label and its value), nor a word that also starts a title or a place (`REFERAT<tab><organ>
 * d. ...`, `Mødelokale<tab>2, Rådhuset`).
 */
function isLabelAlone(text: string): boolean {
  const label = text.replace(/[:.]$/u, '');
  const field = fieldOf(label);
  return field !== undefined && field !== 'ignored' && !DOCUMENT_KIND.test(label) && !ROOM_LABEL.test(label);
}

const ROOM_LABEL = /^(?:møde)?lokale$/iu;

const isLabelLine = (text: string): boolean => readLabel(text) !== undefined;

/**
 * Old PDF heads print their labels in one column and the values in another (Broby 2002: `Dato:` ... `Afbud fra:`,
 * then the six values; Vordingborg: `Sted` / `Medlemmer` / `Fraværende`, then theirs): a run of three or more empty labels and
 * after it as many values, in the same order, are read as `<label>: <value>`. A value ending in a comma goes on on
 * the next line; the last label may have none (`Bemærkninger:`). A single value after two labels pairs nothing, nor do
 * values that run on into other text.
 */
function pairLabelColumn(lines: readonly HeadLine[]): HeadLine[] {
  const out: HeadLine[] = [];
  // Whether each line is an empty label (0: not asked yet, 1: yes, 2: no): a run shorter than a column is asked again
  // from each of its lines.
  const emptyLabel = new Uint8Array(lines.length);
  const isEmptyLabel = (at: number): boolean => {
    // (`Referat` over the labels titles the document: no label of the column.)
    if (emptyLabel[at] === 0) emptyLabel[at] = !DOCUMENT_KIND.test(lines[at]!.text) && readLabel(lines[at]!.text)?.value === '' ? 1 : 2;
    return emptyLabel[at] === 1;
  };
  for (let index = 0; index < lines.length; ) {
    let end = index;
    while (end < lines.length && isEmptyLabel(end)) end++;
    const labels = lines.slice(index, end);
    // A page's running head that repeats labels the head stated already (`Mødedato:` / `Mødetidspunkt:` over the rest of
    // a member list split by a page break) starts no column: the names under it are no values of its labels.
    if (labels.length >= 2 && labelStatedBefore(lines, index)) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    // Two empty labels in a row are as often an empty value and a label whose value follows (Ballerup's
    // `Afbud/Fraværende` / `Sekretær` / `Mette Ravn`): a column has three or more, or two printed tight (Haderslev).
    if (labels.length === 2 && isTightPair(lines, index)) {
      out.push(...labels.map((label, at) => ({ line: lines[index + 2 + at]!.line, text: `${label.text.replace(/:\s*$/u, '')}: ${lines[index + 2 + at]!.text}` })));
      index += 4;
      continue;
    }
    if (labels.length < 3) {
      out.push(lines[index]!);
      index++;
      continue;
    }
    const values: HeadLine[] = [];
    let next = end;
    while (next < lines.length && values.length < labels.length && isColumnValue(lines[next]!, labels[values.length]!)) {
      const first = lines[next]!;
      let text = first.text;
      for (next++; (text.endsWith(',') || opensBracket(text)) && next < lines.length && isColumnValue(lines[next]!); next++) text = `${text} ${lines[next]!.text}`;
      values.push({ line: first.line, text });
    }
    // The column of values ends where the next label (or the head) does: Ballerup's `Afbud/Fraværende` / `Sekretær` /
    // `Mette Ravn` / <the page's running head> are an empty label and a label with its value.
    const after = lines[next];
    // (Or at a KMD-era page's stray access marker, `åben` alone under the head, Ringe 2005.)
    // (Or at a blank line: the head's last value over a gap, then a page's running head, `Byrådets møde den ...`.)
    const endsAtLabel =
      !after || (readLabel(after.text) !== undefined && !DOCUMENT_KIND.test(after.text)) || CONTENTS_HEADING.test(after.text) || readHeadingCandidate(after.line) !== undefined || ACCESS_WORD_ALONE.test(after.text) || (values.length === labels.length && after.line.no > lines[next - 1]!.line.no + 1);
    if (values.length < 2 || values.length < labels.length - 1 || !endsAtLabel) {
      out.push(...labels);
      index = end;
      continue;
    }
    labels.forEach((label, at) => {
      const value = values[at];
      out.push(value ? { line: value.line, text: `${label.text.replace(/[:.]\s*$/u, '')}: ${value.text}` } : label);
    });
    index = next;
  }
  return out;
}

const DOCUMENT_KIND = /^(?:referat|dagsorden|beslutningsprotokol)$/iu;
/** An access word alone on its line (`åben`, `Lukket`): a page's marker, no value of a label. */
const ACCESS_WORD_ALONE = /^(?:åben|åbent|lukket)$/iu;

/** A value wrapped inside a bracket goes on (Tårnby's `Winnie Sand ( i stedet for` / `Brian Frisk)`). */
function opensBracket(text: string): boolean {
  return text.lastIndexOf('(') > text.lastIndexOf(')');
}

/** (A date is a value, though `4. september 2024` reads like a numbered item's heading.) */
function isColumnValue(candidate: HeadLine, label?: HeadLine): boolean {
  // (The meeting's number under `Mødenr.:` is a bare number, which also reads like an item's heading.)
  if (label && MEETING_NUMBER_LABEL.test(label.text) && /^\d{1,3}$/u.test(candidate.text.trim())) return true;
  return !readLabel(candidate.text) && (findDanishDate(candidate.text)?.index === 0 || !readHeadingCandidate(candidate.line)) && !CONTENTS_HEADING.test(candidate.text);
}

/** Whether the label at `index` stood earlier in the head (with its value or in an earlier column). */
function labelStatedBefore(lines: readonly HeadLine[], index: number): boolean {
  const key = (text: string) => readLabel(text)?.label.replace(/:\s*$/u, '').toLowerCase();
  const label = key(lines[index]!.text);
  return lines.slice(0, index).some((entry) => key(entry.text) === label);
}

/**
 * Two labels with colons and their two values, four lines printed without a blank line between (Haderslev's protocol:
 * `Mødelokale:` / `Fraværende:` / `Byrådssalen, Haderslev Rådhus` / `Lars Bjerg, Inge Holt`), or with a gap where the
 * first value is the date its date label asks for (a web page's label column beside its values: `Mødedato:` /
 * `Mødested:` / `24.10.2018, kl. 18:30` / `Valby Kulturhus`). Ballerup's empty `Afbud/Fraværende` and `Sekretær` stand
 * apart, without colons: no pair.
 */
function isTightPair(lines: readonly HeadLine[], index: number): boolean {
  const four = lines.slice(index, index + 4);
  return (
    four.length === 4 &&
    (four.every((entry, at) => at === 0 || entry.line.no === four[at - 1]!.line.no + 1) || datedFirst(four)) &&
    four.slice(0, 2).every((entry) => entry.text.endsWith(':')) &&
    four.slice(2).every((entry) => !entry.text.endsWith(':') && !entry.text.endsWith(',') && isColumnValue(entry))
  );
}

/** The first of two labels a date's, its value a date, the second value none. */
function datedFirst([first, , firstValue, secondValue]: readonly HeadLine[]): boolean {
  return readLabel(first!.text)?.field === 'date' && findDanishDate(firstValue!.text)?.index === 0 && findDanishDate(secondValue!.text) === undefined;
}

/** A document's title that ends in `møde i` / `mødet i`: the body's name stands on the next line. */
const TITLE_CUT_AFTER_MEETING = /^(?:referat|dagsorden|beslutningsprotokol|protokol)\s+(?:af|fra|til|for)\s+møde(?:t)?\s+i$/iu;

/** A document kind's word alone on its line (`REFERAT`, a typewriter's letter-spaced `R E F E R A T`, read unspaced). */
const KIND_WORD_ALONE = /^(?:referat|dagsorden|beslutningsprotokol|protokol)$/iu;
/** The rest of a title under its kind word: a preposition in lower case (`af ordinært møde i Havnby Byråd tirsdag den ...`). */
const TITLE_REST_UNDER_KIND = /^(?:af|fra|for|til)\s+\S/u;
/** `R E F E R A T`: one word's letters parted by single spaces. */
const LETTER_SPACED_WORD = /^(?:\p{L} ){3,}\p{L}$/u;
const unspaced = (text: string): string => (LETTER_SPACED_WORD.test(text) ? text.replaceAll(' ', '') : text);

/** `Referat` / `til` / `mødet i Byrådet` / `den 26. april 2023 kl. 17:00` / `i Byrådssalen` read as one title. */
function joinTitleFragments(lines: readonly HeadLine[]): HeadLine[] {
  const out: Array<{ line: SourceLine; text: string }> = [];
  for (const { line, text } of lines) {
    const previous = out[out.length - 1];
    // (Not inside a column of values under a column of labels: `4. september 2024` / `kl. 08:30` / `kl. 11:40` are three
    // labels' values, paired after this.)
    const inValueColumn = previous !== undefined && (/^kl\.?\s*\d/iu.test(previous.text) || (out.length >= 2 && out[out.length - 2]!.text.endsWith(':') && readLabel(out[out.length - 2]!.text)?.value === ''));
    // Gentofte's `Referat af møde i` / `Kommunalbestyrelsen`: a title cut after its `møde i` goes on with the body.
    if (previous && text.length < 100 && TITLE_CUT_AFTER_MEETING.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    // A title whose kind word stands alone over its rest (`HAVNBY KOMMUNE` / `R E F E R A T` / `af ordinært møde i Havnby
    // Byråd tirsdag den 12. marts 1996 kl. 19.00`) is read as the one line `Referat af ordinært møde i ...`.
    if (previous && text.length < 160 && TITLE_REST_UNDER_KIND.test(text) && KIND_WORD_ALONE.test(unspaced(previous.text))) {
      previous.text = `${unspaced(previous.text)} ${text}`;
      continue;
    }
    // A date wrapped before its year (`... den 14. november` / `2024 kl. 14:00 i`) is read whole.
    if (previous && YEAR_STARTS_LINE.test(text) && DATE_CUT_BEFORE_YEAR.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    // (Or cut after its day: `20.` / `juni 2019`.)
    if (previous && DAY_ALONE.test(previous.text) && MONTH_AND_YEAR_START.test(text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    if (previous && !inValueColumn && text.length < 100 && /^(?:til|mødet|møde|den|d\.|i|kl\.?)\b/u.test(text) && previous.text.length < 140 && (!readLabel(previous.text) || /^referat$/iu.test(previous.text)) && /^(?:referat|dagsorden|til|mødet|møde|den|d\.|\p{L}+dag\b)|\d{4}|kl\.?\s*\d/iu.test(previous.text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    out.push({ line, text });
  }
  return out;
}

const isGroupField = (field: HeadField): boolean =>
  field === 'members' || field === 'apologies' || field === 'absent' || field === 'mixedAbsence' || field === 'substitutes';

/** Under `Stedfortræder:`, `A (V) for B (V)` says what a member line's `A (V) Stedfortræder for B (V)` does. */
function asMemberEntry(text: string, field: HeadField): string {
  if (field === 'members' && text.includes(' for ')) {
    // `Til stede: ..., A (V) for B (V)`: a stand-in among the members, told by the party letters on both sides.
    const standIn = MEMBER_FOR_MEMBER_ENTRY.exec(text.trim());
    return standIn ? `${standIn.groups!.name!} Stedfortræder for ${standIn.groups!.for!}` : text;
  }
  if (field !== 'substitutes') return text;
  const entry = SUBSTITUTE_LIST_ENTRY.exec(text);
  return entry ? `${entry.groups!.name!} Stedfortræder for ${entry.groups!.for!}` : text;
}

function isTitle(text: string): boolean {
  return TITLE_LINES.some((pattern) => pattern.test(text));
}

function readTitle(state: HeadState, text: string, line: SourceLine): boolean {
  for (const pattern of TITLE_LINES) {
    const match = pattern.exec(text);
    if (!match) continue;
    // `... referat med det samme på mødet.`: a sentence that starts with the word, not a title.
    if (/[.!?]$/u.test(text) && !match.groups!.rest && !match.groups!.dated) continue;
    const body = bodyName(match.groups!.body ?? '');
    // A breadcrumb whose links ran together (`ForsidepilPolitikpil...`) is navigation, not a body's name.
    if (!body || /^\d/u.test(body) || /\p{Ll}\p{Lu}/u.test(body) || SENT_FIELD.test(body)) continue;
    // (Nor a page's tabs under the body's own line, Gribskov's old `Grundejerkontaktudvalg` over `Referat Opgaveliste`: a
    // title's word that is no body's does not replace a body read already.)
    if (state.looseBody && state.meeting.body && !ENDS_WITH_BODY_WORD.test(body) && !namedForFieldOrPlace(body)) continue;
    const rest = match.groups!.rest ?? match.groups!.dated;
    // A transcript that lost the body's name (`Referat fra møde i onsdag den 21. maj 2008 ...`): the date's weekday
    // stands where the body would; the date, time and place are the meeting's still, the body is read elsewhere.
    if (LOST_BODY_WEEKDAY.test(body)) {
      if (rest) readWhenAndWhere(state, rest, line, 'title');
      return true;
    }
    state.meeting.body = body;
    state.looseBody = false;
    state.meeting.line = line.no;
    state.meeting.source = 'head';
    if (rest) readWhenAndWhere(state, rest, line, 'title');
    return true;
  }
  return false;
}

/** A weekday alone where a title names its body: the date's weekday, the body's name lost. */
const LOST_BODY_WEEKDAY = /^(?:man|tirs|ons|tors|fre|lør|søn)dag$/iu;

/** A page's `Referat udsendt:` (the day the referat was sent): a date field, no title naming a body. */
const SENT_FIELD = /^udsendt\b/iu;

/** `Indholdsfortegnelse ` before a body's name on a contents page's title. */
const CONTENTS_TITLE_BEFORE_BODY = /^(?:indholdsfortegnelse|indhold)\s+(?=\p{Lu})/iu;

/** A body named after a preposition no body's own name holds: `... fra byrådet`, `Forslag til ... lokaludvalg`. */
const PHRASE_NAMING_A_BODY = /\s(?:fra|til)\s/u;

/** A part's heading word alone on its line, under which a list of members ends. */
const LIST_ENDING_HEADING = /^(?:referat|dagsorden|beslutningsprotokol)$/iu;

/**
 * A bulleted entry that is an agenda's title, no member's name: a word in lower case other than a name's particle
 * (`- Godkendelse af dagsorden`, `- Gensidig orientering`; a running head's `Referat` / `Åbent referat` is no entry).
 */
function isAgendaEntry(text: string): boolean {
  return /^[-–•]\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*(?:\s+(?:af|til|for|om|med|og))?\s+(?!(?:von|van|de|la|le|af)\s)\p{Ll}{3,}/u.test(text);
}

/** A town's name and its council's in capitals: `THISTED BYRÅD`, `EGEBJERG KOMMUNALBESTYRELSE`. */
const TOWN_AND_COUNCIL_IN_CAPITALS = /^\p{Lu}[\p{Lu}-]+ (?:BYRÅD|KOMMUNALBESTYRELSE|AMTSRÅD)$/u;

/** A numbered agenda entry inside a supposed name (`... 1. Godkendelse af dagsorden ...`). */
const NUMBERED_ENTRY_IN_NAME = /(?:^|\s)\d{1,3}\.\s+\p{Lu}/u;

/** `'s` (or `’s`, after a space too) at a name's end: a genitive, not the name's. */
const POSSESSIVE_APOSTROPHE = /\s?['’´]s$/u;

function bodyName(raw: string): string {
  // (A contents page's title before the body's name, `Indholdsfortegnelse Byrådet 09-08-2010`, is the page's.)
  let body = cleanBodyName(raw.replace(BODY_PARTS_NOTE, '').replace(MEETING_WORD_BEFORE_BODY, '').replace(CONTENTS_TITLE_BEFORE_BODY, '').replace(BODY_MUNICIPALITY_PREFIX, '').replace(BODY_MEETING_PREFIX, '').replace(BODY_PERIOD_PREFIX, '').replace(BODY_LAW_PREFIX, '').replace(BODY_SUFFIX, '').replace(BODY_SUFFIX, '').replace(BODY_CLAUSE_TAIL, ''));
  // (`Frederikshavn Byråd Ordinært møde`: the meeting's kind after the body.)
  body = body.replace(/(?:\s+(?:ekstra)?ordinært)?\s+møde$/iu, '');
  // A title that ran an agenda's entries into the decision block naming the body (`Sagsoversigt. 1. Godkendelse af
  // dagsorden. Beslutning Børn & Familieudvalg`): the body is what follows the last full stop, without the label.
  if (body.includes('. ') && NUMBERED_ENTRY_IN_NAME.test(body)) body = body.slice(body.lastIndexOf('. ') + 2).replace(/^beslutning\s+/iu, '');
  // (Only a name in lower case can be a meeting's compound: a printed name is the body's own; but one word that ends in
  // `-smøde`, `Ældrerådsmøde`, is a meeting's name however it is printed.)
  // (Also with the meeting's kind before it and its number after, `Ekstraordinært Ældrerådsmøde`, `SeniorRådsmøde 2`.)
  if (body.includes('smøde')) {
    // (`Bestyrelsesmøde i Sydtrafik`: the organ's meeting in an organisation names the organ for it.)
    const organisational = bodyOfOrganisationMeeting(body);
    if (organisational) return organisational;
    const compound = body.replace(MEETING_KIND_BEFORE_COMPOUND, '').replace(/\s+\d{1,3}$/u, '');
    if (!/\s/u.test(compound)) body = bodyOfMeetingCompound(compound) ?? body;
    else if (/^\p{Ll}/u.test(body)) body = bodyOfMeetingCompound(body) ?? body;
    // (`Byrådet Byrådsmøde`: the body's name, then its meeting's compound.)
    else body = body.replace(MEETING_COMPOUND_AFTER_BODY, '');
  }
  // An English-style genitive before `møde` (a KMD-era title's `Referat Byrådet's møde`, `Økonomiudvalget 's møde`).
  body = body.replace(POSSESSIVE_APOSTROPHE, '');
  if (/s$/u.test(body) && !ENDS_WITH_BODY_WORD.test(body)) body = fromGenitive(body);
  // A page title in lower case (`Referat byrådet ...`) names the body as it is spelled: `Byrådet`; so does one in
  // one word in capitals (a typewritten protocol's `BYRÅDET    Møde nr. 3/2001`; a longer name's case is the items' to tell).
  if (!/\p{Ll}/u.test(body) && !/\s/u.test(body) && ENDS_WITH_BODY_WORD.test(body)) return body.charAt(0) + body.slice(1).toLowerCase();
  // (So does a town's name over its council's in capitals, `THISTED BYRÅD`: both words are written with a capital.)
  if (TOWN_AND_COUNCIL_IN_CAPITALS.test(body)) return body.split(' ').map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ');
  return /^\p{Ll}/u.test(body) && ENDS_WITH_BODY_WORD.test(body) ? asBodyName(body) : body;
}

/** The meeting's kind before its compound name: `Ekstraordinært Ældrerådsmøde`. */
const MEETING_KIND_BEFORE_COMPOUND = /^(?:ekstra)?ordinært\s+/iu;

/** A meeting's compound name after the body's own (`Byrådet Byrådsmøde`): not the body's. */
const MEETING_COMPOUND_AFTER_BODY = new RegExp(String.raw`(?<=${BODY_WORD})\s+\p{L}+smøde$`, 'iu');

/** A room's noun among a place's first three words (`Kommunalbestyrelsens mødesal`, `Rådhuset, Byrådssalen`). */
const ROOM_WITHIN_THREE_WORDS = String.raw`(?:\S+\s+){0,2}\S*(?:sal|salen|lokale|lokalet|værelse|værelset|rådhus|rådhuset)(?![\p{L}])`;

/**
 * The place after the time or the date (also right after the time where a room's noun names it: Lyngby-Taarbæk's
 * `21-01-2026 kl. 17:00 Kommunalbestyrelsens mødesal`): `... kl. 14:00 i Rådhuset` (or `på`, `PÅ` in a head in capitals), a title's `... kl. 14:30 - Borgmesterkontorets
 * mødelokale` (Randers), `..., kl. 15:00, Rådhuset, lokale 395`, `... den 25. marts 2025, Byrådssalen`. A place in lower case
 * only where its first word names a room (`... kl. 14.00 i mødelokale 1, Rådhuset`); never a time (`2025, Kl. 16`).
 */
/**
 * The place after the date and time as printed, without a clock whose hour a transcript lost before it (`TORSDAG DEN 29.
 * JANUAR 2009, KL PÅ BOGENSE RÅDHUS`) and without the next sentence a transcript ran on (`... på Rådhuset i
 * Borgerportalen. Mødet begyndte kl. 18:30 ...`).
 */
function placeAfterWhen(place: string): string {
  const read = place.trim();
  const lostClock = read.charCodeAt(0) === 0x4b /* K */ || read.charCodeAt(0) === 0x6b /* k */ ? LOST_CLOCK_BEFORE_PLACE.exec(read) : null;
  const from = lostClock ? read.slice(lostClock[0].length) : read;
  const sentence = from.includes('Mødet ') ? SENTENCE_AFTER_PLACE.exec(from) : null;
  const kept = sentence ? from.slice(0, sentence.index) : from;
  // (A room's label run on before its value, `... 18.00 Mødelokale Rådssalen`, is not the place's.)
  return kept.charCodeAt(0) === 0x4d /* M */ ? kept.replace(PLACE_LABEL_BEFORE_VALUE, '') : kept;
}

const PLACE_AFTER_WHEN = new RegExp(
  String.raw`(?:(?:\d{1,2}[.:]\d{2}|\d{4})\s*,?\s+(?:i|på|PÅ)|\d{1,2}[.:]\d{2}\s*(?:\s[-–]|,)|\d{4},|\d{1,2}[.:]\d{2}(?=\s+${ROOM_WITHIN_THREE_WORDS}))\s+(?![Kk][Ll]\.?\s*\d)(\p{Lu}.+|(?:mødelokale|mødesal|lokale|byrådssal|udvalgsværelse|kantine)\S*(?:\s.+)?)$`,
  'u',
);

/** A date, time and place in one text: `Onsdag d. 2. oktober 2024 kl. 15:00`, `... kl. 13:00 i Mødelokale B`. */
/** A numbered agenda title (`2. Godkendelse af ...`), not a date that starts with its day (`8. marts 2018`). */
const AGENDA_ENTRY = /^\d{1,3}\.\s+(?!(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*\.?\s+\d{4})\p{Lu}/iu;

const NAMES_WEEKDAY = /(?<![\p{L}])(?:man|tirs|ons|tors|fre|lør|søn)dag(?![\p{L}])/iu;

/** A time label's value that is an hour alone, `Kl. 17` (a web page's `Mødetid:` over it): that hour sharp. */
function hourAlone(text: string): string | undefined {
  const hour = HOUR_ALONE.exec(text.trim());
  return hour && Number(hour[1]) <= 23 ? clock(hour[1]!, '00') : undefined;
}
const HOUR_ALONE = /^kl\.?\s*(\d{1,2})\.?$/iu;

/**
 * A head's sentence reporting the apologies (`Der var afbud fra A og B.`; a region's decision-first page: `Der var
 * modtaget afbud fra A (B) og C (V).`), asked of lines that start with `Der`.
 */
const HEAD_APOLOGY_SENTENCE = /^[Dd]er\s+(?:var|er)\s+(?:meldt\s+|modtaget\s+)?(?:afbud|forfald)\s+fra[:\s]/u;

/**
 * A head's next label run into the place where a transcript joined the title block's lines (`... i BusinessPark Struer
 * Afbud fra/fraværende: - Mødet hævet kl ...`): no place holds an attendance label, so the place ends before it.
 */
const HEAD_LABEL_RUN_INTO_PLACE = /\s+(?:Afbud\s+fra|Afbud:|Fraværende:|Fravær:|Mødedeltagere|Deltagere:|Medlemmer:|Mødet\s+hævet)(?![\p{L}]).*$/u;

function readWhenAndWhere(state: HeadState, text: string, line: SourceLine, kind: 'title' | 'label' | 'loose'): boolean {
  const date = findDanishDate(text);
  // A label's value may be the time alone (`Mødetidspunkt: 16:00`).
  // (Or the hour alone, `Mødetid: Kl. 17`.)
  const time = findClockTime(text) ?? (date ? bareClock(text.slice(date.index + date.length)) : kind === 'label' ? bareClock(text) ?? hourAlone(text) : undefined);
  if (date) {
    const found = { iso: date.iso, line: line.no };
    if (kind === 'label') {
      // A letterhead's `Dato: 12. marts 2018` (the day the referat was written) over the meeting's `Dato: Torsdag den 8.
      // marts 2018`: a later label's date that names its weekday, where the first named none, is the meeting's.
      const weekday = NAMES_WEEKDAY.test(text);
      if (!state.labelDate || (weekday && !state.labelDate.weekday && state.labelDate.iso !== date.iso)) state.labelDate = { ...found, weekday };
    }
    else if (kind === 'title') state.titleDate ??= found;
    else state.looseDate ??= found;
  }
  if (time && !state.meeting.startTime) state.meeting.startTime = time;
  const end = /\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\b/u.exec(text);
  if (end && !state.meeting.endTime) state.meeting.endTime = clock(end[1]!, end[2]!);
  const place = PLACE_AFTER_WHEN.exec(text);
  if (place && !state.meeting.location) state.meeting.location = placeAfterWhen(place[1]!.replace(HEAD_LABEL_RUN_INTO_PLACE, ''));
  // A later date line (a contents title `Budgetopfølgning pr. 31. december 2024 ...`) reopens no place once one was read.
  if ((date || time) && state.placeParts.length === 0) state.afterDate = true;
  return !!(date || time);
}

function applyValue(state: HeadState, field: HeadField, value: string, line: SourceLine): boolean {
  switch (field) {
    case 'body': {
      const body = bodyName(value);
      if (!body) return false;
      if (!state.meeting.body || state.looseBody) state.meeting.body = body;
      state.looseBody = false;
      if (state.meeting.source === 'none') {
        state.meeting.source = 'head';
        state.meeting.line = line.no;
      }
      return true;
    }
    case 'date':
      readBodyBeforeDate(state, value);
      return readWhenAndWhere(state, value, line, 'label');
    case 'endTime': {
      const time = bareClock(value) ?? findClockTime(value);
      if (time) state.meeting.endTime = time;
      return !!time;
    }
    case 'place':
      state.meeting.location ??= value.replace(/\s+/g, ' ').trim();
      return true;
    case 'ignored':
      return true;
    default:
      return false;
  }
}

/**
 * A municipality's announcement of a meeting: `Det meddeles herved, at der afholdes ordinært kommunalbestyrelsesmøde
 * tirsdag den 13. november 2018 kl. 17:30 i <sted>`: the body the meeting's compound names, its date, time and place.
 */
const ANNOUNCED_MEETING = /\bafholdes\s+(?:(?:et\s+)?(?:ordinært|ekstraordinært)\s+)?(?<compound>\p{L}+smøde)\s+(?<when>.*\d{4}.*)$/iu;

/**
 * The same announcement with the body as the sentence's subject (a news page's title: `Kommunalbestyrelsen holder
 * møde tirsdag den 15. september 2020 kl. 17.00`, `Byrådet holder ordinært møde ...`): the body and when.
 */
const BODY_HOLDS_MEETING = /^(?<body>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}?)\s+holder\s+(?:(?:et\s+)?(?:ordinært|ekstraordinært)\s+)?møde\s+(?<when>.*\d{4}.*)$/u;

function readAnnouncedMeeting(state: HeadState, text: string, line: SourceLine): boolean {
  const announced = ANNOUNCED_MEETING.exec(text);
  const body = announced && bodyOfMeetingCompound(announced.groups!.compound!);
  if (!body || !findDanishDate(announced.groups!.when!)) return false;
  return readAnnouncedWhen(state, body, announced.groups!.when!, line);
}

function readBodyHoldsMeeting(state: HeadState, text: string, line: SourceLine): boolean {
  const announced = BODY_HOLDS_MEETING.exec(text);
  const body = announced && bodyName(announced.groups!.body!);
  if (!body || !namesBody(body) || !findDanishDate(announced.groups!.when!)) return false;
  return readAnnouncedWhen(state, body, announced.groups!.when!, line);
}

/** An announced meeting's body, and its date, time and place from the sentence's rest. */
function readAnnouncedWhen(state: HeadState, body: string, when: string, line: SourceLine): boolean {
  state.meeting.body ??= body;
  readWhenAndWhere(state, when.replace(/\.$/u, ''), line, 'loose');
  if (state.meeting.source === 'none') {
    state.meeting.source = 'head';
    state.meeting.line = line.no;
  }
  return true;
}

/**
 * A date label's value that names the body before its date (`Referat: Byplanudvalget, 18-11-2024`, `referat` being a
 * date label of its own): the body too, unless a label or title named it.
 */
function readBodyBeforeDate(state: HeadState, value: string): void {
  // (A date's value starts with a digit or a weekday: only a value that starts with a capital or `§` can name a body.)
  if ((state.meeting.body && !state.looseBody) || !/^[\p{Lu}§]/u.test(value)) return;
  const bodyDate = BODY_AND_DATE_LINE.exec(value);
  const body = bodyDate ? bodyName(bodyDate.groups!.body!) : '';
  if (!body || !namesBody(body)) return;
  state.meeting.body = body;
  state.looseBody = false;
}

/** `<organ> - DD-MM-YYYY`, `<organ> mandag den D. <måned> YYYY kl. HH.MM`: the body and when, on one line. */
function readBodyAndDate(state: HeadState, text: string, line: SourceLine): boolean {
  const bodyDate = BODY_AND_DATE_LINE.exec(text);
  if (!bodyDate) return false;
  const named = genitiveOfFieldBody(bodyName(bodyDate.groups!.body!), text.slice(bodyDate.groups!.body!.length));
  if (!namesBody(named) || !findDanishDate(bodyDate.groups!.rest!)) return false;
  state.meeting.body ??= named;
  readWhenAndWhere(state, bodyDate.groups!.rest!, line, 'loose');
  if (state.meeting.source === 'none') {
    state.meeting.source = 'head';
    state.meeting.line = line.no;
  }
  return true;
}

/**
 * A body named for its field in the genitive before `møde` (Frederikssund's `Rådet for handicap, psykiatri og udsatheds
 * møde den 6. oktober 2025`): the name without the genitive's `s`.
 */
function genitiveOfFieldBody(name: string, after: string): string {
  if (!name.endsWith('s') || endsWithBodyWord(name) || !/^\s*møde\b/iu.test(after)) return name;
  const bare = name.slice(0, -1);
  return namedForFieldOrPlace(bare) ? bare : name;
}

/** Lines without a label: a body's name alone, a date line, the place after the date. */
function readLoose(state: HeadState, text: string, line: SourceLine): boolean {
  if (readBodyAndDate(state, text, line)) return true;
  if (text.includes('afholdes ') && readAnnouncedMeeting(state, text, line)) return true;
  if (text.includes(' holder ') && readBodyHoldsMeeting(state, text, line)) return true;
  const announcedPlace = text.startsWith('Det ') ? ANNOUNCED_PLACE_SENTENCE.exec(text) : null;
  if (announcedPlace) {
    state.meeting.location ??= announcedPlace.groups!.place!;
    return true;
  }
  if (/^mødet\s/iu.test(text) && readProseHead(state, text, line)) return true;
  // `Aalborg Byråd` over `Magistraten`: the council issues the pages, the body is the name under it.
  const overCouncil = !!state.meeting.body && !!state.looseBody && !!councilMunicipality(state.meeting.body) && !councilMunicipality(text);
  // `ERHVERVS- OG FRITIDSUDVALGET FOR NORDFYNS KOMMUNE`: the body, then the municipality it belongs to; `KORSØR KOMMUNE
  // <gap> BYRÅDET`: the municipality, then the body in a column of its own.
  // (The gap as printed: non-breaking spaces in it are spaces.)
  const raw = normaliseSpacing(line.raw);
  const columns = raw.includes('  ') || raw.includes('\t') ? MUNICIPALITY_THEN_BODY.exec(raw.trim()) : null;
  const named = columns ? columns.groups!.body!.trim() : text.length > 20 && /kommune$/iu.test(text) ? text.replace(OF_MUNICIPALITY_TAIL, '') : text;
  // (Not a phrase that names a body after `fra` or `til`: a breadcrumb's `Seneste fra byrådet`, an item's title
  // `Forslag til tilpasninger af lokaludvalg`; no body's name says either word.)
  // (Nor a member whose note lost its closing bracket, `Alice Holm (Børne- og Ungdomsorganisationernes Samråd`.)
  if ((!state.meeting.body || overCouncil) && named.length <= 100 && !/[.:]$/u.test(named) && !OPEN_NOTE_AT_END.test(named) && !PHRASE_NAMING_A_BODY.test(bodyName(named)) && ((ENDS_WITH_BODY_WORD.test(bodyName(named)) && /^\p{Lu}/u.test(named)) || namedForFieldOrPlace(named) || (named.includes('smøde ') && ORGANISATION_MEETING.test(named)))) {
    state.meeting.body = bodyName(named);
    state.looseBody = true;
    state.meeting.line = line.no;
    state.meeting.source = 'head';
    return true;
  }
  // A date line is read for its time and place even when a label gave the date already; a publication date is not
  // the meeting's.
  // (An agenda's numbered title, `2.<tab>Godkendelse af referat fra mødet den 8. februar 2018`, dates another meeting.)
  if (findDanishDate(text) && text.length <= 120 && !AGENDA_ENTRY.test(text)) return PUBLISHED_LINE.test(text) || readWhenAndWhere(state, text, line, 'loose');
  if (/^kl\.?\s*\d{1,2}[.:]\d{2}/iu.test(text)) return readWhenAndWhere(state, text, line, 'loose');
  // (Also the head sentence's place wrapped onto a line of its own under its date and time: `... den 27. marts 2001 kl.
  // 19.00` / `på Rådhuset, Byrådssalen.`.)
  // (Only as the first line after the date: under lines already taken for the place it is free text's.)
  if (state.afterDate && !state.meeting.location && state.placeParts.length === 0 && text.length <= 80 && WRAPPED_SENTENCE_PLACE.test(text)) {
    state.placeParts.push(text.replace(/^(?:i|på|paa)\s+/u, '').replace(/\.$/u, ''));
    return true;
  }
  // (Nor a page's running head that names the body, `Frederikshavn Byråd - Referat juni 2015`; nor a line that holds
  // the place read already, the head printed again: `AALBORG BYRÅD Mødet den , Boulevarden 13, Lokale 1` under a
  // download title's lines.)
  if (state.afterDate && !state.meeting.location && !(state.placeParts.length > 0 && text.includes(state.placeParts[0]!)) && text.length <= 80 && !/[.!?]$/u.test(text) && !(state.meeting.body && text.includes(state.meeting.body) && /referat|dagsorden|\d{4}/iu.test(text)) && !readHeadingCandidate(line) && !readSectionHeading(line) && !/^(?:referat|dagsorden|åbent|ordinært|ekstraordinært)/iu.test(text) && !isAgendaPart(text) && !endsInLinkLabel(text)) {
    // (A PDF's head whose label column ran into its values without colons, `Mødedato 06.10.2008` / `Tid 18:30` / `Sted
    // Byrådssalen, Teatergade 8`: the place label is not the place's.)
    state.placeParts.push(text.replace(/^i\s+/u, '').replace(PLACE_LABEL_BEFORE_VALUE, ''));
    return true;
  }
  return false;
}

/**
 * A list's caption with the page's fold-out control after its colon (Vesthimmerland's `Sagspunkter der blev behandlet på
 * mødet: Fold alle ud`): no place.
 */
function endsInLinkLabel(text: string): boolean {
  const after = /:\s*([^:]+)$/u.exec(text);
  return after !== null && LINK_LABEL.test(after[1]!.trim());
}

/**
 * `på Rådhuset, Byrådssalen.`: a sentence's last part naming a place (capitalised, or an old protocol's `på rådhuset,
 * mødelokale 2.` in lower case), its full stop closing it.
 */
const WRAPPED_SENTENCE_PLACE = /^(?:i|på|paa)\s+(?:\p{Lu}|(?:rådhuset|raadhuset|byrådssalen|mødelokale|udvalgsværelset|kommunekontoret)\b)[^.!?:]*\.$/u;

/** A head written in sentences: `Mødet blev holdt <ugedag> den ... på <sted>.`, `Mødet begyndte kl. HH:MM og sluttede kl. HH:MM.` */
function readProseHead(state: HeadState, text: string, line: SourceLine): boolean {
  const held = MEETING_HELD_SENTENCE.exec(text);
  if (held && findDanishDate(held.groups!.when!)) {
    readWhenAndWhere(state, held.groups!.when!, line, 'loose');
    state.meeting.location ??= held.groups!.place!;
    return true;
  }
  // (The date given in the head above, the sentence names only the place.)
  const placed = MEETING_PLACE_SENTENCE.exec(text);
  if (placed && !findDanishDate(text)) {
    state.meeting.location ??= placed.groups!.place!;
    return true;
  }
  const began = MEETING_BEGAN_SENTENCE.exec(text);
  if (!began) return false;
  const { hours, minutes, endHours, endMinutes } = began.groups!;
  state.meeting.startTime ??= clock(hours!, minutes!);
  if (endHours && endMinutes) state.meeting.endTime ??= clock(endHours, endMinutes);
  return true;
}

/**
 * A member list's next line that goes on with the list: a name's tail or a name, then a comma (`Nørskov, Ali Yilmaz,
 * ...`), or the last name's bracket that the wrap left for it (`Sofie Rahbek` / `(A), Niels Graa (F), ...`, or
 * `(direktør)` alone).
 */
/** A list line that ends in a name's syllable and a hyphen, the name going on in lower case on the next (`Daniel Do-` / `noso (F)`). */
const hyphenatedInName = (list: string, next: string): boolean => /\p{Ll}-\s*$/u.test(list) && /^\p{Ll}+(?:\s|\(|,|$)/u.test(next);
const WRAPPED_LIST_TAIL = /^(?:\([^()]{1,40}\)(?:\s*,\s*\p{Lu}|\s*$)|\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*\([^()]*\))?\s*,\s*\p{Lu})/u;

const PLACE_WITH_TIME = /^(?<place>\S.*?)\s*,?\s+kl\.?\s*(?<hours>\d{1,2})[.:](?<minutes>\d{2})$/u;

function withoutParty(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/u, '').trim();
}

/** `Åbne dagsordenspunkter`, `Lukket referat`: the agenda's parts begin, the place does not go on. */
function isAgendaPart(text: string): boolean {
  return OPEN_SECTION.test(text) || CLOSED_SECTION.test(text);
}

/** An empty absence label right under an empty `Medlemmer:` (the table's two column heads): see `members-beside-absence.ts`. */
function noteEmptyListLabel(state: HeadState, field: HeadField, index: number): void {
  if (besideEmptyMembers(state, field, index)) state.besideAbsence = { field, index };
  state.emptyList = { field, index };
}

/** An absence label right under an empty `Medlemmer:`: the two column heads of one table. */
function besideEmptyMembers(state: HeadState, field: HeadField, index: number): boolean {
  return (field === 'absent' || field === 'apologies') && state.emptyList?.field === 'members' && state.emptyList.index === index - 1;
}

/** The two columns' names run together: each member attended, unless printed again (in the absence column). */
function addMembersBesideAbsence(state: HeadState, text: string, absence: HeadField, line: number, warnings: WarningCollector): boolean {
  const entries = text.includes(') ') ? readMembersBesideAbsence(text) : undefined;
  if (!entries) return false;
  const members = entries.map((entry) => ({ entry, member: readMemberEntryKnown(entry.entry) }));
  if (!members.every(({ member }) => member && looksLikeName(member.name))) return false;
  for (const { entry, member } of members) addParticipant(state, member!, line, entry.repeated ? absence : 'members', warnings);
  state.besideAbsence = undefined;
  return true;
}

function addRepresentatives(state: HeadState, text: string, line: number, warnings: WarningCollector): boolean {
  const read = readRepresentatives(text);
  if (!read) return false;
  for (const name of read.present) addParticipant(state, { name }, line, 'members', warnings);
  for (const name of read.apologies) addParticipant(state, { name }, line, 'apologies', warnings);
  // (A member told after the list, `Bestyrelsesmedlem C deltog under punkt 5 og 6.`: present, for those items only.)
  for (const sentence of read.after.split(ATTENDANCE_SENTENCE_BREAK)) {
    const told = mayTellPartialPresence(sentence) ? PARTIAL_SENTENCE.exec(sentence.trim().replace(NAME_TITLE, '')) : null;
    const name = told?.groups!.name!.replace(/\s*\([^()]*\)\s*$/u, '').trim();
    if (told && name && looksLikeName(name)) addParticipant(state, { name, partial: told.groups!.partial!.replace(/\.$/u, '') }, line, 'members', warnings);
  }
  return true;
}

/** A comma list's last entry of one capitalised word or initials (`, Ebbe`, `, H.C.`): a name cut by the line's end. */
const ONE_WORD_LAST_ENTRY = /,\s*\p{Lu}[\p{L}.'-]*$/u;
/** A wrapped name's rest opening the next line: one capitalised word, alone or before the list's next comma. */
const NAME_REST_LINE = /^\p{Lu}[\p{L}'-]+(?:,\s*\p{Lu}|$)/u;

function addMemberLine(state: HeadState, joined: Array<{ line: SourceLine; text: string }>, index: number, warnings: WarningCollector): boolean {
  const { line } = joined[index]!;
  let text = joined[index]!.text;
  // (A joint committee's group of members: `Esbjerg Kommune: A (V), B (A)`.)
  if (text.includes(':')) text = text.replace(MEMBER_GROUP_PREFIX, '');
  // A long role wraps before its closing parenthesis: `Pia Pil (formand for` / `udvalget) - Deltog`; not over the next
  // member's line (`Alice Holm (Ungdommens Samråd` / `Signe Buch (Aftenskolerne)`: the page lost the bracket).
  while (countOf(text, '(') > countOf(text, ')') && joined[index + 1] && !NAME_WITH_NOTE_LINE.test(joined[index + 1]!.text)) {
    text = `${text} ${joined[index + 1]!.text}`;
    joined.splice(index + 1, 1);
  }
  // (Over the next member's line, the lost bracket is closed: the note ends with its line.)
  if (countOf(text, '(') > countOf(text, ')') && joined[index + 1]) text = `${text})`;
  // A comma list wrapped inside a name (`..., Lisa Pihl Jensen, Ebbe` / `Christensen, Helle Hansen, H.C.` / `Rasmussen`):
  // its last entry one word, the next line's first word, alone or before a comma, is that name's rest.
  while (text.includes(',') && ONE_WORD_LAST_ENTRY.test(text) && joined[index + 1] && NAME_REST_LINE.test(joined[index + 1]!.text) && !readLabel(joined[index + 1]!.text)) {
    text = `${text} ${joined[index + 1]!.text}`;
    joined.splice(index + 1, 1);
  }
  // A line wrapped before its tail in lower case (`..., Stevns Kommune - stedfortræder` / `for Jesper Holt`) goes on: a
  // member's name opens in capitals (but a particle's `von`, `de`).
  while (joined[index + 1] && WRAPPED_ENTRY_TAIL.test(joined[index + 1]!.text)) {
    text = `${text} ${joined[index + 1]!.text}`;
    joined.splice(index + 1, 1);
  }
  // A line wrapped after its substitute's `for` (`Jonas Friis (V) - Deltog som stedfortræder for` / `Erik Lund (V)`): the
  // member stood in for is the next line.
  if (STANDS_IN_FOR_AT_END.test(text) && joined[index + 1] && !readLabel(joined[index + 1]!.text)) {
    text = `${text} ${joined[index + 1]!.text}`;
    joined.splice(index + 1, 1);
  }
  // `Fraværende` / `Ingen`: nobody on the list.
  if (NOBODY.test(text)) return true;
  // København's absence list: `A, B indkaldt`, `A og B, C deltog`: the absent member(s), then who was called in.
  if (state.group !== 'members' && state.group !== 'substitutes' && addCalledIn(state, text, line.no, state.group!, warnings)) return true;
  // `Byrådsmedlem A, Frederikssund. I stedet mødte B.` under `Afbud:`: the absent member, then who came instead.
  const cameLater = state.group !== 'members' && state.group !== 'substitutes' && STAND_IN_WORD.test(text) ? standInAfterList(text) : undefined;
  if (cameLater) text = cameLater.list;
  const seated = nameWithDashedRole(text) ?? nameWithSeat(text);
  // Names printed side by side in a table's columns, each with its party (`A Holm (V)      B Lund (C)`): one each, as the
  // line printed them (its own text keeps the runs of spaces the columns left).
  const columns = !seated && line.raw.includes(')  ') ? partyColumns(line.raw.trim()) : undefined;
  const entries = columns ?? (seated ? [seated] : splitEntries(asMemberEntry(text, state.group!)).map((entry) => (state.group === 'members' ? asMemberEntry(entry, 'members') : entry)));
  // (Read entry by entry, stopping at the first that is no member: a head that runs on into prose, as where the items
  // were found only in a document's last copy, offers every line of it here.)
  const readable: Readonly<MemberEntry>[] = [];
  // (An absence list's `A (F) - B stedfortræder`: A away, B came for A.)
  const cameFor = new Map<Readonly<MemberEntry>, string>();
  for (const entry of entries) {
    const standIn = state.group !== 'members' && state.group !== 'substitutes' && STAND_IN_WORD.test(entry) ? ABSENT_THEN_SUBSTITUTE_ENTRY.exec(entry) : null;
    const member = readMemberEntryKnown(standIn ? standIn.groups!.absent! : entry);
    if (!member || !looksLikeName(member.name)) return false;
    readable.push(member);
    if (standIn) cameFor.set(member, withoutParty(standIn.groups!.name ?? standIn.groups!.nameFirst!).trim());
  }
  if (readable.length === 0) return false;
  const field = state.group === 'substitutes' ? 'members' : state.group!;
  for (const entry of readable) addParticipant(state, entry, line.no, field, warnings);
  for (const [member, substitute] of cameFor) markSubstitute(state, substitute, member.name, line.no, warnings);
  if (cameLater) markSubstitute(state, cameLater.name, readable.at(-1)!.name, line.no, warnings);
  return true;
}

/**
 * `readMemberEntry` remembered by text, for the member lines: a member list's group stays open over the lines after it
 * until a label closes it, so a head that runs on over a repeated text offers each of its lines here again. Shared
 * readings: `addParticipant` copies what it keeps.
 */
const readMemberEntryKnown: (entry: string) => Readonly<MemberEntry> | undefined = memoByText(readMemberEntry);

/**
 * The tail of a member's line wrapped onto the next: words opening in lower case, with no name's particle and no label
 * (a lone word is the old PDF's page-foot access, `åben`).
 */
const WRAPPED_ENTRY_TAIL = /^(?!(?:von|van|de|la|af|le)\s)\p{Ll}[^:]*\s\S[^:]*$/u;

/** A member's line of its own: capitalised names, then the member's note in brackets. */
const NAME_WITH_NOTE_LINE = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}\s*\([^()]+\)/u;

/** A bracket opened after a name and not closed: a member's note whose closing bracket the page lost. */
const OPEN_NOTE_AT_END = /^\p{Lu}[^()]*\s\([^()]+$/u;

/** A member's line that ends before the name of the member stood in for. */
const STANDS_IN_FOR_AT_END = /(?:stedfortræder|suppleant|i\s+stedet)\s+for$/iu;

/** A word that may begin a sentence naming who came instead of an absent member. */
const STAND_IN_WORD = /stedfortræder|suppleant|i\s+stedet/iu;

/** A member table run into one line, each name followed by its status word: `A B deltog C D deltog E F var fraværende`. */
const NAME_THEN_STATUS = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|la|le|de|af|von|van))*\s+(?:deltog|var\s+fraværende|fraværende|afbud)`;
const MEMBER_STATUS_RUN = new RegExp(String.raw`^${NAME_THEN_STATUS}(?:\s+${NAME_THEN_STATUS})+$`, 'u');
const STATUS_AFTER_NAME = /\s+(deltog|var\s+fraværende|fraværende|afbud)(?=\s+\p{Lu}|$)/gu;

/** A hyphen between a name's two parts with a space after it, left by a wrap a transcript joined (`Fog- Petersen`). */
/** A party's closing bracket glued to the next member's name, and the chair's role after a comma glued so. */
const PARTY_GLUED_TO_NAME = /\)(?=\p{Lu}\p{Ll})/gu;
const ROLE_GLUED_TO_NAME = /\),\s*(Formand|Næstformand)(?=\p{Lu}\p{Ll})/gu;

/** A municipality's name after a closing party bracket at a list's end: the page's foot, not a member. */
const PAGE_FOOT_AFTER_PARTY = /\)\s+\p{Lu}[\p{L}-]*\s+Kommune$/u;
const SPLIT_DOUBLE_NAME = /(?<=\p{Lu}\p{Ll}+)- (?=\p{Lu}\p{Ll})/gu;

function addMembers(state: HeadState, list: string, line: SourceLine, field: HeadField, warnings: WarningCollector): void {
  if (/^(?:ingen|-)\.?$/iu.test(list.trim())) return;
  // (A double name a transcript split after its hyphen, `Anders Fog- Petersen`: one name.)
  if (list.includes('- ')) list = list.replace(SPLIT_DOUBLE_NAME, '-');
  // (Lyngby-Taarbæk's protocol: `Medlemmer A deltog B deltog C var fraværende`, each status after its dash.)
  if (field === 'members' && list.includes('deltog') && MEMBER_STATUS_RUN.test(list.trim())) list = list.trim().replace(STATUS_AFTER_NAME, ' - $1,').replace(/,$/u, '');
  // (A PDF transcript's member column run into one line, each name closed by its party letter and no comma between them:
  // `Medlemmer A (V) B (S) C (F)`.)
  // (The same column glued, a web copy's `Eva Holm (A), FormandBo Lund (A)Ida Berg (V)`: a space after each bracket, the
  // chair's role after the dash the printed column gives it.)
  if (field === 'members' && list.includes(')') && /\)\p{Lu}\p{Ll}/u.test(list)) list = list.replace(ROLE_GLUED_TO_NAME, ') - $1, ').replace(PARTY_GLUED_TO_NAME, ') ');
  // (A transcript's run-on list with the roles as labels, `Formand: A (A) Næstformand: B (O) C (V)`: the names' titles.)
  if (field === 'members' && (list.includes('rmand:') || list.includes('rperson:'))) list = list.replace(MEMBER_ROLE_BEFORE_NAME, '');
  if (list.includes(') ') && PARTY_CLOSED_RUN.test(list.trim())) list = list.trim().replace(PARTY_THEN_NAME, '), ');
  // (`Afbud: A` over `Stedfortrædere: B`: with one member away and one substitute named, B came for A.)
  if (field === 'substitutes' && !/\sfor\s/u.test(list) && !list.includes(',') && !/\sog\s/u.test(list)) {
    const away = state.participants.filter((participant) => participant.attendance === 'apologies' || participant.attendance === 'absent');
    if (away.length === 1) [list, field] = [`${list.trim()} (stedfortræder for ${away[0]!.name})`, 'members'];
  }
  if (field === 'substitutes') [list, field] = [asMemberEntry(list, field), 'members'];
  // Ærø's `Afbud: A. Som stedfortræder deltog B.`: the absence, then a sentence naming who came instead.
  const cameLater = field === 'members' || !STAND_IN_WORD.test(list) ? undefined : standInAfterList(list);
  if (cameLater) list = cameLater.list;
  // `Afbud: A (V). Stedfortræder for A: B (V)`: the list, then who came for whom.
  const labelledStandIn = field !== 'members' && list.includes(': ') ? SUBSTITUTE_FOR_LABEL_AFTER_LIST.exec(list) : null;
  if (labelledStandIn) list = list.slice(0, labelledStandIn.index);
  // `Afbud fra A stedfortræder B. Afbud fra C`: the label said again after a full stop goes on with the same list.
  if (field !== 'members' && list.includes('. ')) list = list.replace(LABEL_REPEATED_IN_LIST, ', ');
  // (A transcript's page foot run on after the list's last party letter, `Fraværende: Bo Lund (A) Norddjurs Kommune`.)
  if (field !== 'members' && list.endsWith(' Kommune')) list = list.replace(PAGE_FOOT_AFTER_PARTY, ')');
  // `Fraværende: Bent Holm.`: the sentence's full stop is not the last name's.
  if (field !== 'members' && list.endsWith('.') && !/\s\p{Lu}\.$/u.test(list)) list = list.slice(0, -1);
  let previous: string | undefined;
  // (`Afbud fra A, B deltager i As sted, samt C`: `samt` joins the last name as `og` does.)
  if (field !== 'members' && list.includes(' samt ')) list = list.replace(/,?\s+samt\s+(?=\p{Lu})/gu, ', ');
  for (const written of splitEntries(list)) {
    // `B deltager i As sted` among the absent: who came in the place of a member named on the list.
    const inPlace = field !== 'members' && /\ssted\.?$|fravær\.?$/u.test(written) ? IN_PLACE_OF_ENTRY.exec(written) : null;
    if (inPlace) {
      markSubstitute(state, withoutParty(inPlace.groups!.name!), inPlace.groups!.for!, line.no, warnings);
      continue;
    }
    // Hvidovre's `A stedfortræder B`, `A, stedfortræder: B` on an absence list: A away, B came instead.
    const cameFor = field !== 'members' && /stedfortræder|suppleant/iu.test(written) ? ABSENT_THEN_SUBSTITUTE_ENTRY.exec(written) : null;
    const listed = cameFor ? cameFor.groups!.absent! : written;
    // Samsø's `Afbud: A (V), i stedet deltog 1. suppleant B (V).`: who came for the member named before.
    const cameInstead = previous !== undefined && field !== 'members' ? (STOOD_IN_AFTER_ABSENT.exec(listed) ?? SUBSTITUTE_CAME_AFTER_ABSENT.exec(listed)) : null;
    if (cameInstead) {
      markSubstitute(state, cameInstead.groups!.name!.replace(/\s*\([^()]*\)\s*$/u, '').trim(), previous!, line.no, warnings);
      continue;
    }
    // Gentofte's `Fraværende: A (stedfortræder: B)`: the absent member, and who came instead.
    const standIn = listed.includes(':') ? STAND_IN_IN_BRACKETS.exec(listed) : null;
    const entry = standIn ? listed.slice(0, standIn.index) : listed;
    const member = readMemberEntry(field === 'members' ? asMemberEntry(entry, field) : entry);
    if (!member || !looksLikeName(member.name)) {
      warnings.add(line.no, 'participant-unreadable', `Participant not readable: "${entry}"`);
      continue;
    }
    addParticipant(state, member, line.no, field, warnings);
    previous = member.name;
    if (standIn) markSubstitute(state, standIn.groups!.name!.trim(), member.name, line.no, warnings);
    if (cameFor) markSubstitute(state, withoutParty(cameFor.groups!.name ?? cameFor.groups!.nameFirst!).trim(), member.name, line.no, warnings);
  }
  if (cameLater && previous) markSubstitute(state, cameLater.name, previous, line.no, warnings);
  if (labelledStandIn) markSubstitute(state, withoutParty(labelledStandIn.groups!.name!), withoutParty(labelledStandIn.groups!.for!), line.no, warnings);
}

/** `A, B indkaldt`, `A og B, C deltog` on an absence list: A (and B) away, C called in for A. False when the line is not one. */
function addCalledIn(state: HeadState, text: string, line: number, field: HeadField, warnings: WarningCollector): boolean {
  const calledIn = text.endsWith('indkaldt') || text.endsWith('deltog') || text.endsWith('.') ? CALLED_IN_ENTRY.exec(text) : null;
  if (!calledIn) return false;
  const absent = calledIn.groups!.absent!.split(/\s+og\s+/u).map((name) => readMemberEntry(name));
  const substitute = readMemberEntry(calledIn.groups!.name!);
  if (!substitute || !looksLikeName(substitute.name) || absent.some((member) => !member || !looksLikeName(member.name))) return false;
  for (const member of absent) addParticipant(state, member!, line, field, warnings);
  markSubstitute(state, substitute.name, absent[0]!.name, line, warnings);
  return true;
}

/** A list's last sentence that names a substitute (`Som stedfortræder deltog B.`): the list before it, and the name. */
function standInAfterList(list: string): { list: string; name: string } | undefined {
  const sentences = list.split(ATTENDANCE_SENTENCE_BREAK);
  if (sentences.length < 2) return undefined;
  const said = SUBSTITUTE_SENTENCE.exec(sentences[sentences.length - 1]!.trim());
  const name = said ? (said.groups!.name ?? said.groups!.named ?? said.groups!.after ?? said.groups!.insteadAfter ?? said.groups!.came ?? said.groups!.instead) : undefined;
  if (!name) return undefined;
  return { list: sentences.slice(0, -1).join(' ').replace(/\.\s*$/u, ''), name: name.replace(/\.$/u, '').replace(/\s*\([^()]*\)\s*$/u, '').trim() };
}

/** `A (C) var fraværende.`, the whole sentence: the name (a party's bracket, perhaps empty, after it). */
const AWAY_SENTENCE = /^(?<name>\p{Lu}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*){0,4}?(?:\s*\([^()]{0,6}\))?)\s+var\s+fraværende\.?$/u;

/** The line stands at most a line under a head that so far lists only who was away. */
function underAbsenceList(state: HeadState, line: number): boolean {
  const last = state.participants.at(-1);
  return last !== undefined && line - last.line <= 2 && onlyAbsences(state);
}

function onlyAbsences(state: HeadState): boolean {
  // (A substitute named beside an absence is no list of those present; nor is a member named only by a sentence of
  // partial presence under the apologies, `A ankom kl. 10:20.` before `B forlod mødet kl. 14:00.`.)
  return state.participants.length > 0 && state.participants.every((participant) => participant.attendance !== 'attended' || participant.substituteFor !== undefined || participant.partial !== undefined);
}

/**
 * A head remark `A forlod mødet ...` about a member listed above: that member's partial presence. A head that lists
 * only who was away (`Fraværende:`, `Afbud:`) names the member who left early only here: present, for part of it.
 */
function markPartialPresence(state: HeadState, remark: string, line: number, warnings: WarningCollector): boolean {
  // (A member's title before the name, Odense's `Udvalgsmedlem A forlod mødet kl. 11:30.`, is not the name's.)
  const trimmed = remark.trim();
  const untitled = NAME_TITLE.test(trimmed) ? trimmed.replace(NAME_TITLE, '') : trimmed;
  // (Several members told at once, `A, B og C deltog ikke i pkt. 14-19 ...`: each one's partial presence.)
  const several = partialPresenceOfSeveral(untitled);
  if (several) return markSeveralPartial(state, several, line);
  const left = PARTIAL_SENTENCE.exec(untitled);
  if (!left) return false;
  const name = left.groups!.name!.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  const partial = left.groups!.partial!.replace(/\.$/u, '');
  const member = state.participants.find((participant) => participant.name === name);
  if (member) {
    member.partial = partial;
    return true;
  }
  if (!looksLikeName(name)) return false;
  if (!onlyAbsences(state)) {
    state.laterPartials.push({ name, partial, line });
    return true;
  }
  addParticipant(state, { name, partial }, line, 'members', warnings);
  return true;
}

/**
 * The members one sentence tells away for part of the meeting: each listed member's partial presence; a name not (yet)
 * listed waits for the list (`resolveLaterPartials`). False where the sentence names no member the head may list.
 */
function markSeveralPartial(state: HeadState, several: SeveralPartial, line: number): boolean {
  if (!several.names.every(looksLikeName)) return false;
  for (const name of several.names) {
    const member = state.participants.find((participant) => participant.name === name);
    if (member) member.partial = several.partial;
    else state.laterPartials.push({ name, partial: several.partial, line });
  }
  return true;
}

/** Each sentence of a remark that tells a member's partial presence (`Mødet sluttede kl. 18.10. A forlod mødet ...`). */
function markPartialPresenceInSentences(state: HeadState, remark: string, line: number, warnings: WarningCollector): boolean {
  let marked = false;
  for (const sentence of remark.split(ATTENDANCE_SENTENCE_BREAK)) if (markPartialPresence(state, sentence, line, warnings)) marked = true;
  return marked;
}

/**
 * A line of sentences after the member list that tell who was away and who came instead (`A (A) var fraværende. I stedet
 * deltog B (A)`, `I stedet for A deltog B.`), and who was away for some items (`C var fraværende under punkt 13.`): the
 * absent member absent (listed among those called, as Lyngby-Taarbæk's head lists every member), the substitute present
 * for that member. Read only where one such substitute sentence is among them; false where none is.
 */
function readInsteadSentences(state: HeadState, text: string, line: number, warnings: WarningCollector): boolean {
  const pairs = allMatches(text, ABSENT_THEN_INSTEAD_SENTENCE);
  let rest = text;
  for (const pair of pairs) {
    rest = rest.replace(pair[0], ' ');
    // (The sentence says the member was away: absent, also where the head's list of those called was not read, a
    // transcript's names run together without a separator.)
    markAwayForSubstitute(state, pair.groups!.for!, line, warnings, true);
    markSubstitute(state, pair.groups!.name!, pair.groups!.for!, line, warnings);
  }
  const sentences = rest.trim().split(ATTENDANCE_SENTENCE_BREAK);
  const instead = sentences.map((sentence) => INSTEAD_OF_SENTENCE.exec(sentence.trim()));
  if (pairs.length === 0 && !instead.some(Boolean)) return false;
  sentences.forEach((sentence, at) => {
    const stood = instead[at];
    if (stood) {
      markAwayForSubstitute(state, stood.groups!.for!, line, warnings);
      markSubstitute(state, stood.groups!.name!.replace(/\.$/u, ''), stood.groups!.for!, line, warnings);
    }
    else if (sentence.trim().replace(/^[.\s]+/u, '')) {
      const remark = sentence.trim().replace(/^[.\s]+/u, '');
      // (Among them a member away with no one instead: `Mette Holm (C) var fraværende.`.)
      if (!markPartialPresence(state, remark, line, warnings)) markStatedAbsence(state, remark, line, warnings);
    }
  });
  return true;
}

/** `A (C) var fraværende.` among the sentences of who came instead: A absent (a sentence that says no more than that). */
function markStatedAbsence(state: HeadState, sentence: string, line: number, warnings: WarningCollector): void {
  const stated = AWAY_SENTENCE.exec(sentence);
  if (stated && looksLikeName(withoutParty(stated.groups!.name!))) addParticipant(state, { name: withoutParty(stated.groups!.name!), attendance: 'absent' }, line, 'absent', warnings);
}

/** A head's line of apologies and who came instead (`readApologyStandIns`); false where the line is none. */
function readApologiesWithStandIns(state: HeadState, text: string, line: number, warnings: WarningCollector): boolean {
  const read = readApologyStandIns(text);
  if (!read) return false;
  for (const member of read.apologies) addParticipant(state, { ...member, attendance: 'apologies' }, line, 'apologies', warnings);
  for (const { substitute, for: absent } of read.substitutes) markSubstitute(state, substitute.name, absent, line, warnings);
  return true;
}

/**
 * The member whose place a substitute took was away, though listed among those called: absent, where the list had them
 * present (an apology stated before stays; a member the head never listed is not added).
 */
function markAwayForSubstitute(state: HeadState, name: string, line: number, warnings: WarningCollector, statedAway = false): void {
  const known = state.participants.find((participant) => participant.name === name);
  if (known?.attendance === 'attended' || (statedAway && !known)) addParticipant(state, { name, attendance: 'absent' }, line, 'absent', warnings);
}

/**
 * `Fraværende A – B er indkaldt som stedfortræder. C var fraværende ved behandlingen af sag nr. 118.`: A away, B in
 * A's place, and each further sentence's partial presence. False where the line is not one.
 */
function readAbsentThenCalledIn(state: HeadState, text: string, line: number, warnings: WarningCollector): boolean {
  const found = ABSENT_THEN_CALLED_IN_LINE.exec(text);
  const absent = found ? readMemberEntry(found.groups!.absent!) : undefined;
  if (!found || !absent || !looksLikeName(absent.name)) return false;
  const field: HeadField = /^afbud/iu.test(found.groups!.label!) ? 'apologies' : 'absent';
  addParticipant(state, absent, line, field, warnings);
  markSubstitute(state, withoutParty(found.groups!.called!).trim(), absent.name, line, warnings);
  const rest = found.groups!.rest!.trim();
  if (rest) markPartialPresenceInSentences(state, rest, line, warnings);
  return true;
}

/** The line starts with the name of a member the head listed already (and maybe more names: `A, B og C deltog ...`). */
function namesListedMember(state: HeadState, text: string): boolean {
  return state.participants.some((participant) => text.startsWith(participant.name) && (text[participant.name.length] === ' ' || text[participant.name.length] === ','));
}

/**
 * Partial presence told above the member list: the member's, once the list is read; a name never listed is said. A
 * head that lists nobody as present (First Agenda's empty `Mødedeltagere:` under an `Information:` note that says who
 * came late) names that member only here: present, for part of the meeting.
 */
function resolveLaterPartials(state: HeadState, warnings: WarningCollector): void {
  const listsPresent = state.participants.some((participant) => participant.attendance === 'attended');
  for (const told of state.laterPartials) {
    const member = state.participants.find((participant) => participant.name === told.name);
    if (member) member.partial ??= told.partial;
    else if (!listsPresent) addParticipant(state, { name: told.name, partial: told.partial }, told.line, 'members', warnings);
    else warnings.add(told.line, 'participant-unreadable', `Partial presence of "${told.name}", who is not among the meeting's participants`);
  }
}

/** The line follows the last attendance line or attendance sentence directly. */
function rightUnderAttendance(state: HeadState, above: number | undefined): boolean {
  return state.participants.length > 0 && above !== undefined && above === state.attendanceLine;
}

/** The line above (`lineAbove`) is the last line of a note's value: a sentence here goes on with the note. */
function isUnderNote(state: HeadState, above: number | undefined): boolean {
  return above !== undefined && above === state.noteLine;
}

/** A bullet of its own under a member that says which items the member was away from (`Deltog ikke under punkterne 20-21`). */
function isPartialUnderMember(text: string): boolean {
  return mayBePartialUnderMember(text) && PARTIAL_UNDER_MEMBER.test(bulletless(text));
}

/** A line that may open with `Deltog`, after a bullet perhaps: told by its first characters. */
function mayBePartialUnderMember(text: string): boolean {
  const first = text.charCodeAt(0) === 0x2022 /* • */ ? text.trimStart().slice(1).trimStart() : text;
  return (first.charCodeAt(0) | 0x20) === 0x64 /* d */;
}

function bulletless(text: string): string {
  return text.replace(/^\s*•\s*/u, '');
}

/** The verbs `PARTIAL_SENTENCE` needs, looked for without a pattern. */
function mayTellPartialPresence(text: string): boolean {
  return text.includes('forlod') || text.includes('kom ') || text.includes('mødte') || text.includes('deltog') || text.includes('fraværende under') || text.includes('fraværende ved');
}

const STAND_IN_IN_BRACKETS = /\s*\((?:stedfortræder|suppleant)\s*:\s*(?<name>[^()]+)\)\s*$/iu;

/** The member who stood in for `absent`: marked so where the member list named them already, added where not. */
function markSubstitute(state: HeadState, name: string, absent: string, line: number, warnings: WarningCollector): void {
  state.attendanceLine = line;
  const known = state.participants.find((participant) => participant.name === name);
  if (known) known.substituteFor = absent;
  else addParticipant(state, { name, substituteFor: absent }, line, 'members', warnings);
}

/** What after a comma goes on about the member before it, not a seat: a stand-in, items, a departure. */
/** A name with a party letter or two in brackets: `Inger Lauridsen (A)`. */
const PARTY_AFTER_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+\s*\([\p{Lu}\d]{1,3}\)$/u;
const ABOUT_THE_MEMBER = String.raw`(?:(?:suppleant|stedfortræder)\s+for\b|sag(?:erne)?\s+\d|pkt\.?\s*\d|punkt\s+\d|forlod|deltog|mødte)`;
const NOT_A_SEAT = new RegExp(`^${ABOUT_THE_MEMBER}`, 'iu');
/** The same after a dash at the seat's end: `..., Stevns Kommune - stedfortræder for A`, `..., Politi - deltog fra punkt 3`. */
const ABOUT_AFTER_DASH = new RegExp(String.raw`\s[-–]\s+(?=${ABOUT_THE_MEMBER})`, 'iu');

/**
 * One member a line with the seat after a comma (`Claus Winther, næstformand, Dansk Flygtningehjælp`, `Lotte Brandt,
 * Kommunalbestyrelsen`, `Anne Dahl (C), kommunalbestyrelsesmedlem, Stevns Kommune - stedfortræder for A`): the name, with the rest as its role in brackets, where a part after the name is in lower case
 * or names a body (so `Anna Holm, Bo Berg` stays two members).
 */
function nameWithSeat(text: string): string | undefined {
  if (!text.includes(',')) return undefined;
  const [name, ...seat] = splitOutsideParentheses(text);
  if (!name || seat.length === 0 || !looksLikeName(name) || seat.some((part) => NOT_A_SEAT.test(part))) return undefined;
  // What a dash adds about the member after the seat (a stand-in, items, a departure) is read as the member's, after a comma.
  const last = seat[seat.length - 1]!;
  const dash = last.includes('-') || last.includes('–') ? ABOUT_AFTER_DASH.exec(last) : null;
  const about = dash ? `, ${last.slice(dash.index + dash[0].length)}` : '';
  if (dash) seat[seat.length - 1] = last.slice(0, dash.index).trim();
  // (A status glued by its dash to the seat, `Peter Holm (O), 1. næstformand- afbud`, is the member's, after the seat.)
  const glued = dash ? null : STATUS_GLUED_TO_SEAT.exec(seat[seat.length - 1]!);
  const status = glued && statusOf(glued[1]!) ? ` - ${glued[1]!}` : '';
  if (status) seat[seat.length - 1] = seat[seat.length - 1]!.slice(0, glued!.index).trim();
  // (An ordinal before the seat, `2. næstformand`, is the seat's.)
  if (!seat.some((part) => /^(?:\d{1,2}\.\s+)?\p{Ll}/u.test(part) || SEAT_WORD.test(part) || ENDS_WITH_BODY_WORD.test(part) || namesMunicipality(part) || ORGANISATION_NAME.test(part))) return undefined;
  // `A (V), formand, B (A)`: a later part with a party letter is another member, the list goes on.
  if (seat.some((part) => part.endsWith(')') && PARTY_AFTER_NAME.test(part))) return undefined;
  return `${name} (${seat.join(', ').replace(/[()]/gu, '')})${about}${status}`;
}

/** A status after a seat, its dash glued to the seat's last word (`1. næstformand- afbud`). */
const STATUS_GLUED_TO_SEAT = /(?<=\p{Ll})[-–]\s+([^()]+)$/u;

/**
 * eDoc's member line with the role after a dash, a comma inside the role (`Villy Krogh - næstformand, byrådsmedlem`,
 * `Grethe Mose - formand, Danske Handicaporganisationer`): one member, the whole tail the role; the comma parts no
 * members. The role opens in lower case (a status such as `- Deltog` or `- Afbud` is not one), and is no stand-in.
 */
function nameWithDashedRole(text: string): string | undefined {
  if (!text.includes(',') || !(text.includes(' - ') || text.includes(' – '))) return undefined;
  const dashed = NAME_DASH_ROLE.exec(text);
  if (!dashed || NOT_A_SEAT.test(dashed.groups!.role!)) return undefined;
  return `${dashed.groups!.name} (${dashed.groups!.role!.replace(/[()]/gu, '')})`;
}

/** `A - Grundejerforbundet` over `B - Grundejerforbundet`: a member list of one name and organisation a line. */
function dashedOrganisationLines(first: string, next: string | undefined): boolean {
  return next !== undefined && NAME_DASH_ORGANISATION.test(first.trim()) && NAME_DASH_ORGANISATION.test(next);
}

const NAME_DASH_ORGANISATION = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,3}\s[-–]\s+\p{L}[^,:]*$/u;

const NAME_DASH_ROLE = /^(?<name>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+)\s[-–]\s+(?<role>\p{Ll}[^,]*,.*)$/u;

/** A joint body's member list names each member's municipality after the comma: `Niels Kvist, Frederikssund (formand)`. */
function namesMunicipality(part: string): boolean {
  return municipalityNamed(part.replace(/\s*\([^()]*\)\s*$/u, '')) !== undefined;
}

/** Splits a list on commas outside parentheses, re-attaching `Suppleant for ...` and `sag 3-4` to their member. */
/** A sentence of prose: it ends in a full stop and holds five words or more in lower case (a name list holds few). */
function isProseSentence(text: string): boolean {
  if (!text.endsWith('.')) return false;
  let lower = 0;
  for (const word of text.split(' ')) if (word.length > 1 && /^\p{Ll}/u.test(word) && word !== 'og' && ++lower >= 5) return true;
  return false;
}

function splitEntries(text: string): string[] {
  const parts = splitOutsideParentheses(text);
  const entries: string[] = [];
  for (const part of parts) {
    // (`A, suppleant B deltog`: who came for A, an entry of its own.)
    if (entries.length > 0 && SUBSTITUTE_CAME_AFTER_ABSENT.test(part)) entries.push(part);
    // `Lisa Ward, A` / `Anja Lund, V` (a member a line, the party after a comma): the party letter is the member's, no member.
    // (And before what a dash adds about the member: `Anja Lund, V - Bo Berg stedfortræder`.)
    else if (entries.length > 0 && PARTY_ALONE.test(part.split(DASH_TAIL)[0]!) && NAME_WITHOUT_NOTE.test(entries[entries.length - 1]!)) {
      const [party, ...tail] = part.split(DASH_TAIL);
      entries[entries.length - 1] = `${entries[entries.length - 1]} (${party})${tail.length > 0 ? ` - ${tail.join(' - ')}` : ''}`;
    }
    else if (entries.length > 0 && /^(?:suppleant|stedfortræder|mødte|sag(?:erne)?\s+\d|pkt\.?\s*\d|punkt\s+\d|forlod|deltog\s+(?:fra|ikke\s+i))/iu.test(part)) {
      entries[entries.length - 1] = `${entries[entries.length - 1]}, ${part}`;
    } else if (/^\p{Lu}/u.test(part) || /^[-–•·]/u.test(part) || /^i stedet /iu.test(part)) {
      // (`i stedet deltog B` after an absent member: who came instead, read by `addMembers`.)
      // `..., Mette Ladegaard og Kasper Ørum`: the last two names of a list joined by `og`.
      const pair = part.includes(' og ') ? TWO_NAMES.exec(part) : null;
      if (pair) entries.push(pair.groups!.first!, pair.groups!.second!);
      else entries.push(part);
    }
  }
  return entries;
}

const PARTY_ALONE = /^(?:\p{Lu}{1,2}|løsgænger|Løsgænger)$/u;
/** Two names or more in a row, each closed by its party's letters in brackets and nothing between them but spaces. */
// (Each name of capitalised words only, the columns apart by a run of spaces: `A Holm (V) for B Lund (V)` is a substitute.)
const PARTY_NAMES_IN_A_ROW = /^(?:(?:\p{Lu}[\p{L}.'-]*\s+){1,4}\(\p{Lu}{1,2}\)(?:\s{2,}|$)){2,}$/u;
const AFTER_PARTY = /(?<=\(\p{Lu}{1,2}\))\s{2,}/u;
const partyColumns = (raw: string): string[] | undefined => (PARTY_NAMES_IN_A_ROW.test(raw) ? raw.split(AFTER_PARTY) : undefined);
const DASH_TAIL = /\s+[-–]\s+/u;
const NAME_WITHOUT_NOTE = /^(?:[•·▪-]\s*)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}?[\p{L}.'-]*)*\s+\p{Lu}[\p{L}.'-]*$/u;

const NAME_WITH_PARTY = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+(?:\s*\([^()]*\))?`;
const TWO_NAMES = new RegExp(String.raw`^(?<first>${NAME_WITH_PARTY})\s+og\s+(?<second>${NAME_WITH_PARTY})$`, 'u');

function addParticipant(state: HeadState, member: Readonly<MemberEntry>, line: number, field: HeadField, warnings: WarningCollector): void {
  state.attendanceLine = line;
  const fallback: Attendance | undefined = field === 'apologies' ? 'apologies' : field === 'absent' ? 'absent' : field === 'mixedAbsence' ? 'apologies' : 'attended';
  const attendance = member.attendance ?? fallback;
  if (!attendance) {
    warnings.add(line, 'participant-unreadable', `Attendance of ${member.name} not stated`);
    return;
  }
  // A member listed under Medlemmer and again under Fraværende is one participant, not present.
  const known = state.participants.find((participant) => participant.name === member.name);
  if (known && field !== 'members') {
    // Rødovre's `Fraværende` / `Lis Lund (V), sag 3-4`: away from those items only, so at the meeting.
    if (member.partial && known.attendance === 'attended') {
      known.partial = member.partial;
      state.awayForItems.push({ participant: known, attendance });
    } else {
      known.attendance = attendance;
      if (member.partial) known.partial = member.partial;
    }
    return;
  }
  // Listed under the absence label first and among the members after it (Struer's `Afbud fra/fraværende:` above its
  // `Medlemmer:`): still one participant, and absent.
  if (known && known.attendance !== 'attended' && attendance === 'attended') return;
  // A member listed among the members and stated a substitute after it (`Lise Brandt (D) deltog som stedfortræder for Per
  // Sindal (D).` under the list): one participant, who stood in.
  if (known && known.attendance === 'attended' && member.substituteFor) {
    known.substituteFor ??= withoutParty(member.substituteFor);
    return;
  }
  state.participants.push({
    name: member.name,
    ...(member.party ? { party: member.party } : {}),
    ...(member.role ? { role: member.role } : {}),
    attendance,
    // (Whom they stood in for by name alone, as the member list names them: `Suppleant for Brian Møller (A)`.)
    ...(member.substituteFor ? { substituteFor: withoutParty(member.substituteFor) } : {}),
    ...(member.partial ? { partial: member.partial } : {}),
    line,
  });
}

function looksLikeName(name: string): boolean {
  const words = name.split(' ');
  // Nor the municipality's name (`SKIVE KOMMUNE` over the pages) or a contents list's column headers (`Pkt. Tekst Side`).
  return (
    words.length >= 1 &&
    words.length <= 7 &&
    /^\p{Lu}/u.test(name) &&
    !/\d/u.test(name) &&
    !ENDS_WITH_BODY_WORD.test(name) &&
    !/^(?:referat|dagsorden|punkt|indholdsfortegnelse)$/iu.test(name) &&
    // (A seat written alone, `Borgermedlem`, is a member's role.)
    !SEAT_WORD.test(name) &&
    !/\skommune$|^(?:pkt|punkt|sag nr)\.?:?\s+(?:tekst|emne)\b/iu.test(name)
  );
}

/** How often `char` (one UTF-16 unit) occurs in `text`: counted in place, no array of parts made. */
function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) count++;
  return count;
}

function bareClock(text: string): string | undefined {
  const match = /(?:^|[\s,–-])(\d{1,2})[:.](\d{2})(?::\d{2})?(?![\d.])/u.exec(text);
  if (!match) return undefined;
  // (A US-culture page's twelve-hour `3:00:00 PM`.)
  const mark = TWELVE_HOUR_MARK.exec(text.slice(match.index + match[0].length));
  const hours = Number(match[1]);
  if (mark && hours >= 1 && hours <= 12) return clock(String(mark[1] === 'PM' ? (hours % 12) + 12 : hours % 12), match[2]!);
  return clock(match[1]!, match[2]!);
}

/** `HH:MM` of a time's hours and minutes; undefined for an impossible time. */
export function clock(hours: string, minutes: string): string | undefined {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * What the items say of bodies, for a head that leaves the meeting incomplete: gathered only when asked (most
 * heads name the body and the date, and a long referat has hundreds of items to gather them from).
 */
export interface BodiesInItems {
  /** The dated decision blocks read as the items' decisions. */
  blocks: () => readonly { body: string; date: string; line: number }[];
  /** Every body an item names: deciding body, earlier treatments, case course. */
  named: () => readonly string[];
}

/**
 * Fills what the head did not say: from repeated page headers and footers (dropped as noise), from the
 * decision blocks dated the meeting's day, from the `Source URL:` address (date, and the body if the text
 * names one whose slug matches). Warns about what stays unknown.
 */
export function completeMeeting(
  meeting: ParsedMeeting,
  furniture: readonly SourceLine[],
  bodies: BodiesInItems,
  sourceUrl: SourceUrl | undefined,
  warnings: WarningCollector,
): void {
  if ((!meeting.body || !meeting.date || !meeting.startTime) && furniture.length > 0) {
    // The furniture is read for facts only: its oddities are not the document's, so its warnings are dropped.
    const fromFurniture = parseMeetingHead(furniture, new WarningCollector()).meeting;
    if (!meeting.body && fromFurniture.body) {
      meeting.body = fromFurniture.body;
      if (meeting.source === 'none') {
        meeting.source = 'head';
        meeting.line = fromFurniture.line;
      }
    }
    if (!meeting.date && fromFurniture.date) meeting.date = fromFurniture.date;
    if (!meeting.startTime && fromFurniture.startTime) meeting.startTime = fromFurniture.startTime;
  }
  const blockBodies = !meeting.date || !meeting.body ? bodies.blocks() : [];
  if (!meeting.date && blockBodies.length > 0) {
    // No head (an item page): the decision blocks name the meeting when all of them (of its body) agree.
    const own = meeting.body ? blockBodies.filter((block) => sameBody(block.body, meeting.body!)) : blockBodies;
    const last = own[own.length - 1];
    if (last && own.every((block) => block.date === last.date)) {
      meeting.date = last.date;
      if (meeting.source === 'none') {
        meeting.source = 'head';
        meeting.line = last.line;
      }
    }
  }
  if (!meeting.body && meeting.date) {
    const sameDay = blockBodies.filter((block) => block.date === meeting.date);
    const last = sameDay[sameDay.length - 1];
    if (last) {
      meeting.body = last.body;
      if (meeting.source === 'none') {
        meeting.source = 'head';
        meeting.line = last.line;
      }
    }
  }
  if (meeting.source === 'none' || !meeting.date || !meeting.body) fillFromSourceUrl(meeting, sourceUrl, bodies, warnings);
  if (!meeting.date) warnings.add(meeting.line, 'meeting-date-missing', 'The meeting date could not be read (no head, no dated Source URL)');
  if (!meeting.body) warnings.add(meeting.line, 'meeting-body-missing', 'The committee could not be read (no head, no matching Source URL)');
}

function fillFromSourceUrl(meeting: ParsedMeeting, sourceUrl: SourceUrl | undefined, bodies: BodiesInItems, warnings: WarningCollector): void {
  if (meeting.source === 'none') {
    warnings.add(sourceUrl?.line ?? 1, 'meeting-head-missing', sourceUrl
      ? `The document has no head (REFERAT title, Mødedato); meeting read from ${addressNamed(sourceUrl)}`
      : 'The document has no head (REFERAT title, Mødedato) and no Source URL line');
  }
  if (!sourceUrl) return;
  const slug = decodeURIComponent(sourceUrl.url.replace(/[?#].*$/u, '').replace(/\/+$/u, '').split('/').pop() ?? '');
  const dated = /^(.*?)-?(\d{1,2})-(\d{1,2})-(\d{4})$/u.exec(slug);
  if (!dated) return void bodyFromAddressPath(meeting, sourceUrl, warnings);
  let used = false;
  if (!meeting.date) {
    const iso = isoDate(Number(dated[4]), Number(dated[3]), Number(dated[2]));
    if (iso) {
      meeting.date = iso;
      used = true;
    }
  }
  if (!meeting.body) {
    const slugKey = bodySlugKey(dated[1]!);
    const body = bodies.named().find((candidate) => bodySlugKey(candidate) === slugKey) ?? bodyOfOcrSlug(slugKey, bodies.named());
    if (body) {
      meeting.body = body;
      used = true;
    } else if (slugKey) {
      warnings.add(sourceUrl.line, 'meeting-body-from-url-unmatched', `No body named in the text matches ${sourceUrl.line === 0 ? "the caller's source address's" : "the Source URL's"} "${dated[1]}"`);
    }
  }
  if (used && meeting.source === 'none') {
    meeting.source = 'source-url';
    meeting.line = sourceUrl.line;
  }
  bodyFromAddressPath(meeting, sourceUrl, warnings);
}

/**
 * A text that names no body at all, where the address names one in a folder of its own (`address-body.ts`): the body
 * spelled from the address, said in a warning, rather than a refused import.
 */
function bodyFromAddressPath(meeting: ParsedMeeting, sourceUrl: SourceUrl, warnings: WarningCollector): void {
  if (meeting.body) return;
  const spelled = bodyOfAddressPath(sourceUrl.url);
  if (!spelled) return;
  meeting.body = spelled;
  if (meeting.source === 'none' && meeting.date) {
    meeting.source = 'source-url';
    meeting.line = sourceUrl.line;
  }
  warnings.add(sourceUrl.line, 'meeting-body-from-address', `The text names no body; the committee "${spelled}" is spelled from ${addressNamed(sourceUrl)}'s path`);
}

/** How many letters an OCR'd address may have misread in a body's slug (`bocrne-og-skoleudvalget`), of a slug this long. */
const SLUG_MISREAD_LETTERS = 2;
const SLUG_LONG_ENOUGH_TO_MISREAD = 12;

/**
 * A scan's `Source URL:` read by OCR with the rest (`.../bocrne-og-skoleudvalget-10-09-2019`): the one body the text
 * names whose slug differs from the address's by at most two letters (a misread letter, one added or lost), where the
 * slug is long enough that two letters cannot make another body's.
 */
function bodyOfOcrSlug(slugKey: string, named: readonly string[]): string | undefined {
  if (slugKey.length < SLUG_LONG_ENOUGH_TO_MISREAD) return undefined;
  const near = [...new Set(named)].filter((candidate) => withinEdits(bodySlugKey(candidate), slugKey, SLUG_MISREAD_LETTERS));
  return new Set(near.map(bodySlugKey)).size === 1 ? near[0] : undefined;
}

/** Whether `a` becomes `b` by at most `limit` letters changed, added or removed (Levenshtein, cut off at the limit). */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/** A line that can state a meeting by itself: a year, and a title's or `<organ> <dato>` form. */
const HISTORY_HEADING = /^(?:tidligere\s+behandling(?:er)?|sagsforløb|historik|behandling|politisk\s+behandling)$/iu;
const ITEM_REFERENCE_END = /\b(?:punkt|pkt\.?)\s*\d*$/iu;

const MAY_STATE_MEETING = /(?:19|20)\d{2}/u;

/**
 * The last resort for a document whose head, items and page furniture name no meeting: a line anywhere that states
 * both the body and the date by itself (a page footer `Økonomiudvalget - 01-01-2008   Side 1 af 1`, a page header
 * between items, `Referat fra mødet i <organ> den <dato>.` after the items). Only a line that names both is taken, and
 * only what the meeting still lacks is filled in.
 */
const NAMED_AT_SENTENCE_END = /^(?:\S+\s+){3,}?(?:på|i)\s+(\p{Lu}[^\s,:]*(?:\s+[^\s,:]+){0,5})$/u;

export function readMeetingStatedAnywhere(meeting: ParsedMeeting, lines: readonly SourceLine[]): void {
  let underHistory = false;
  for (const line of lines) {
    if (line.blank) continue;
    // What stands under `Tidligere behandling`, `Sagsforløb` or `Historik` names earlier meetings.
    const wasUnderHistory = underHistory;
    underHistory = HISTORY_HEADING.test(line.text.replace(/^[#*\s]+|[*:\s]+$/gu, ''));
    if (wasUnderHistory || !MAY_STATE_MEETING.test(line.text)) continue;
    const text = collapseSpaces(line.text.replace(/\f/gu, ' ')).replace(/\s+side\s+\d+(?:\s+af\s+\d+)?\s*$/iu, '').replace(/\.$/u, '');
    // A dated decision block (`Beslutning i <udvalg> den <dato>`) or an earlier treatment (`... den <dato> punkt 3`)
    // names a meeting, maybe another.
    if (/^beslutning/iu.test(text) || EARLIER_TREATMENT_LINE.test(text) || ITEM_REFERENCE_END.test(text)) continue;
    const body = BODY_AND_DATE_LINE.exec(text);
    if (!TITLE_LINES.some((pattern) => pattern.test(text)) && !(body && namesBody(bodyName(body.groups!.body!.replace(/\s*[-–,]\s*$/u, ''))))) continue;
    const stated = parseMeetingHead([{ ...line, text, plain: text, unmarked: text }], new WarningCollector()).meeting;
    if (!stated.body || !stated.date) continue;
    // A sentence that names the meeting at its end (`Følgende emner blev nævnt på Regionsrådets møde den ...`): the body
    // is the name after its last `på` / `i`, not the sentence.
    const named = stated.body.includes(' ') ? NAMED_AT_SENTENCE_END.exec(stated.body) : null;
    if (named && namesBody(named[1]!)) stated.body = named[1]!;
    if (meeting.body && !sameBody(meeting.body, stated.body)) continue;
    if (meeting.date && meeting.date !== stated.date) continue;
    meeting.body ??= stated.body;
    meeting.date ??= stated.date;
    if (meeting.source === 'none') {
      meeting.source = 'head';
      meeting.line = line.no;
    }
    return;
  }
}

/**
 * A head parted (Skive 2008: the committee in one place, the date lines later after other text): after every other
 * reading the meeting still lacks its date or its body, and the text states that one alone elsewhere. The date from a
 * sentence that dates the meeting it stands in (`Mødet afholdt den 3. marts 2015 ...`, after the items or inside one);
 * the body from a page's running head that names only it (`<organ> - Referat` at the top of a later page, after a form
 * feed or a page counter). Taken only where every such statement names the same (never under an item's history).
 */
/**
 * A memo's head table read row by row into one line, its labels before their values (`Sted Mødetidspunkt Mødedeltagere
 * 23. maj 2008, kl ...`): the date under the `Mødetidspunkt` / `Mødedato` label, up to three labels after it.
 */
const LABEL_ROW_THEN_DATE = /\bMøde(?:tidspunkt|dato)(?:\s+\p{Lu}\p{Ll}+){0,3}\s+(?<date>\d{1,2}\.\s*\p{L}{3,}\.?\s+\d{4})/u;

export function readMeetingPartStatedAnywhere(meeting: ParsedMeeting, lines: readonly SourceLine[]): void {
  if (meeting.body && meeting.date) return;
  const dates = new Map<string, number>();
  const bodies = new Map<string, number>();
  let underHistory = false;
  let afterCounter = false;
  for (const line of lines) {
    if (line.blank) continue;
    const wasUnderHistory = underHistory;
    const pageTop = line.pageBreak || afterCounter;
    underHistory = HISTORY_HEADING.test(line.text.replace(/^[#*\s]+|[*:\s]+$/gu, ''));
    afterCounter = isPageCounterLine(line.text);
    if (wasUnderHistory) continue;
    const text = collapseSpaces(line.text.replace(/\f/gu, ' '));
    if (!meeting.date) {
      const dated = MEETING_DATED_SENTENCE.exec(text) ?? (text.includes('Møde') ? LABEL_ROW_THEN_DATE.exec(text) : null);
      const iso = dated && findDanishDate(dated.groups!.date!)?.iso;
      if (iso && !dates.has(iso)) dates.set(iso, line.no);
    }
    if (!meeting.body && pageTop) {
      const named = BODY_RUNNING_HEAD.exec(text);
      const body = named && bodyName(named.groups!.body!.trim());
      if (body && namesBody(body) && !/^beslutning/iu.test(body) && !bodies.has(body)) bodies.set(body, line.no);
    }
  }
  const only = (found: Map<string, number>) => (found.size === 1 ? [...found][0]! : undefined);
  const date = only(dates);
  const body = only(bodies);
  if (date) meeting.date = date[0];
  if (body) meeting.body = body[0];
  if ((date || body) && meeting.source === 'none') {
    meeting.source = 'head';
    meeting.line = (date ?? body)![1];
  }
}

