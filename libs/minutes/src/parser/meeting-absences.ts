import { readAbsenceLine, readNames, readStoodInFor, readStoodInSentences } from './attendance.recogniser.js';
import { readPersonEntry } from './person-list.parser.js';
import { withoutRunningHeads } from './running-head.js';
import type { Attendance, ParsedItem, ParsedParticipant, ParsedPersonReference } from './parsed-minutes.types.js';
import { ABSENCE_ITEM_TITLE, AGENDA_APPROVAL_TITLE, APOLOGY_WORD, ATTENDANCE_SENTENCE_BREAK, NAMES_APART, PARTIAL_SENTENCE, SEVERAL_PARTIAL_SENTENCE, CALLED_IN_SUBSTITUTE_FORMS, CALLED_IN_STEM, SUBSTITUTE_ITEM_TITLE, SUBSTITUTE_LABEL_LINE, SUBSTITUTE_SENTENCE, WHOLE_MEETING_ABSENCE_LABEL } from './vocabulary/attendance.js';

/**
 * A head without a member list: the meeting's absences are stated in its items, in one of three forms.
 * - an agenda item about absence, whose decision is the names (`1. Fraværende` / `Beslutning` / `Mikkel Sand`);
 * - the opening item (`Godkendelse af dagsorden`), whose decision notes who was absent (`Fraværende: A (V).`);
 * - the same person absent in every item that has a decision.
 * Partial presence (`forlod mødet ...`) stays the item's.
 */
export function absencesStatedInItems(items: readonly ParsedItem[]): ParsedParticipant[] {
  const found = new Map<string, ParsedParticipant>();
  const add = (name: string, attendance: Attendance, line: number, party?: string): void => {
    if (!found.has(name)) found.set(name, { name, ...(party ? { party } : {}), attendance, line });
  };
  const first = items[0];
  if (first?.decision && ABSENCE_ITEM_TITLE.test(first.title) && first.absences.length === 0) {
    // `Fraværende` over `Der er afbud fra A og B.`: the names the decision repeats sent apologies.
    const attendance: Attendance = /afbud/iu.test(first.title) || sectionTexts(first).some((text) => APOLOGY_WORD.test(text)) ? 'apologies' : 'absent';
    for (const [offset, text] of first.decision.text.split('\n').entries()) {
      for (const person of readNames(text, attendance).people) if (!person.partial) add(person.name, person.attendance ?? attendance, first.decision.line + offset, person.party);
    }
  }
  for (const person of openingItemAbsences(items)) add(person.name, person.attendance ?? 'apologies', person.line, person.party);
  for (const person of absentFromEveryDecision(items)) add(person.name, person.attendance ?? 'apologies', person.line, person.party);
  for (const person of absentFromWholeMeeting(items)) add(person.name, person.attendance ?? 'apologies', person.line, person.party);
  return [...found.values()];
}

/** The names a decision lists under a label that says they were away from the whole meeting (`Afbud under hele mødet:`). */
function absentFromWholeMeeting(items: readonly ParsedItem[]): ParsedPersonReference[] {
  const away: ParsedPersonReference[] = [];
  for (const item of items) {
    // (A cheap look first: the label's words in the decision.)
    if (!item.decision?.text.includes('hele mødet')) continue;
    const lines = item.decision.text.split('\n');
    lines.forEach((line, at) => {
      const label = WHOLE_MEETING_ABSENCE_LABEL.exec(line.trim());
      const names = label ? lines[at + 1] : undefined;
      if (!names) return;
      const attendance: Attendance = /afbud/iu.test(label![1]!) ? 'apologies' : 'absent';
      for (const person of readNames(names, attendance).people) if (!person.partial) away.push({ ...person, attendance: person.attendance ?? attendance, line: item.decision!.line + at + 1 });
    });
  }
  return away;
}

/** The opening item (`Godkendelse af dagsorden`, `Fraværende`) states who was away from the meeting in its decision. */
function openingItemAbsences(items: readonly ParsedItem[]): readonly ParsedPersonReference[] {
  const first = items[0];
  if (!first || first.absences.length === 0 || !(AGENDA_APPROVAL_TITLE.test(first.title) || ABSENCE_ITEM_TITLE.test(first.title))) return [];
  const away = awayForSomeItemsOnly(items);
  return first.absences.filter((person) => awayFromTheWholeItem(person) && !away.has(person.name));
}

/**
 * The people the decisions state absent in the opening item and the items right after it, not in the rest (`Fraværende: A
 * (F).` under the first three of seven, none under the last four): away for those items, not from the meeting.
 */
function awayForSomeItemsOnly(items: readonly ParsedItem[]): Set<string> {
  const away = new Set<string>();
  const decided = items.filter((item) => item.decision);
  if (decided.length < 3) return away;
  const statedAbsent = (item: ParsedItem, name: string) => item.absences.some((other) => other.name === name && !other.partial);
  for (const person of decided[0]!.absences) {
    if (person.partial) continue;
    // The decisions that state it run from the first without a gap (came for the rest); missing from one decision only,
    // a signature sheet's, is no return to the meeting.
    const run = decided.findIndex((item) => !statedAbsent(item, person.name));
    if (run >= 2 && run < decided.length - 1 && !decided.slice(run).some((item) => statedAbsent(item, person.name))) away.add(person.name);
  }
  return away;
}

/**
 * The people stated absent (not partly) in every item that has a decision, at least two such items; or, where only one
 * of several items has a decision (an excerpt, the rest cut off before theirs), those it says sent apologies (`Afbud: A
 * (V)` under Vejen's decisions): an apology is sent for the meeting, not for one item.
 */
function absentFromEveryDecision(items: readonly ParsedItem[]): ParsedPersonReference[] {
  // The first item with a decision names the candidates: without absences there (most referater), no item is walked.
  const firstDecided = items.find((item) => item.decision);
  const decided = firstDecided && firstDecided.absences.length > 0 ? items.filter((item) => item.decision) : [];
  if (decided.length === 1 && items.length > 1) return decided[0]!.absences.filter((person) => !person.partial && person.attendance !== 'absent');
  if (decided.length < 2) return [];
  return decided[0]!.absences.filter((person) => awayFromTheWholeItem(person) && decided.every((item) => item.absences.some((other) => other.name === person.name && awayFromTheWholeItem(other))));
}

/**
 * Away from the item whose decision says so, all of it: no partial note, or one that names only this item (`A (D)
 * deltog ikke i sagens behandling.`, a region's sentence under every decision), not part of it or other items.
 */
function awayFromTheWholeItem(person: ParsedPersonReference): boolean {
  return !person.partial || THIS_ITEM_ONLY.test(person.partial);
}

const THIS_ITEM_ONLY = /^deltog\s+ikke\s+i\s+(?:sagens|punktets)\s+behandling$|^deltog\s+ikke\s+i\s+behandlingen\s+af\s+(?:sagen|punktet)$|^var\s+forhindre(?:t|de)\s+i\s+at\s+deltage\s+i\s+(?:sagens\s+behandling|udvalgets\s+behandling\s+af\s+sagen|behandlingen\s+af\s+(?:sagen|punktet))$/iu;

/**
 * A head that lists every member summoned (Herlev's and Albertslund's `Indkaldelse`) and items that state the same
 * member absent in every decision: that member was away from the meeting, though the head lists them with the rest.
 * A head that lists only those present (`Deltagere: A, B`) leaves out who was away: the member absent in every
 * decision is added.
 */
export function withAbsencesStatedInItems(participants: ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  if (!participants.some((person) => person.attendance === 'attended' && !person.substituteFor && !person.partial)) return participants;
  for (const absent of [...absentFromEveryDecision(items), ...absentFromWholeMeeting(items)]) {
    const known = participants.find((person) => person.name === absent.name);
    if (!known) participants.push({ name: absent.name, ...(absent.party ? { party: absent.party } : {}), attendance: absent.attendance ?? 'apologies', line: absent.line });
    else if (known.attendance === 'attended' && !known.substituteFor && !known.partial) known.attendance = absent.attendance ?? 'apologies';
  }
  // A member of the head's list stated away in the opening item's decision (`Godkendelse af dagsorden` / `Fraværende` /
  // `A (A)`, Køge; Thisted's `Fraværende i <udvalg> – <dato>:`) was away from the meeting, where no other item states
  // an absence (a referat that notes absences item by item, `Fraværende- A ()` under each, says who missed which).
  // Only a member the head names: another name there is read by the other forms.
  // (And only where the items between were read with their decisions, the last perhaps cut off by an excerpt: an item
  // whose decision was not read may hold its own `Følgende deltog ikke i behandlingen af punktet:` list, unseen.)
  if (items.slice(1).some((item) => item.absences.length > 0) || items.slice(1, -1).some((item) => !item.decision)) return participants;
  for (const absent of openingItemAbsences(items)) {
    const known = participants.find((person) => person.name === absent.name);
    if (known && known.attendance === 'attended' && !known.substituteFor && !known.partial) known.attendance = absent.attendance ?? 'apologies';
  }
  return participants;
}

/**
 * A standing item approving called-in substitutes (Brønderslev, Helsingør) names a substitute and whom for: the
 * meeting's, whether the head lists its members (the substitute among them, as at Helsingør) or not.
 */
export function withCalledInSubstitutes(participants: ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  for (const item of items) {
    if (!SUBSTITUTE_ITEM_TITLE.test(item.title) || item.decision?.outcome === 'rejected') continue;
    // (A protocol without narrative sections approves the substitute in its decision.)
    for (const section of item.decision ? [...sectionTexts(item), item.decision.text] : sectionTexts(item)) {
      // Every form calls the substitute in (`indkaldes`, `er indkaldt`) or approves him: the other sections are not read.
      if (!CALLED_IN_STEM.test(section)) continue;
      // (A sentence wrapped over a page break goes on under the page's running head.)
      const text = withoutRunningHeads(section);
      // `A (A) og B (V) har meldt forfald på grund af sygdom.`, `A (V) har meddelt forfald.` before the substitutes are called
      // in: the members the item names with an apology sent apologies (`Afbud`, `forfald`), not just stayed away.
      if (APOLOGY_WORD.test(text)) markApologies(participants, text);
      const called = CALLED_IN_SUBSTITUTE_FORMS.map((form) => form.exec(text)).find((match) => match !== null);
      if (!called) continue;
      // A name may end the sentence: its full stop is not the name's (and a tab between its words is a space).
      const [name, standsFor] = [called.groups!.name!, called.groups!.for!].map((who) => who.replace(/\.$/u, '').replace(/\s+/gu, ' '));
      const known = participants.find((person) => person.name === name);
      if (known) known.substituteFor ??= standsFor!;
      else participants.push({ name: name!, attendance: 'attended', substituteFor: standsFor!, line: item.line });
      // (Nyborg's item names the member who has `forfald` nowhere else but in its decision's `Fraværende:` line: away.)
      if (!participants.some((person) => person.name === standsFor)) participants.push({ name: standsFor!, attendance: APOLOGY_WORD.test(text) ? 'apologies' : 'absent', line: item.line });
      // `... indkaldes for Kaj Lund (A), der har forfald.`: the member stood in for sent apologies, not just stayed away.
      const sentenceEnd = text.indexOf('.', called.index + called[0].length);
      const rest = text.slice(called.index + called[0].length, sentenceEnd < 0 ? undefined : sentenceEnd);
      const absent = APOLOGY_WORD.test(rest) ? participants.find((person) => person.name === standsFor && person.attendance === 'absent') : undefined;
      if (absent) absent.attendance = 'apologies';
    }
  }
  return participants;
}

/**
 * The item's decision names `name` once, in the sentence of who came for that member, holds no apology word, and the
 * item states no absence of that member (`Afbud: A` read off the decision as the item's).
 */
function namedOnlyAsStoodInFor(item: ParsedItem, name: string): boolean {
  const text = item.decision?.text ?? '';
  if (APOLOGY_WORD.test(text) || item.absences.some((person) => person.name === name)) return false;
  const flat = text.replace(/\s+/gu, ' ');
  const first = flat.indexOf(name);
  return first >= 0 && flat.indexOf(name, first + name.length) < 0;
}

/** Members read as absent whom a sentence of `text` holding an apology word names: they sent apologies. */
function markApologies(participants: ParsedParticipant[], text: string): void {
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    if (!APOLOGY_WORD.test(sentence)) continue;
    for (const person of participants) if (person.attendance === 'absent' && sentence.includes(person.name)) person.attendance = 'apologies';
  }
}

/** The item's narrative sections as texts. */
function sectionTexts(item: ParsedItem): string[] {
  return Object.values(item.sections).filter((value): value is string => typeof value === 'string');
}

/**
 * A substitute named beside the absence it covers in one of the first two decisions (`Afbud fra A (V). Stedfortræder
 * B (V) deltog.`, `A (F) havde meldt afbud. B (F) deltog som stedfortræder.`): the meeting's, whatever list the head has.
 */
export function withStoodInSubstitutes(participants: ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  for (const item of items.slice(0, 2)) {
    const decision = item.decision;
    if (!decision || !/stedfortræder|suppleant|i\s+stedet|\ssted\b/iu.test(decision.text)) continue;
    // Hillerød's `Afbud: A (B)` and, a line or two below, `Stedfortræder: B (B)`: the one absent member's substitute
    // (the absence line may have been read as the item's already).
    let absentAbove: Omit<ParsedPersonReference, 'line'> | undefined = item.absences.length === 1 ? item.absences[0] : undefined;
    // `A deltog som stedfortræder for B og C deltog som stedfortræder for D` read whole, also where a line wraps inside it.
    const sentences = decision.text.includes('\n') ? decision.text.split(/(?<=[.!?:])\s+/u).map((sentence) => sentence.replace(/\s*\n\s*/gu, ' ')) : [];
    for (const sentence of sentences) for (const { absent, substitute } of readStoodInFor(sentence)) {
      const listed = participants.find((person) => person.name === absent.name);
      // (The member stood in for, named nowhere else: away with apologies, unless the decision names that member only as
      // whom another came for and says nothing of an apology, Faxe's `B (A) deltog i mødet i stedet for A (A).`: absent.)
      if (!listed) participants.push({ name: absent.name, attendance: namedOnlyAsStoodInFor(item, absent.name) ? 'absent' : 'apologies', line: decision.line });
      // (`..., der havde` / `meldt afbud.`: the apology wrapped onto the next line is the sentence's.)
      else if (listed.attendance === 'absent' && APOLOGY_WORD.test(sentence)) listed.attendance = 'apologies';
      // (A member the head lists as present whom another came for, `Afbud fra A. B deltog i As sted.`, was away.)
      else if (listed.attendance === 'attended' && !listed.partial && !listed.substituteFor) listed.attendance = APOLOGY_WORD.test(decision.text) ? 'apologies' : 'absent';
      const known = participants.find((person) => person.name === substitute.name);
      if (known) known.substituteFor ??= absent.name;
      else participants.push({ name: substitute.name, attendance: 'attended', substituteFor: absent.name, line: decision.line });
    }
    // An absence item's decision names the absent bare, then who stood in: `Preben Kjeldsen (V). Lisbeth Dahl (V) deltog som
    // stedfortræder.` reads as its `Fraværende:` line.
    const absenceItem = ABSENCE_ITEM_TITLE.test(item.title);
    for (const [offset, line] of (absenceItem ? sentencesJoined(decision.text) : decision.text.split('\n')).entries()) {
      const text = absenceItem && BARE_NAME_SENTENCE_FIRST.test(line) ? `Fraværende: ${line}` : line;
      const labelled = SUBSTITUTE_LABEL_LINE.exec(text.trim());
      const stated = labelled ? undefined : readAbsenceLine(text.trim())?.people;
      if (stated) absentAbove = stated.length === 1 ? stated[0] : undefined;
      const named = labelled && absentAbove && !/\sfor\s/u.test(labelled[1]!) ? readPersonEntry(labelled[1]!.trim()) : undefined;
      const read = named ? [{ absent: absentAbove!, substitute: { name: named.name, ...(named.party ? { party: named.party } : {}) } }] : readStoodInSentences(text);
      // (The substitute's sentence on the line under the absence line, `Fraværende: A (V).` / `Stedfortræder B (V) deltog i
      // mødet.`: for the one absent member above.)
      const pairs = read.length === 0 && !stated && absentAbove ? substituteUnder(text, absentAbove) : read;
      for (const { absent, substitute } of pairs) {
        const line = decision.line + offset;
        const listed = participants.find((person) => person.name === absent.name);
        if (!listed) participants.push({ name: absent.name, ...(absent.party ? { party: absent.party } : {}), attendance: absent.attendance ?? 'apologies', line });
        // `B deltog i mødet i stedet for A, der havde meldt afbud.` where every decision's `Fraværende:` names A: apologies.
        else if (listed.attendance === 'absent' && APOLOGY_WORD.test(text)) listed.attendance = 'apologies';
        // (The head lists A among those present: `A (V) deltog ikke i mødet. I stedet deltog B (V).` says A was away.)
        else if (listed.attendance === 'attended' && !listed.partial && !listed.substituteFor) listed.attendance = absent.attendance ?? 'apologies';
        const known = participants.find((person) => person.name === substitute.name);
        if (known) known.substituteFor ??= absent.name;
        else participants.push({ name: substitute.name, ...(substitute.party ? { party: substitute.party } : {}), attendance: 'attended', substituteFor: absent.name, line });
      }
    }
  }
  return participants;
}

/** A substitute's sentence alone on its line (`Stedfortræder B (V) deltog i mødet.`), paired with the absent member above it. */
function substituteUnder(text: string, absent: Omit<ParsedPersonReference, 'line'>): { absent: Omit<ParsedPersonReference, 'line'>; substitute: Omit<ParsedPersonReference, 'line'> }[] {
  const groups = SUBSTITUTE_SENTENCE.exec(text.trim())?.groups;
  const entry = groups ? (groups.name ?? groups.named ?? groups.after ?? groups.insteadAfter ?? groups.came ?? groups.instead) : undefined;
  const person = entry ? readPersonEntry(entry) : undefined;
  return person ? [{ absent, substitute: { name: person.name, ...(person.party ? { party: person.party } : {}) } }] : [];
}

/**
 * An absence item's decision lines, a line wrapped before its sentence's end (`... Lisbeth Dahl (V) deltog som` /
 * `stedfortræder.`) joined to the lower-case line under it; a joined line's place keeps an empty one after it, so that
 * each line keeps its offset.
 */
function sentencesJoined(text: string): string[] {
  const lines = text.split('\n');
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    if (line.trim() === '' || /[.:;!?]\s*$/u.test(line) || !/^\s*\p{Ll}/u.test(next)) continue;
    lines[index] = `${line.trimEnd()} ${next.trim()}`;
    lines[index + 1] = '';
  }
  return lines;
}

/** A line opening with a name (and party) as a sentence of its own: `Preben Kjeldsen (V). ...`. */
const BARE_NAME_SENTENCE_FIRST = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+(?:\s*\([^()]{1,3}\))?\.\s+\p{Lu}/u;

/**
 * A listed member who came late or left early, told in a sentence of an item's decision or of the text over it (a working group's notes:
 * `Forpersonen bød velkommen. Claus Holt deltog fra punkt 3.`; a council's `A deltog fra dette punkt.` under the item
 * A came to): that member's partial presence. The first such sentence of a member is kept.
 */
export function withPartialPresenceInDecisions(participants: ParsedParticipant[], items: readonly ParsedItem[]): ParsedParticipant[] {
  if (participants.length === 0) return participants;
  for (const item of items) {
    readPartialPresence(participants, item.decision?.text);
    // (Or in the text over the decision: a mailed referat's `7. Eventuelt` / `Birgit Lind forlod mødet under dette punkt.` /
    // `Beslutning: Intet.`; an informal referat's case lines, `A erklærede sig inhabil ... og forlod lokalet`.)
    readPartialPresence(participants, item.sections.preamble);
  }
  return participants;
}

function readPartialPresence(participants: ParsedParticipant[], text: string | undefined): void {
  if (!text || !TELLS_PARTIAL_PRESENCE.test(text)) return;
  // (Sentences break at a full stop before a capital: not inside `kl. 19.20` or after an initial.)
  // (A line that goes on in lower case is the sentence's wrapped tail.)
  // (Only lines with a verb of `PARTIAL_SENTENCE` are cut into sentences: an informal referat's long case text has few.)
  const lines = text.replace(WRAPPED_TAIL, ' ').split('\n');
  lines.forEach((line, index) => {
    if (!TELLS_PARTIAL_VERB.test(line)) return;
    line.split(ATTENDANCE_SENTENCE_BREAK).forEach((sentence, at) => {
      // (A name's words may be joined by a non-breaking space, `Claus<NBSP>Holt`: one space, as the member list reads it.)
      // (A bullet's mark before the sentence, `• Kirsten Dam forlod mødet kl. 15.30`, is not the name's.)
      const plain = sentence.replace(/\s+/gu, ' ').trim().replace(BULLET_MARK, '');
      const said = PARTIAL_SENTENCE.exec(plain);
      if (!said) return void readSeveralPartial(participants, plain);
      const name = said.groups!.name!.replace(/\s*\([^()]*\)\s*$/u, '').trim();
      const member =
        participants.find((person) => person.name === name && person.attendance === 'attended') ??
        (at === 0 ? memberBrokenOverLines(participants, name, lines[index - 1]) : undefined);
      if (member && !member.partial) member.partial = said.groups!.partial!.replace(/\.$/u, '').trim();
    });
  });
}

/** `A (A) og B (A) deltog ikke i dette punkt.`: each member present named so was there for part of the meeting. */
function readSeveralPartial(participants: ParsedParticipant[], sentence: string): void {
  // (The pattern's names are lazy: asked only of a sentence that holds its verb and an `og` before it.)
  const verb = SEVERAL_PARTIAL_VERB.exec(sentence);
  if (!verb || !sentence.slice(0, verb.index).includes(' og ')) return;
  const said = SEVERAL_PARTIAL_SENTENCE.exec(sentence);
  if (!said) return;
  const partial = said.groups!.partial!.replace(/\.$/u, '').trim();
  for (const named of said.groups!.names!.split(NAMES_APART)) {
    const name = named.replace(/\s*\([^()]*\)\s*$/u, '').trim();
    const member = participants.find((person) => person.name === name && person.attendance === 'attended');
    if (member && !member.partial) member.partial = partial;
  }
}

/**
 * A member whose name a hard-wrapped text (a mail client's, at 72 columns) broke over the line end: the line starts with
 * the name's last words (`Lindberg forlod mødet ...`), the line before ends with its first (`... oktober. Kurt`).
 */
function memberBrokenOverLines(participants: readonly ParsedParticipant[], tail: string, before: string | undefined): ParsedParticipant | undefined {
  const end = before?.replace(/\s+/gu, ' ').trimEnd();
  if (!end) return undefined;
  return participants.find((person) => {
    if (person.attendance !== 'attended' || !person.name.endsWith(` ${tail}`)) return false;
    const head = person.name.slice(0, -tail.length - 1);
    return end === head || end.endsWith(` ${head}`);
  });
}

/** (After the indentation an extraction may leave before the tail: `... behandlingen af` / `<TAB>ansøgning a) og forlod lokalet.`) */
const WRAPPED_TAIL = /\n[^\S\n]*(?=\p{Ll})/gu;
const BULLET_MARK = /^[•·*–-]\s+/u;

/** The verbs of `SEVERAL_PARTIAL_SENTENCE`. */
const SEVERAL_PARTIAL_VERB = /\s(?:forlod|deltog\s+ikke\s+i)\s/u;
/** The verbs of `PARTIAL_SENTENCE`, looked for before a decision is cut into sentences. */
const TELLS_PARTIAL_PRESENCE = /\b(?:forlod|ankom|mødte|kom|deltog\s+(?:fra|ikke\s+i\s+behandlingen|ikke\s+(?:under|i)\s+(?:pkt|punkt|sag)\p{L}*|ikke\s+i\s+(?:dette|denne)\s))\b/u;
/** A verb `PARTIAL_SENTENCE` reads after a name (white space before it): a line without one holds no such sentence. */
const TELLS_PARTIAL_VERB = /\s(?:forlod|ankom|mødte|kom|deltog|erklærede)/u;
