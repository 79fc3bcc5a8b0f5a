import { mayStartLike, testStartingLike } from './line-prefilter.js';
import { withoutMarkers } from './source-line.js';
import { memoByText } from './text-memo.js';
import { isWhiteSpaceCode } from './white-space.js';
import type { Attendance, ParsedPersonReference } from './parsed-minutes.types.js';
import { attendanceOf, readPersonEntry, splitOutsideParentheses } from './person-list.parser.js';
import { allMatches } from './all-matches.js';
import {
  APOLOGY_WORD,
  ABSENCE_LABEL_LINE,
  ABSENCE_LABEL_ALONE,
  ABSENCE_LIST_OPENER,
  INSTEAD_CAME_ENTRY,
  CALLED_IN_ENTRY,
  PARTIAL_LIST_ENTRY,
  PARTIAL_LIST_LABEL,
  ABSENCE_REASON,
  ATTENDANCE_SENTENCES_OPENER,
  MEETING_TIMES_OPENER,
  ABSENCE_SENTENCE,
  ITEM_ONLY_ABSENCE,
  ARRIVED_LATE,
  AWAY_FROM_ITEMS,
  ABSENCE_SENTENCE_STATUS_AFTER_SPACE,
  BRACKETED_STAND_IN,
  NAME_TITLE,
  TRAILING_NAME_TITLE,
  OFFICIAL_TITLE,
  ORGANISATION_TAIL,
  NOBODY,
  NOT_NAMES,
  PARTIAL,
  PARTIAL_SENTENCE,
  PRESENT_LIST_OPENER,
  MEMBER_GROUP_LABEL,
  NAMES_IN_A_SENTENCE,
  NAMES_SEPARATOR,
  STAFF_GROUP_LABEL,
  STOOD_IN_FOR_IN_TEXT,
  INSTEAD_OF_IN_TEXT,
  IN_PLACE_OF_IN_TEXT,
  ROLE_CAME_FOR_IN_TEXT,
  SUBSTITUTE_FOR_LABEL_IN_TEXT,
  STOOD_IN_SENTENCE,
  SUBSTITUTE,
  SUBSTITUTE_LABEL_LINE,
  SUBSTITUTE_LIST_ENTRY,
  SUBSTITUTE_SENTENCE,
  SUBSTITUTED_BY,
  REPORTED_APOLOGY,
  ATTENDANCE_SENTENCE_BREAK,
  DATED_ABSENCE_LABEL,
} from './vocabulary/attendance.js';
import { findDanishDate } from './danish-date.js';

export interface AbsenceReading {
  people: Omit<ParsedPersonReference, 'line'>[];
  /** Entries that could not be read as people (kept for a warning). */
  unreadable: string[];
}

/** The attendance a status (`Afbud`, `Deltog`) states. */
export function statusOf(words: string): Attendance | undefined {
  return attendanceOf(words);
}

/** `Fraværende: A (V), B (C)`, `Afbud A (C)`, `Ikke til stede: A`, `Fraværende- A ()`. Undefined when the line is not one. */
export function readAbsenceLine(text: string): AbsenceReading | undefined {
  // Without bold markers the line itself must start like a label of the table; with them, it is read as before.
  const unmarked = withoutMarkers(text);
  if (text === unmarked ? !mayBeAbsenceLabel(text) : !MARKED_ABSENCE_START.test(text)) return undefined;
  const match = ABSENCE_LABEL_LINE.exec(unmarked.trim());
  if (!match) return undefined;
  const label = match.groups!.label!.toLowerCase();
  // `Fraværende uden afbud` is absence; any other mention of `afbud` is apologies.
  const attendance: Attendance = /afbud/u.test(label) && !/uden\s+afbud/u.test(label) ? 'apologies' : 'absent';
  // The names end at their sentence (`Afbud fra A (V). Stedfortræder B (V) deltog.`): what follows is read as sentences.
  // (Faxe's `Fraværende: A (A) deltog ikke i mødet.`: the label's status said again after the names is not a name's.)
  const listed = match.groups!.names!;
  const names = listed.includes(' deltog ikke') || listed.includes(' var ') ? listed.replace(STATUS_SAID_AGAIN_AFTER_NAMES, '') : listed;
  const sentenceEnd = names.includes('. ') ? NEXT_SENTENCE.exec(names) : null;
  const read = readNames(sentenceEnd ? names.slice(0, sentenceEnd.index + 1) : names, attendance);
  // The next sentence another list of the same kind (`Afbud: A og B. Uden afbud C.`): its names too, with its own status.
  const next = sentenceEnd ? readAbsenceLine(names.slice(sentenceEnd.index + sentenceEnd[0].length)) : undefined;
  return next ? { people: [...read.people, ...next.people], unreadable: [...read.unreadable, ...next.unreadable] } : read;
}

/**
 * The absence said again after the names, to the line's end: `deltog ikke (i mødet)`, `var fraværende`, and Faxe's
 * `Fraværende: A (C) og B (V) deltog ikke i behandlingen af punktet.`
 */
const STATUS_SAID_AGAIN_AFTER_NAMES = /\s+(?:deltog\s+ikke(?:\s+i\s+(?:mødet|(?:behandlingen\s+af\s+)?(?:punktet|sagen)))?|var\s+fraværende|var\s+ikke\s+til\s+stede)\.?\s*$/u;

// Not after an initial (`Saime B. Inanc`), nor after the last of initials run together (`Peter H.S. Kristensen`).
const NEXT_SENTENCE = /(?<!(?:^|[\s(.])\p{Lu})\.\s+(?=\p{Lu})/u;

/**
 * `readAbsenceLine` for the lines of item bodies, shared between calls: a referat that notes an absence in every item
 * repeats one line (`Fraværende: A (C) - B (C) mødte som stedfortræder.`) in every decision. Callers only read it.
 */
export const readAbsenceLineShared: (text: string) => Readonly<AbsenceReading> | undefined = memoByText(readAbsenceLine);

/** Whether an absence line goes on after its names with sentences of its own (a substitute, another member's absence). */
export const absenceLineGoesOn = memoByText((text: string): boolean => (text.includes('. ') && NEXT_SENTENCE.test(text)) || readStoodInSentences(text).length > 0);

/** How a line with bold markers must start to be read as an absence line. */
const MARKED_ABSENCE_START = /^(?:\*\*|__)?(?:afbud|fravær|ikke|deltog|meldt)/iu;

/** How an absence label line starts (from its pattern): most lines of a body cannot be one. */
const mayBeAbsenceLabel = mayStartLike([ABSENCE_LABEL_LINE]);

/** A label alone on its line over the names on the next lines. */
// (Langeland's `Afbud under hele mødet:` over the names in every decision: absent from the whole meeting.)
const ABSENCE_LIST_LABEL = /^(afbud|fraværende|ikke til stede|deltog ikke)(?:\s+under\s+hele\s+mødet)?$/iu;
const mayOpenAbsenceList = mayStartLike([ABSENCE_LIST_OPENER, ABSENCE_LIST_LABEL]);

/**
 * Whether a line may be an absence line or open an absence list (`readAbsenceLine`, `opensAbsenceList`): one test
 * of both tables' starts (and of a bold marker, after which `readAbsenceLine` reads on) for lines that are neither.
 */
export const mayConcernAbsence = mayStartLike(
  // The last pattern is how `MARKED_ABSENCE_START` can start (its optional marker hides that from `mayStartLike`).
  [ABSENCE_LABEL_LINE, ABSENCE_LIST_OPENER, ABSENCE_LIST_LABEL, /^(?:\*\*|__|afbud|fravær|ikke|deltog|meldt)/iu],
  { ignoreCase: true },
);

/** `Fraværende i <organ>, <dato>:`: whose meeting (its date, ISO) the names on the next lines were absent from. */
export function readDatedAbsenceLabel(text: string): { body: string; date: string } | undefined {
  const match = DATED_ABSENCE_LABEL.exec(text.trim());
  const date = match ? findDanishDate(match.groups!.date!) : undefined;
  return date ? { body: match!.groups!.body!.trim(), date: date.iso } : undefined;
}

/** Whether the line opens a list of names on the next lines (`Følgende deltog ikke i behandlingen af punktet:`). */
export function opensAbsenceList(text: string): Attendance | undefined {
  if (!mayOpenAbsenceList(text)) return undefined;
  if (ABSENCE_LIST_OPENER.test(text)) return /afbud/iu.test(text) ? 'apologies' : 'absent';
  const label = ABSENCE_LIST_LABEL.exec(text);
  return label ? (/afbud/iu.test(label[1]!) ? 'apologies' : 'absent') : undefined;
}

/** `Ingen`, `Alle var til stede`, and words read where a name stands: asked of every list and name, few start so. */
const isNobody = testStartingLike(NOBODY);
const isNotAName = testStartingLike(NOT_NAMES);

/** A list of names with the same status: `A (V), B (C) og C`, with `Ingen` for nobody. */
export function readNames(list: string, attendance: Attendance): AbsenceReading {
  const people: AbsenceReading['people'] = [];
  const unreadable: string[] = [];
  // (A transcript runs the verdict on after the last name, `Fraværende: A, B Godkendt. Side 3`, or after the empty
  // list: `Fraværende: Ingen Godkendt`, nobody.)
  const cleaned = cleanedList(list).replace(VERDICT_AFTER_NAMES, '');
  if (cleaned.length === 0 || isNobody(cleaned) || NOBODY_THEN_TEXT.test(cleaned)) return { people, unreadable };
  for (const entry of splitOutsideParentheses(cleaned)) {
    // `Hans Holm (V), sygdom`: a reason after the name, not a person.
    if (!/^\p{Lu}/u.test(entry)) continue;
    // Each rewrite only where its text stands: most entries are a name and a party letter.
    const withoutEmptyNotes = hasEmptyNote(entry) ? entry.replace(/\(\s*\)/gu, '') : entry;
    const untitled = withoutOfficialTitle(mayStartWithTitle(withoutEmptyNotes) ? withoutEmptyNotes.replace(NAME_TITLE, '') : withoutEmptyNotes);
    const person = readPersonEntry(mayNameSubstitute(untitled) ? untitled.replace(SUBSTITUTED_BY, '') : untitled);
    const words = person ? wordCount(person.name) : 0;
    if (!person || isNotAName(person.name) || words > 6 || (words < 2 && !person.party)) {
      unreadable.push(entry);
      continue;
    }
    const partial = PARTIAL.exec(person.name);
    const name = partial ? person.name.slice(0, partial.index).trim() : person.name;
    // Built field by field in the output's order, not from spreads.
    const absent = { name } as AbsenceReading['people'][number];
    if (person.party) absent.party = person.party;
    if (person.role) absent.role = person.role;
    absent.attendance = person.attendance ?? attendance;
    if (partial) absent.partial = partial.groups!.partial!.trim();
    people.push(absent);
  }
  return { people, unreadable };
}

const GLUED_DASH_ENTRY = /\)-\s*(?=\p{Lu})/gu;

/**
 * The list without a bullet, `og` between names as a comma, and no full stop at its end; each rewrite is made only
 * where its text stands (the same result as making them all).
 */
function cleanedList(list: string): string {
  let cleaned = BULLETS.includes(list.charAt(0)) ? list.replace(/^[•·▪\-–*]\s*/u, '') : list;
  if (cleaned.includes('og')) cleaned = cleaned.replace(/\s+og\s+(?=\p{Lu})/gu, ', ');
  // A web page's per-item list glued into one line, each entry's bullet a dash after the party (`Kirsten Bak (A)- Rasmus
  // Friis (V)`): a comma between them. (Not ` - ` with spaces: `A (C) - B (C) mødte som stedfortræder`.)
  if (cleaned.includes(')-')) cleaned = cleaned.replace(GLUED_DASH_ENTRY, '), ');
  if (cleaned.includes('.')) cleaned = cleaned.replace(/[.]\s*$/u, '');
  return cleaned.trim();
}

const BULLETS = '•·▪-–*';

/**
 * Whether the entry holds `()` or `( )` (what `/\(\s*\)/u` finds), told without the pattern: most entries hold a
 * party letter in theirs, and the replacement is made only where an empty note stands.
 */
function hasEmptyNote(entry: string): boolean {
  for (let open = entry.indexOf('('); open >= 0; open = entry.indexOf('(', open + 1)) {
    let index = open + 1;
    while (index < entry.length && isWhiteSpaceCode(entry.charCodeAt(index))) index++;
    if (entry.charCodeAt(index) === 0x29 /* ) */) return true;
  }
  return false;
}

/** `Politiinspektør Jens Helmer Fyns Politi`: the name without the official's title and organisation. */
function withoutOfficialTitle(entry: string): string {
  const official = OFFICIAL_TITLE.exec(entry);
  return official ? entry.slice(official[0].length).replace(ORGANISATION_TAIL, '') : entry;
}

/** How a title in front of a name starts (from its pattern): most names start otherwise. */
const mayStartWithTitle = mayStartLike([NAME_TITLE]);

/** Whether `SUBSTITUTED_BY` can match: it names the substitute after one of its two words (`i stedet` by its second: the space may be a non-breaking one). */
function mayNameSubstitute(text: string): boolean {
  return text.includes('stedfortræder') || text.includes('suppleant') || text.includes('stedet');
}

export interface StoodInReading {
  absent: Omit<ParsedPersonReference, 'line'>;
  substitute: Omit<ParsedPersonReference, 'line'>;
}

/**
 * `readStoodInSentencesOnce`, shared between calls: a line that names a substitute is read where an item's wrapped lines
 * are joined (the line alone and joined to the next), again where the item's absence lines are read, and again among
 * the meeting's first decisions, and the search for both names (`STOOD_IN_FOR_IN_TEXT`, tried at every capital) costs
 * 10-30 µs a line on a two-byte text. Callers only read it.
 */
export const readStoodInSentences: (text: string) => readonly Readonly<StoodInReading>[] = memoByText((text: string) => readStoodInSentencesOnce(text));

/**
 * A substitute named in a sentence after the absence it covers, on one line: `Afbud fra A (V). Stedfortræder B (V)
 * deltog.`, `A (F) havde meldt afbud. B (F) deltog som stedfortræder.`, `Fraværende: A (C) - B (C) mødte som
 * stedfortræder.` Only lines that name a substitute are split into sentences.
 */
function readStoodInSentencesOnce(text: string): StoodInReading[] {
  if (!mayNameSubstitute(text.toLowerCase())) return [];
  const pairs: StoodInReading[] = [];
  // Who stood in for whom, both named (`A deltog som stedfortræder for B og C deltog som stedfortræder for D`).
  const named = readStoodInFor(text);
  if (named.length > 0) return named;
  let absent: readonly Omit<ParsedPersonReference, 'line'>[] = [];
  for (const sentence of text.trim().split(ATTENDANCE_SENTENCE_BREAK)) {
    const stood = SUBSTITUTE_SENTENCE.exec(sentence.trim());
    if (stood) {
      const substitute = readPersonEntry(stood.groups!.name ?? stood.groups!.named ?? stood.groups!.after ?? stood.groups!.insteadAfter ?? stood.groups!.came ?? stood.groups!.called ?? stood.groups!.instead!);
      // Of several absent (`Afbud: A (A), B (V). Stedfortræder: C (A).`), the one of the substitute's party, where only one is.
      const stoodFor = absent.length === 1 ? absent[0] : oneOfParty(absent, substitute?.party);
      if (stoodFor && substitute) pairs.push({ absent: stoodFor, substitute: { name: substitute.name, ...(substitute.party ? { party: substitute.party } : {}), attendance: 'attended' } });
      absent = [];
      continue;
    }
    absent = readAbsenceLine(sentence.trim())?.people ?? readReportedApology(sentence.trim()) ?? readAbsenceSentences(sentence.trim());
  }
  return pairs;
}

/**
 * The apologies a head's note reports (Aabenraa's `Bemærkninger: Der er afbud fra A.`), sentence by sentence; undefined
 * where no sentence reports one.
 */
export function readReportedApologies(note: string): AbsenceReading['people'] | undefined {
  if (!/afbud|forfald/iu.test(note)) return undefined;
  const people = note.split(/(?<=\.)\s+(?=\p{Lu})/u).flatMap((sentence) => readReportedApology(sentence.trim().replace(/\.$/u, '')) ?? []);
  return people.length > 0 ? people : undefined;
}

/**
 * `Borgmesteren oplyste, at der var afbud fra A (Ø).`, `Der var afbud fra A.`: the apology line the clause holds. (A
 * note may write the label's colon after `fra`, Aabenraa's `Bemærkninger: Der var afbud fra: A`: not the line's.)
 */
function readReportedApology(sentence: string): AbsenceReading['people'] | undefined {
  const reported = REPORTED_APOLOGY.exec(sentence);
  return reported ? readAbsenceLine(sentence.slice(reported[0].length).replace(/^((?:afbud|forfald)\s+fra):/iu, '$1'))?.people : undefined;
}

/** The one person of `party` among `people`, if exactly one is. */
function oneOfParty<Person extends { party?: string }>(people: readonly Person[], party: string | undefined): Person | undefined {
  if (!party) return undefined;
  let found: Person | undefined;
  for (const person of people) {
    if (person.party !== party) continue;
    if (found) return undefined;
    found = person;
  }
  return found;
}

/**
 * `A deltog som stedfortræder for B og C deltog som stedfortræder for D`, `B deltog i stedet for A`, `I stedet for B deltog
 * stedfortræder A.`: the pairs, both named in the sentence.
 */
export function readStoodInFor(text: string): StoodInReading[] {
  const pairs = (pattern: RegExp) =>
    allMatches(text, pattern).map((match) => ({ absent: { name: nameBeforeSentenceEnd(match.groups!.for!) }, substitute: { name: nameAfterSentenceEnd(match.groups!.name!).replace(ROLE_BEFORE_NAME, ''), attendance: 'attended' as const } }));
  // (`B deltog i As sted`: the member in the genitive, no `for`.)
  if (IN_PLACE_WORDS.test(text)) return pairs(IN_PLACE_OF_IN_TEXT);
  if (!/\sfor\s/u.test(text)) return [];
  if (/^\s*i\s+stedet\s+for\s/iu.test(text)) return pairs(INSTEAD_OF_IN_TEXT);
  if (ROLE_CAME_FOR_WORDS.test(text)) return pairs(ROLE_CAME_FOR_IN_TEXT);
  if (/(?:stedfortræder|suppleant)\s+for\s[^:]+:/iu.test(text)) return pairs(SUBSTITUTE_FOR_LABEL_IN_TEXT);
  return /\s(?:som|stedet)\s/u.test(text) ? pairs(STOOD_IN_FOR_IN_TEXT) : [];
}

const ROLE_CAME_FOR_WORDS = /(?:uppleant|tedfortræder)(?:en)?\s+\p{Lu}[^.]{0,60}?\s(?:deltog|mødte)\s+for\s+\p{Lu}/u;
const IN_PLACE_WORDS = /\si\s+\p{Lu}[^.]{0,60}?s\s+(?:sted|fravær)\b/u;

/** `Stedfortræder Mia Holt deltog i stedet for ...`: the role before the substitute's name. */
const ROLE_BEFORE_NAME = /^(?:(?:\d+\.\s*)?(?:stedfortræder|suppleant))\s+(?=\p{Lu})/iu;

/**
 * The name up to its sentence's full stop (`Anja Lund. Godkendt` is `Anja Lund`); an initial's or a first name's
 * abbreviation's stop (`Hans C. Holm`, `Hans Chr. Møller`) stays.
 */
function nameBeforeSentenceEnd(name: string): string {
  for (const end of allMatches(name, WORD_STOP)) if (!NAME_ABBREVIATIONS.has(end.groups!.word!)) return name.slice(0, end.index + end.groups!.word!.length);
  return name.replace(/\.$/u, '');
}

/**
 * The substitute's name stands right before the verb: a sentence that ends before it is not the name's (`Godkendt.
 * Suppleant Rita Holm` is `Suppleant Rita Holm`); an abbreviation's stop (`Hans Chr. Møller`) stays.
 */
function nameAfterSentenceEnd(name: string): string {
  let start = 0;
  for (const end of allMatches(name, WORD_STOP_BEFORE_WORD)) if (!NAME_ABBREVIATIONS.has(end.groups!.word!)) start = end.index + end[0].length;
  return nameBeforeSentenceEnd(name.slice(start));
}

/** A word of three letters or more and its full stop: a sentence's end, or an abbreviation's. */
const WORD_STOP = /(?<word>\p{L}{3,})\.(?:\s|$)/gu;
const WORD_STOP_BEFORE_WORD = /(?<word>\p{L}{3,})\.\s+/gu;

/** First names Danish minutes shorten with a full stop (`Chr.`, `Joh.`): no sentence ends there. */
const NAME_ABBREVIATIONS = new Set(['Chr', 'Joh', 'Jac', 'Jørg', 'Kr', 'Wm', 'Aug', 'Fr', 'Th']);

/** The words of a name split at single spaces (as `split(' ')` counts them), without the array. */
function wordCount(name: string): number {
  let count = 1;
  for (let index = name.indexOf(' '); index >= 0; index = name.indexOf(' ', index + 1)) count++;
  return count;
}

/** `A (V) var fraværende.`, `A og B havde meldt afbud.` inside running text. */
export function readAbsenceSentences(text: string): AbsenceReading['people'] {
  // The status is what every sentence has: without one the sentence pattern is not tried at each capital.
  return ABSENCE_SENTENCE_STATUS_AFTER_SPACE.test(text) ? readStatedAbsences(text) : [];
}

const NO_PEOPLE: readonly Readonly<AbsenceReading['people'][number]>[] = [];
const readStatedAbsencesKnown = memoByText(readStatedAbsences);

/**
 * `readAbsenceSentences` for the lines of decisions, shared between calls: a referat that notes an absence in every
 * decision repeats one sentence (`Mikkel Sand var fraværende.`) in every item. Callers copy what they keep.
 */
export function readAbsenceSentencesShared(text: string): readonly Readonly<AbsenceReading['people'][number]>[] {
  const stated = ABSENCE_SENTENCE_STATUS_AFTER_SPACE.test(text) ? readStatedAbsencesKnown(text) : NO_PEOPLE;
  // (A literal look first: a verdict's note in brackets, or an apology reported with `der var`, is rare.)
  const bracketed = text.includes('(afbud fra ') || text.includes('(Afbud fra ');
  const reported = !bracketed && (text.includes('er afbud fra ') || text.includes('ar afbud fra ') || text.includes('ar forfald fra ') || text.includes('modtaget afbud fra '));
  if (!bracketed && !reported) return stated;
  const noted = (bracketed ? apologiesInBrackets(text) : reportedApologiesInSentences(text)).filter((person) => !stated.some((known) => known.name === person.name));
  return noted.length === 0 ? stated : [...stated, ...noted];
}

/**
 * A decision's sentence reporting apologies, `Der var afbud fra A, B og C.` (Region Nordjylland's chair's item, under its
 * own `1. Afbud.`), `Der er afbud fra A.`: the sentences split where a full stop ends one (not after an initial).
 */
function reportedApologiesInSentences(text: string): AbsenceReading['people'] {
  return text.split(ATTENDANCE_SENTENCE_BREAK).flatMap((sentence) => readReportedApology(sentence.trim().replace(/\.$/u, '')) ?? []);
}

/** A verdict's note in brackets naming who sent apologies: `Godkendt (afbud fra Bo Lund).`, `(Afbud fra A og B)`. */
const APOLOGIES_IN_BRACKETS = /\((?:afbud|Afbud)\s+fra\s+(?<names>\p{Lu}[^()]*)\)/gu;

function apologiesInBrackets(text: string): AbsenceReading['people'] {
  return allMatches(text, APOLOGIES_IN_BRACKETS).flatMap((match) => readNames(match.groups!.names!, 'apologies').people);
}

/** The sentences of a text that holds an absence status. */
function readStatedAbsences(text: string): AbsenceReading['people'] {
  const people: AbsenceReading['people'] = [];
  // `exec` on the shared global pattern (`matchAll` copies the pattern on every call); nothing below uses it.
  ABSENCE_SENTENCE.lastIndex = 0;
  for (let match = ABSENCE_SENTENCE.exec(text); match !== null; match = ABSENCE_SENTENCE.exec(text)) {
    const status = match.groups!.status!.toLowerCase();
    const attendance: Attendance = APOLOGY_WORD.test(status) && !/uden\s+afbud/u.test(status) ? 'apologies' : 'absent';
    // (`Politiinspektør A deltog ikke ...`: the official's title is not the name's.)
    const names = withoutOfficialTitle(match.groups!.names!.replace(/^(?:Mødet\b.*?\.\s*)/u, ''));
    // `<navn> forlod mødet under behandlingen af punktet`: present for part of the meeting, as written.
    // `<navn> deltog ikke i behandlingen af dette punkt`: away from this item only, never the meeting's absence.
    const left = /forlod/u.test(status) || ITEM_ONLY_ABSENCE.test(status) || ARRIVED_LATE.test(status) || AWAY_FROM_ITEMS.test(status) ? match.groups!.status!.trim() : undefined;
    for (const person of readNames(names, attendance).people) {
      // The reading is this call's own: the sentence's partial presence is set on it.
      if (left !== undefined) person.partial = left;
      people.push(person);
    }
  }
  return people;
}

/** A bracket after a member's name holding a role, a comma and a partial presence (the role kept, the presence read). */
const ROLE_AND_PARTIAL_IN_BRACKETS =
  /\s*\((?<role>[^(),]+),\s*(?<partial>(?:deltog|mødte|ankom)\s+(?:kun\s+)?(?:fra|under|efter|til)\s+(?:sag(?:erne)?|pkt\.?|punkt(?:erne)?)\s*\d+[^()]*|forlod\s+mødet[^()]*)\)$/iu;

export interface MemberEntry {
  name: string;
  party?: string;
  role?: string;
  attendance?: Attendance;
  substituteFor?: string;
  partial?: string;
}

/**
 * One member in a head list: `Formand Ole Oxe (A)`, `Bo Bech (V) Stedfortræder for Carl Carlsen (V)`,
 * `Per Pind (F), Suppleant for Kaj Kirk (F)`, `Lis Lund (V), sag 3-4`, `Jette Rau (erhvervschef) - Deltog`.
 */
export function readMemberEntry(entry: string): MemberEntry | undefined {
  let text = withoutMarkers(entry).replace(/^[-•·*]\s+/u, '').trim();
  // A list written as a sentence ends in a full stop (`..., Per Holt.`, `... (protokol).`): not an initial's.
  if (text.endsWith('.')) text = text.replace(/(?<=\p{Ll}\p{Ll}|\))\s*\.$/u, '');
  let substituteFor: string | undefined;
  // The bracketed form first: `Karl Nørgaard (V) (stedfortræder for Kristian Møller)` keeps its bracket out of the name.
  const substitute = (text.endsWith(')') ? BRACKETED_STAND_IN.exec(text) : null) ?? SUBSTITUTE.exec(text);
  if (substitute) {
    substituteFor = substitute.groups!.for!.trim();
    // (eDoc's `Tove Mørup - stedfortræder for Jens Kibsgaard`: the dash that sets a role off is no part of the name.)
    text = text.slice(0, substitute.index).replace(/[,;\s]+$/u, '').replace(/\s+[-–]$/u, '');
  }
  let partial: string | undefined;
  // (A role and the partial presence in one bracket: `Anders Koefoed (medlem af Social- og Sundhedsudvalget, deltog under pkt. 4)`.)
  const roleAndPartial = text.endsWith(')') ? ROLE_AND_PARTIAL_IN_BRACKETS.exec(text) : null;
  if (roleAndPartial) {
    partial = roleAndPartial.groups!.partial!.trim();
    text = `${text.slice(0, roleAndPartial.index).trim()} (${roleAndPartial.groups!.role!.trim()})`;
  }
  // (Aalborg's `Afbud: Mads Holt (under punkt 5-8)`: the items in brackets, also when the member came late to them, `(ankom
  // under behandlingen af punkt 6)`; a bullet's `A (DH) - deltog fra punkt 3`: after a dash.)
  const partialMatch = roleAndPartial
    ? null
    : (/(?:,|(?:\s|(?<=\)))[-–])\s*(?<partial>(?:sag(?:erne)?|pkt\.?|punkt(?:erne)?)\s+\d+.*|forlod mødet.*|deltog (?:fra|ikke i).*)$/iu.exec(text) ??
      (text.endsWith(')') ? /\s*\((?<partial>(?:(?:ankom|kom|mødte)\s+)?(?:(?:under|fra|efter)\s+)?(?:behandlingen\s+af\s+)?(?:sag(?:erne)?|pkt\.?|punkt(?:erne)?)\s+\d+[^()]*)\)$/iu.exec(text) : null));
  if (partialMatch) {
    partial = partialMatch.groups!.partial!.trim();
    text = text.slice(0, partialMatch.index).trim();
  }
  // (A status after a title, its dash glued to it: `Peter Holm (O), 1. næstformand- afbud`; read before the title is.)
  let statedAfterTitle: Attendance | undefined;
  const statusTail = text.includes('-') || text.includes('–') ? STATUS_AFTER_TITLE.exec(text) : null;
  if (statusTail && statusOf(statusTail[1]!)) {
    statedAfterTitle = statusOf(statusTail[1]!);
    text = text.slice(0, statusTail.index).trim();
  }
  text = text.replace(NAME_TITLE, '');
  // (A title after the party, `Hanne Wulff (DH) Formand`: asked only of an entry that does not end in its bracket.)
  const trailingTitle = text.endsWith(')') ? null : TRAILING_NAME_TITLE.exec(text);
  if (trailingTitle) text = text.slice(0, trailingTitle.index);
  const official = OFFICIAL_TITLE.exec(text);
  if (official) text = text.slice(official[0].length).replace(ORGANISATION_TAIL, '');
  // eDoc: `Jens Jensen - formand` (a role after a dash, where others write a status).
  let dashRole: string | undefined;
  const dashed = /^(.*\S)\s+[-–]\s+([^()]+)$/u.exec(text);
  if (dashed && !statusOf(dashed[2]!)) {
    dashRole = dashed[2]!.trim();
    text = dashed[1]!;
  }
  const person = readPersonEntry(text);
  if (!person || !/^\p{Lu}/u.test(person.name)) return undefined;
  return {
    name: person.name,
    ...(person.party ? { party: person.party } : {}),
    ...(person.role || dashRole || official || trailingTitle
      ? { role: [official?.groups!.title, person.role, dashRole, trailingTitle?.[0].trim()].filter(Boolean).join(', ') }
      : {}),
    ...(person.attendance ?? statedAfterTitle ? { attendance: person.attendance ?? statedAfterTitle } : {}),
    ...(substituteFor ? { substituteFor } : {}),
    ...(partial ? { partial } : {}),
  };
}

/** A status after a title and a dash glued to it (`, 1. næstformand- afbud`). */
const STATUS_AFTER_TITLE = /(?<=\p{Ll})[-–]\s+([^()]+)$/u;

/** A bare verdict (and the page's number) after a list's last name: no name ends so. */
const VERDICT_AFTER_NAMES = /(?<=\p{Ll})\s+(?:Godkendt|Anbefales|Vedtaget|Tiltrådt|Udsat|Drøftet|Taget\s+til\s+efterretning|Til\s+efterretning)\.?(?:\s+Side\s+\d{1,4})?$/u;

/** `Ingen` then the text the transcript ran on with (no name begins with the word). */
const NOBODY_THEN_TEXT = /^Ingen\s+\p{Lu}\p{Ll}+\.?$/u;

/** Where a line of several list entries parts: after one's closing parenthesis, before the next name. */
const ENTRIES_AFTER_PARENTHESES = /(?<=\))(?:,\s*|\s+og\s+)(?=\p{Lu})/u;

export interface StatedParticipant extends MemberEntry {
  attendance: Attendance;
  line: number;
}

/**
 * København writes the meeting's attendance into the first item's decision: `Fraværende med afbud: A (F),
 * barsel`, `Fraværende uden afbud: B (Ø)`, `Deltagerne var:` (or `Tilstede var:`) and a list, numbered or not (titles
 * and `(stedfortræder for X)` allowed), absence labels with their names on the next lines (`Afbud fra:` / `A pga.
 * arbejde.`), then sentences such as `A (V) forlod mødet kl. 16.30 ...`; a local committee writes sentences under
 * `Fremmøde og inhabilitet:` (`A havde meldt afbud, og B deltog i stedet.`, `C udeblev uden afbud.`). Undefined when
 * the text has neither list nor heading.
 */
/** `Deltagerne var:`, `Fremmøde:`: a line over the meeting's attendance in a decision. */
export function opensAttendanceStatement(text: string): boolean {
  return PRESENT_LIST_OPENER.test(text) || ATTENDANCE_SENTENCES_OPENER.test(text);
}

export function readAttendanceStatement(lines: readonly { text: string; line: number }[]): StatedParticipant[] | undefined {
  const opened = (text: string) => PRESENT_LIST_OPENER.test(text) || ATTENDANCE_SENTENCES_OPENER.test(text);
  // (The meeting's times opening the decision are an opener only where that decision's first line states them.)
  if (!lines.some((entry) => opened(entry.text.trim())) && !MEETING_TIMES_OPENER.test(lines[0]?.text.trim() ?? '')) return undefined;
  const people: StatedParticipant[] = [];
  // Who the list under the last opener holds: those present, or the absent of an absence label alone on its line.
  let list: Attendance | undefined;
  // Under `Fraværende i mødet:`: members away for part of the meeting, one a line.
  let partList = false;
  // Re-wrapped text: a line that starts in lower case continues the one before.
  const joined: { text: string; line: number }[] = [];
  for (const raw of lines) {
    const entry = { text: raw.text.replace(/\s+/gu, ' '), line: raw.line };
    const previous = joined[joined.length - 1];
    if (previous && /^\s*\p{Ll}/u.test(entry.text)) previous.text = `${previous.text} ${entry.text.trim()}`;
    else joined.push({ ...entry });
  }
  for (const { text: raw, line } of joined) {
    const text = raw.trim();
    // (København's list of those present with a blank line between its entries goes on over them.)
    if (text === '') continue;
    if (PRESENT_LIST_OPENER.test(text)) {
      list = 'attended';
      continue;
    }
    if (ATTENDANCE_SENTENCES_OPENER.test(text)) {
      list = undefined;
      continue;
    }
    const label = ABSENCE_LABEL_ALONE.exec(text);
    if (label) {
      list = /afbud/iu.test(label.groups!.label!) && !/uden\s+afbud/iu.test(label.groups!.label!) ? 'apologies' : 'absent';
      partList = false;
      continue;
    }
    // (`Følgende havde meldt afbud:` over the names.)
    if (ABSENCE_LIST_OPENER.test(text)) {
      list = /afbud/iu.test(text) ? 'apologies' : 'absent';
      partList = false;
      continue;
    }
    // Under `I mødet deltog:`: the groups' labels keep the list open; the staff's label closes it.
    if (list === 'attended' && MEMBER_GROUP_LABEL.test(text)) {
      if (STAFF_GROUP_LABEL.test(text)) list = undefined;
      continue;
    }
    if (PARTIAL_LIST_LABEL.test(text)) {
      list = undefined;
      partList = true;
      continue;
    }
    const away = partList ? PARTIAL_LIST_ENTRY.exec(text) : null;
    if (away) {
      const member = readMemberEntry(away.groups!.name!);
      const known = member && people.find((person) => person.name === member.name);
      if (known) known.partial = away.groups!.partial!;
      else if (member) people.push({ ...member, attendance: 'attended', partial: away.groups!.partial!, line });
      continue;
    }
    partList = false;
    const calledIn = list === 'apologies' || list === 'absent' ? CALLED_IN_ENTRY.exec(text) : null;
    if (calledIn) {
      const absent = calledIn.groups!.absent!.split(/\s+og\s+/u).map((name) => readMemberEntry(name));
      const substitute = readMemberEntry(calledIn.groups!.name!);
      for (const member of absent) if (member) people.push({ ...member, attendance: list!, line });
      if (substitute && absent[0]) people.push({ ...substitute, attendance: 'attended', substituteFor: absent[0].name, line });
      continue;
    }
    const cameInstead = list === 'apologies' || list === 'absent' ? insteadCameEntry(text) : undefined;
    if (cameInstead) {
      people.push({ ...cameInstead.absent, attendance: list!, line });
      people.push({ ...cameInstead.substitute, attendance: 'attended', substituteFor: cameInstead.absent.name, line });
      continue;
    }
    const standsIn = SUBSTITUTE_LABEL_LINE.exec(text);
    const pair = standsIn ? SUBSTITUTE_LIST_ENTRY.exec(standsIn[1]!.trim()) : null;
    if (pair) {
      const substitute = readMemberEntry(pair.groups!.name!);
      const absentMember = readMemberEntry(pair.groups!.for!);
      if (substitute && absentMember) people.push({ ...substitute, attendance: 'attended', substituteFor: absentMember.name, line });
      list = undefined;
      continue;
    }
    const absence = readAbsenceLine(text);
    if (absence) {
      list = undefined;
      for (const person of absence.people) people.push({ ...person, attendance: person.attendance ?? 'apologies', line });
      continue;
    }
    const stoodIn = STOOD_IN_SENTENCE.exec(text);
    if (stoodIn) {
      const absent = readMemberEntry(stoodIn.groups!.absent!);
      const substitute = readMemberEntry(stoodIn.groups!.name!);
      if (absent) people.push({ ...absent, attendance: 'apologies', line });
      if (absent && substitute) people.push({ ...substitute, attendance: 'attended', substituteFor: absent.name, line });
      list = undefined;
      continue;
    }
    const listed = /^\d+\.\s+(.+)$/u.exec(text);
    // Unnumbered, a list entry is a name (a title before it, a reason after it): no word in lower case beyond that.
    const unnumbered = !listed && list !== undefined ? text.replace(ABSENCE_REASON, '').replace(/\.$/u, '') : undefined;
    const entry = listed ? listed[1]! : unnumbered !== undefined && !/\s\p{Ll}{3,}/u.test(unnumbered.replace(/\([^()]*\)/gu, '')) ? unnumbered : undefined;
    // (Several members on one line, each with the party or organisation in parentheses: `A (SF), B (Boligforeningen X)`.)
    // (Or a sentence's list of names, brackets or none: `A, B, C og D.`, `E (for F), G og H.`)
    const entries = list !== undefined && entry !== undefined && !listed ? entry.split(NAMES_IN_A_SENTENCE.test(entry) ? NAMES_SEPARATOR : ENTRIES_AFTER_PARENTHESES) : [];
    const several = entries.length > 1 ? entries.map((part) => readMemberEntry(part)) : [];
    if (several.length > 0 && several.every((member) => member && wordCount(member.name) <= 6 && !NOT_NAMES.test(member.name))) {
      for (const member of several) people.push({ ...member!, attendance: list === 'attended' ? (member!.attendance ?? 'attended') : list!, line });
      continue;
    }
    if (list !== undefined && entry !== undefined) {
      const member = readMemberEntry(entry.replace(/\(\s*stedfortræder\s+for\s+([^()]+)\)/iu, 'Stedfortræder for $1'));
      if (member && wordCount(member.name) <= 6 && !NOT_NAMES.test(member.name)) {
        people.push({ ...member, attendance: list === 'attended' ? (member.attendance ?? 'attended') : list, line });
        continue;
      }
    }
    list = undefined;
    const unbulleted = text.replace(/^[-–•]\s*/u, '');
    const left = PARTIAL_SENTENCE.exec(unbulleted);
    if (left) {
      const known = people.find((person) => person.name === stripParties(left.groups!.name!));
      if (known) known.partial = left.groups!.partial!.trim();
      else {
        // Written before the dated block (`- A (A) mødte kl. 16.20 under ...`) with no list of those present above it.
        const member = readMemberEntry(left.groups!.name!);
        if (member) people.push({ ...member, attendance: 'attended', partial: left.groups!.partial!.trim(), line });
      }
      continue;
    }
    for (const person of readAbsenceSentences(unbulleted)) {
      if (!people.some((other) => other.name === person.name)) people.push({ ...person, attendance: person.attendance ?? 'apologies', line });
    }
  }
  return people;
}

/** `A. I stedet deltog B.` under an absence label: the absent member and who came instead (asked only with ` stedet `). */
function insteadCameEntry(text: string): { absent: MemberEntry; substitute: MemberEntry } | undefined {
  if (!text.includes(' stedet ')) return undefined;
  const match = INSTEAD_CAME_ENTRY.exec(text);
  const absent = match && readMemberEntry(match.groups!.absent!.replace(/\.$/u, ''));
  const substitute = match && readMemberEntry(match.groups!.name!.replace(/\.$/u, ''));
  return absent && substitute ? { absent, substitute } : undefined;
}

function stripParties(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*/gu, ' ').trim();
}
