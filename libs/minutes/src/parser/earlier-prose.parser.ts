import { findDanishDate } from './danish-date.js';
import { fromGenitive, isBodyKindAlone, isOwnBodyByKind } from './vocabulary/bodies.js';
import { readOutcome } from './decision-outcome.js';
import type { ParsedEarlierTreatment } from './parsed-minutes.types.js';
import { MAY_TELL_DATE, MAY_TELL_LABELLED_VERDICT, MAY_TELL_TREATED_AT_MEETING, MAY_TELL_VERDICT_DATED, MAY_TELL_VERDICT_PERFECT_DATED, PROSE_VERDICT_DATED, PROSE_VERDICT_PERFECT_DATED, MAY_TELL_POSTPONED_FROM, MAY_TELL_RECOMMENDS_DATED, PROSE_RECOMMENDS_DATED_KEYWORDS, PROSE_LABELLED_VERDICT, MAY_TELL_TREATMENT, MAY_TELL_TREATMENT_UNDER, PROSE_POSTPONED_FROM, PROSE_POSTPONED_FROM_KEYWORDS, PROSE_RECOMMENDS_DATED, PROSE_TREATED_AT_MEETING, PROSE_TREATED_AT_MEETING_KEYWORDS, PROSE_TREATMENT, PROSE_TREATMENT_ALSO_IN, PROSE_TREATMENT_KEYWORDS, PROSE_TREATMENT_UNDER } from './vocabulary/decision-blocks.js';
import { matchesNearKeywords } from './near-keywords.js';
import { earlierTreatmentsInShortForms } from './earlier-prose-forms.js';
import { allMatches } from './all-matches.js';
import { YEAR_DIGITS } from './vocabulary/dates.js';

/** `Udvalget for Klima og Miljø` at the end of what the pattern took (case-sensitive: the field's words are capitalised). */
const COMMITTEE_FOR_FIELD_AT_END = /(?<![\p{L}])Udvalget\s+for\s+\p{Lu}[\p{L}-]*(?:(?:,\s*|\s+og\s+)\p{Lu}[\p{L}-]*){0,3}$/u;

/**
 * The body's name at the end of what the pattern took: its capitalised words and the words that join them (`Miljø-,
 * Klima- og Teknikudvalget`), not the words of a sentence before it that a dropped line ran into it (`Økonomiudvalget
 * anbefaler, at uforbrugte driftsmidler` / `Økonomiudvalget behandlede sagen ...`). `udvalget` alone stays.
 */
function nameAtEnd(text: string): string {
  // A committee named for its field (`Udvalget for Klima og Miljø`): from its `Udvalget`, the field's words capitalised.
  const forField = COMMITTEE_FOR_FIELD_AT_END.exec(text);
  if (forField) return forField[0];
  const words = text.trim().split(/\s+/u);
  let start = words.length - 1;
  while (start > 0 && (/^\p{Lu}/u.test(words[start - 1]!) ? true : /^(?:og|&)$/u.test(words[start - 1]!) && /^\p{Lu}/u.test(words[start - 2] ?? '') && /[-,]$/u.test(words[start - 2]!))) start--;
  // (A joining word is taken with the capitalised word before it, which ends in a hyphen: `Klima- og`.)
  return /^\p{Lu}/u.test(words[start]!) ? words.slice(start).join(' ') : text;
}

/**
 * Earlier treatments a case's prose tells (`By- og Kulturudvalget behandlede sagen den 17. september 2024 og
 * anbefalede indstillingen`; `Sagen var på udvalgets møde den 10. oktober 2024, hvor den blev udsat`), with the
 * outcome the sentence states; also `Sagen blev behandlet i <organ> den <dato>, punkt N, hvor ...` and `Den <dato> under
 * punkt nr. N besluttede <organ>`, `<organ> besluttede den <dato>, punkt N, at udsætte sagen` and `Sagen var udsat fra mødet
 * den <dato>`, `<organ> indstiller (<dato>, pkt. N)`. `udvalgets møde` and `mødet` are this meeting's body's; this meeting itself is not earlier.
 */
export function earlierTreatmentsInProse(text: string, line: number, meeting: { date?: string; body?: string }): ParsedEarlierTreatment[] {
  // Every form's treatment is added with its date, and a date is read only with its year (`findDanishDate`): a text
  // without four digits in a row (most of a referat's short sections) tells none, and is not searched for the forms.
  // (The short forms, `På møde i <organ> den <dato>`, `<organ> behandlede på deres møde 23. april`: one without its year.)
  const short = earlierTreatmentsInShortForms(text, line, meeting);
  if (!YEAR_DIGITS.test(text)) return short;
  // Each form is looked for only where its words stand: most narrative text tells no earlier treatment.
  const treatments: ParsedEarlierTreatment[] = [];
  if (MAY_TELL_TREATMENT.test(text)) {
    // Tried near its telling words only: from every letter of a long case text, it was the dearest pattern of a `Historik`.
    for (const match of matchesNearKeywords(text, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS)) {
      const groups = match.groups!;
      // `på Teknik- og Miljøudvalgets møde` names the body; `på udvalgets møde` is this meeting's.
      // (The patterns match without regard to case: a name begins at its capital, not at the words of a line wrapped before
      // it, `overføres` / `Økonomiudvalget behandlede sagen ...`.)
      const found = groups.body ?? groups.decided ?? groups.in ?? (groups.own && /^\p{Lu}/u.test(groups.own) ? fromGenitive(groups.own) : undefined);
      const named = found === undefined ? undefined : nameAtEnd(found);
      // `i udvalget`, `Udvalget besluttede ...`: the committee whose minutes these are.
      // A name never runs over a paragraph's end: text before a blank line is another paragraph's tail.
      const paragraph = named && named.includes('\n') ? named.split(/\n[^\S\n]*\n/u).pop() : named;
      // (`Rådet behandlede sagen ...` in a committee's minutes names no body the text tells.)
      if (paragraph && isBodyKindAlone(paragraph) && !isOwnBodyByKind(paragraph, meeting.body)) continue;
      const body = paragraph && !isOwnBodyByKind(paragraph, meeting.body) ? paragraph.replace(/\s+/gu, ' ').trim() : meeting.body;
      const date = groups.date ?? groups.decidedDate ?? groups.inDate ?? groups.ownDate;
      // `<organ> besluttede den <dato>, punkt N, at udsætte sagen`: the verdict read with its subject.
      const decided = groups.decidedVerdict === undefined ? undefined : `${body} besluttede at ${groups.decidedVerdict}`;
      const item = groups.item ?? groups.inItem ?? groups.ownItem ?? groups.decidedItem;
      // (`<organ> drøftede udkastet den ... og bad om ...`: what follows `og` tells no verdict, the verb does.)
      const told = groups.body !== undefined ? toldVerdict(groups.verdict, body, match[0]) : undefined;
      add(treatments, match[0], line, meeting, body, date, item, told ?? groups.inVerdict ?? groups.ownVerdict ?? groups.ownPostponed ?? decided, told !== undefined && told === groups.verdict);
      // `... behandlet i <organ> den <dato> og i <organ> den <dato>`: the second body's treatment too.
      const also = groups.in === undefined ? null : PROSE_TREATMENT_ALSO_IN.exec(text.slice(match.index + match[0].length));
      if (also) add(treatments, also[0].trim(), line, meeting, also.groups!.body!.replace(/\s+/gu, ' ').trim(), also.groups!.date, also.groups!.item, undefined, false);
    }
  }
  if (MAY_TELL_TREATMENT_UNDER.test(text)) {
    for (const match of allMatches(text, PROSE_TREATMENT_UNDER)) {
      const groups = match.groups!;
      const body = groups.body!.replace(/\s+/gu, ' ').trim();
      // `Den <dato> under punkt N godkendte <organ>`: the verb read with its subject.
      add(treatments, match[0], line, meeting, body, groups.date, groups.item, `${body} ${groups.verb}`, false);
    }
  }
  if (MAY_TELL_POSTPONED_FROM.test(text)) {
    // (`Sagen blev udsat på <organ>s møde den ...` is told by both patterns: once is enough.)
    for (const postponed of earlierPostponementsInProse(text, line, meeting)) {
      if (!treatments.some((told) => told.date === postponed.date && told.body === postponed.body)) treatments.push(postponed);
    }
  }
  if (MAY_TELL_RECOMMENDS_DATED.test(text)) {
    for (const match of matchesNearKeywords(text, PROSE_RECOMMENDS_DATED, PROSE_RECOMMENDS_DATED_KEYWORDS)) {
      const body = match.groups!.body!.replace(/\s+/gu, ' ').trim();
      // A body's name is capitalised (`Direktionen`); `udvalget indstiller (...)` names none.
      if (/^\p{Lu}/u.test(body)) add(treatments, match[0], line, meeting, body, match.groups!.date, match.groups!.item, 'Anbefales', false);
    }
  }
  // (Four forms tell a date: a text without one is not searched four times for them.)
  const dated = MAY_TELL_DATE.test(text);
  if (dated && MAY_TELL_VERDICT_DATED.test(text)) {
    for (const match of allMatches(text, PROSE_VERDICT_DATED)) {
      // (Sent, only out for consultation: `sendte forslaget i høring den ...`.)
      if (match.groups!.verb === 'sendte' && !/\si\s+(?:offentlig\s+)?høring\s/u.test(match[0])) continue;
      // (`..., som <organ> sendte i høring den ...`: the name at the relative clause's end, not the sentence before it.)
      const body = nameAtEnd(match.groups!.body!).replace(/\s+/gu, ' ').trim();
      // A body's name is capitalised; `udvalget` alone is this meeting's own.
      const verb = match.groups!.verb;
      const verdict = verb === 'anbefalede' ? 'Anbefales' : verb === 'aflagde' ? undefined : 'Godkendt';
      if (/^\p{Lu}/u.test(body) && !isOwnBodyByKind(body, meeting.body)) add(treatments, match[0], line, meeting, body, match.groups!.date, match.groups!.item, verdict, false);
    }
  }
  if (dated && MAY_TELL_VERDICT_PERFECT_DATED.test(text)) {
    for (const match of allMatches(text, PROSE_VERDICT_PERFECT_DATED)) {
      const named = match.groups!.body!.replace(/\s+/gu, ' ').trim();
      const body = isBodyKindAlone(named) ? bodyReferredTo(named, treatments, meeting.body) : named;
      const verdict = match.groups!.verb === 'udsat' ? 'Udsat' : match.groups!.verb === 'anbefalet' ? 'Anbefales' : 'Godkendt';
      if (/^\p{Lu}/u.test(named)) add(treatments, match[0], line, meeting, body, match.groups!.date, match.groups!.item, verdict, false);
    }
  }
  if (dated && MAY_TELL_TREATED_AT_MEETING.test(text)) {
    for (const match of matchesNearKeywords(text, PROSE_TREATED_AT_MEETING, PROSE_TREATED_AT_MEETING_KEYWORDS)) {
      const named = nameAtEnd(match.groups!.body!).replace(/\s+/gu, ' ').trim();
      // (`Rådet drøftede ...` in a committee's minutes names no body the text tells.)
      if (isBodyKindAlone(named) && !isOwnBodyByKind(named, meeting.body)) continue;
      // `Udvalget drøftede ... på mødet den ...`: the committee whose minutes these are.
      const body = /^\p{Lu}/u.test(named) && !isOwnBodyByKind(named, meeting.body) ? named : meeting.body;
      // A treatment another form told already (`<organ> drøftede et første udkast på mødet den ...`) is not told twice.
      const date = findDanishDate(match.groups!.date!)?.iso;
      const verdict = match.groups!.verdict;
      const told = toldVerdict(verdict, body, match[0]);
      if (!treatments.some((told) => told.date === date)) add(treatments, match[0], line, meeting, body, match.groups!.date, match.groups!.item, told, verdict !== undefined && told === verdict);
    }
  }
  if (dated && MAY_TELL_LABELLED_VERDICT.test(text)) {
    for (const match of allMatches(text, PROSE_LABELLED_VERDICT)) {
      add(treatments, match[0], line, meeting, match.groups!.body!.replace(/\s+/gu, ' ').trim(), match.groups!.date, undefined, match.groups!.verdict, false);
    }
  }
  for (const told of short) if (!treatments.some((other) => other.date === told.date && other.body === told.body)) treatments.push(told);
  return treatments;
}

/**
 * A treatment's verdict: what follows its `og` where that reads as one, else what its own verb tells (`<organ> drøftede
 * udkastet på mødet den ... og bad om en oversigt`: discussed; `udsatte`: postponed; `behandlede`, `sendte`: nothing).
 */
function toldVerdict(verdict: string | undefined, body: string | undefined, told: string): string | undefined {
  if (verdict !== undefined && !(readOutcome(verdict).unrecognised && readOutcome(`${body} ${verdict}`).unrecognised)) return verdict;
  const verb = TREATMENT_VERB.exec(told)?.[1]?.toLowerCase();
  return verb === 'drøftede' ? 'Drøftet' : verb === 'udsatte' ? 'Udsat' : verdict;
}
const TREATMENT_VERB = /\b(behandlede|drøftede|sendte|udsatte)\s/iu;

/**
 * The body a kind alone (`Udvalget har herefter den ... anbefalet`) refers to: the last body of that kind the text told
 * a treatment by (`Kultur- og Fritidsudvalget behandlede sagen den ... og udsatte den. Udvalget har herefter ...`), else
 * the meeting's own body where it is of that kind; else none.
 */
function bodyReferredTo(kind: string, told: readonly ParsedEarlierTreatment[], own: string | undefined): string | undefined {
  const stem = kind.toLowerCase().replace(/(?:et|en)$/u, '');
  const named = [...told].reverse().find((treatment) => new RegExp(`${stem}(?:et|en)?$`, 'iu').test(treatment.body));
  if (named) return named.body;
  return isOwnBodyByKind(kind, own) ? own : undefined;
}

/**
 * Only the earlier postponements a text tells (`Sagen var udsat fra mødet den <dato>`, `Punktet blev udsat på mødet den
 * <dato>, punkt N.`): what a decision's first sentence may say before this meeting's verdict.
 */
export function earlierPostponementsInProse(text: string, line: number, meeting: { date?: string; body?: string }): ParsedEarlierTreatment[] {
  // (A postponement is added with its date, read only with its year: see `earlierTreatmentsInProse`.)
  if (!YEAR_DIGITS.test(text)) return [];
  const treatments: ParsedEarlierTreatment[] = [];
  for (const match of matchesNearKeywords(text, PROSE_POSTPONED_FROM, PROSE_POSTPONED_FROM_KEYWORDS)) {
    const { body, bodyDate, bodyItem } = match.groups!;
    const own = match.groups!.own ?? match.groups!.ownAt;
    // `<organ> udsatte sagen den ...`: the body named as the subject (the pattern ignores case: its name starts at its capital).
    if (body !== undefined) {
      const named = nameAtEnd(body).replace(/\s+/gu, ' ').trim();
      if (isBodyKindAlone(named) && !isOwnBodyByKind(named, meeting.body)) continue;
      // (`Rådet udsatte sagen ...` in the minutes of a råd: the body whose minutes these are.)
      add(treatments, match[0], line, meeting, /^\p{Lu}/u.test(named) && !isOwnBodyByKind(named, meeting.body) ? named : meeting.body, bodyDate, bodyItem, 'Udsat', false);
      continue;
    }
    // (`på udvalgets møde`: the body's kind in lower case is this meeting's own; the pattern ignores case, a name starts at its capital.)
    const named = own && /^\p{Lu}/u.test(own) ? nameAtEnd(fromGenitive(own.replace(/\s+/gu, ' ').trim())) : undefined;
    add(treatments, match[0], line, meeting, named && /^\p{Lu}/u.test(named) && !isOwnBodyByKind(named, meeting.body) ? named : meeting.body, match.groups!.date, match.groups!.item, 'Udsat', false);
  }
  return treatments;
}

/**
 * Whether a text opens by telling a body's treatment at a dated meeting (`Ældrerådet drøftede udkastet på mødet den 12.
 * august 2021, pkt. 4, og bad om ...`): in a decision, the case's history before this meeting's verdict.
 */
export function tellsTreatmentAtMeeting(text: string): boolean {
  return MAY_TELL_TREATED_AT_MEETING.test(text) && matchesNearKeywords(text, PROSE_TREATED_AT_MEETING, PROSE_TREATED_AT_MEETING_KEYWORDS).length > 0;
}

/** Whether a text tells an earlier postponement (`Sagen var udsat fra mødet den ...`, `<organ> udsatte sagen den ...`). */
export function tellsEarlierPostponement(text: string): boolean {
  return matchesNearKeywords(text, PROSE_POSTPONED_FROM, PROSE_POSTPONED_FROM_KEYWORDS).length > 0;
}

function add(
  treatments: ParsedEarlierTreatment[],
  text: string,
  line: number,
  meeting: { date?: string },
  body: string | undefined,
  printedDate: string | undefined,
  item: string | undefined,
  verdict: string | undefined,
  verbAfterOg: boolean,
): void {
  const date = printedDate === undefined ? undefined : findDanishDate(printedDate);
  if (!body || !date || date.iso === meeting.date) return;
  const treatment: ParsedEarlierTreatment = { body, date: date.iso, itemNumbers: item ? [Number(item)] : [], text, line };
  let reading = verdict ? readOutcome(verdict) : undefined;
  // `... og udsatte den`: a verb without its subject is read with the body before it.
  if (reading?.unrecognised && verbAfterOg) reading = readOutcome(`${body} ${verdict}`);
  if (reading?.postponed) treatment.postponed = true;
  else if (reading?.outcome && !reading.unrecognised && reading.outcome !== 'other') treatment.outcome = reading.outcome;
  treatments.push(treatment);
}
