import { isUnrecognisedOutcome, isVerdictAlone, overallOutcome, readOutcome, type OutcomeReading } from './decision-outcome.js';
import { startsInLowerCase } from './letter-case.js';
import { mayStartLike, testStartingLike } from './line-prefilter.js';
import type { ParsedDecision, ParsedPointOutcome, ParsedReservation, ParsedVote, VotePosition } from './parsed-minutes.types.js';
import { asBodyName, endsWithBodyWord } from './body-name.js';
import { tellsEarlierPostponement, tellsTreatmentAtMeeting } from './earlier-prose.parser.js';
import { ACCESS_WORD } from './vocabulary/closed-markers.js';
import { AMENDMENT_SENTENCE, AMENDMENT_VOTE, AMENDMENT_VOTE_WORD, COUNTED_MEMBERS, COUNTED_PARTIES_VOTED, COUNTED_VOTES_IN_SENTENCE, COUNT_AFTER_PARTIES, COUNT_BEFORE_PARTIES, DECISION_PREAMBLE, FOLLOWS_INDSTILLING, PARTY_GROUP_WORD, QUOTED_SENTENCE, RECOMMENDED_TO, RECOMMENDED_TO_GENITIVE, RECOMMENDED_TO_NAMED, RESERVATION, RESERVATION_CLAUSE_LEAD, RESERVATION_KEYWORD, RESERVATION_LABEL, VOTES_FOR_AGAINST_IN_SENTENCE, VOTE_BEFORE_RESERVATION, VOTE_LINE, VOTE_SENTENCE, VOTE_SENTENCE_POSITION_FIRST } from './vocabulary/outcome-phrases.js';
import { blockText, contentLines, type SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';
import { allMatches } from './all-matches.js';

// `Indstillingens punkt 2: ...`, `Punkt 1 og 2: ...`, `Ad 1) ...`, `Ad pkt. 3: ...`; the bullets of an Indstilling that
// each start `at ...` counted in words (`Første at godkendt.`, `Andet at-punkt anbefales ...`).
const POINT_MARKER =
  /^(?:indstillingens\s+)?(?:punkt(?:erne)?|pkt\.?)\s*(\d+(?:\s*(?:,|og|&|-|–)\s*\d+)*)\s*[:.)]\s*(.*)$|^ad\s+(?:punkt\s*|pkt\.?\s*)?(\d+(?:\s*(?:,|og|&|-|–)\s*\d+)*)\s*[:.)]?\s*(.*)$|^(første|andet|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende)\s+at(?:-punkt)?\s*:?\s+(\S.*)$/iu;
/** The ordinal words of `POINT_MARKER`'s counted `at` bullets, and their numbers. */
const ORDINAL_POINTS: Readonly<Record<string, number>> = { første: 1, andet: 2, anden: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8, niende: 9, tiende: 10 };

/**
 * The words `POINT_MARKER`'s alternatives start with (its optional first word hides them from `mayStartLike`): every
 * line of a decision is asked, few start so.
 */
const mayBePointMarker = mayStartLike([/^(?:indstillingens|punkt|pkt|ad|første|andet|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende)/iu]);

function pointNumbers(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(/\s*(?:,|og|&)\s*/u)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/u.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      for (let n = from; n <= to && n - from < 50; n++) numbers.push(n);
    } else if (/^\d+$/u.test(part)) {
      numbers.push(Number(part));
    }
  }
  return numbers;
}

interface PointBlock {
  numbers: number[];
  first: string;
  lines: string[];
  line: number;
}

/**
 * Reads the Beslutning section: the text as written, the outcome of its opening phrase (or one outcome per
 * recommendation point), the postponement flag and the remarks that follow the phrase.
 */
export function parseDecision(
  lines: readonly SourceLine[],
  knownPoints: readonly number[],
  warnings: WarningCollector,
): ParsedDecision | undefined {
  const content = contentLines(lines);
  if (content.length === 0) return undefined;
  const text = blockText(lines);
  const line = content[0]!.no;

  const { blocks, preface } = pointBlocks(content);
  if (blocks.length > 0) {
    const pointOutcomes: ParsedPointOutcome[] = [];
    for (const block of blocks) {
      const reading = readOutcome(block.first);
      const pointText = [block.first, ...block.lines].join('\n').trim();
      if (reading.unrecognised) {
        warnings.add(block.line, 'decision-unclassified', `Decision for recommendation point(s) ${block.numbers.join(', ')} not recognised; kept as "other": "${clip(block.first)}"`);
      }
      for (const point of block.numbers) {
        if (knownPoints.length > 0 && !knownPoints.includes(point)) {
          warnings.add(block.line, 'decision-point-unknown', `Decision names recommendation point ${point}, which the Indstilling does not have`);
        }
        const pointOutcome = { point } as ParsedPointOutcome;
        if (reading.outcome !== undefined) pointOutcome.outcome = reading.outcome;
        pointOutcome.postponed = reading.postponed;
        pointOutcome.text = pointText;
        pointOutcome.line = block.line;
        pointOutcomes.push(pointOutcome);
      }
    }
    const outcome = overallOutcome(pointOutcomes.map((point) => point.outcome));
    const remarks = preface.length > 0 ? blockText(preface) : undefined;
    return decisionOf(text, outcome, pointOutcomes.length > 0 && pointOutcomes.every((point) => point.postponed), pointOutcomes, remarks, undefined, content, line);
  }

  const { reading, chosen } = outcomeSentence(content);
  if (reading.unrecognised) {
    warnings.add(chosen.line, 'decision-unclassified', `Decision text not recognised; kept as outcome "other": "${clip(chosen.text)}"`);
  }
  const remarks = reading.unrecognised ? undefined : remarksAfter(lines, content, chosen, reading);
  const recommendedTo = reading.outcome === 'recommended' ? recommendedBody(chosen.text) : undefined;
  return decisionOf(text, reading.outcome, reading.postponed, [], remarks, recommendedTo, content, line);
}

/** What follows the outcome's phrase: the rest of its sentence or line, and the lines after it. */
function remarksAfter(lines: readonly SourceLine[], content: readonly SourceLine[], chosen: Sentence, reading: OutcomeReading): string | undefined {
  const onLine = chosen.wholeLine ? reading.rest : chosen.rest ?? reading.rest;
  // (Read in place: most decisions end on the outcome's line, and nothing is copied or joined for them.)
  const following = blockText(lines, lines.indexOf(content[chosen.lineIndex]!) + 1);
  if (!onLine) return following || undefined;
  return following ? `${onLine}\n\n${following}` : onLine;
}

/**
 * The decision built field by field in the output's order (optional fields only when present), not from spreads:
 * the decisions of a document then share a few shapes.
 */
function decisionOf(
  text: string,
  outcome: ParsedDecision['outcome'],
  postponed: boolean,
  pointOutcomes: ParsedPointOutcome[],
  remarks: string | undefined,
  recommendedTo: string | undefined,
  content: readonly SourceLine[],
  line: number,
): ParsedDecision {
  const decision = { text } as ParsedDecision;
  if (outcome !== undefined) decision.outcome = outcome;
  decision.postponed = postponed;
  decision.pointOutcomes = pointOutcomes;
  if (remarks) decision.remarks = remarks;
  if (recommendedTo) decision.recommendedTo = recommendedTo;
  const { votes, reservations } = votesAndReservations(content);
  if (votes) decision.votes = votes;
  if (reservations) decision.reservations = reservations;
  decision.line = line;
  return decision;
}

/**
 * Only the outcome of a decision's text and whether it was postponed, read as `parseDecision` reads them:
 * for the decision blocks of other meetings, whose remarks, votes and warnings are not wanted.
 */
export function readDecisionOutcome(lines: readonly SourceLine[]): Pick<ParsedDecision, 'outcome' | 'postponed'> | undefined {
  const content = contentLines(lines);
  if (content.length === 0) return undefined;
  const { blocks } = pointBlocks(content);
  if (blocks.length > 0) {
    const points = blocks.flatMap((block) => {
      const reading = readOutcome(block.first);
      return block.numbers.map(() => reading);
    });
    const overall = overallOutcome(points.map((point) => point.outcome));
    return outcomeOnly(overall === 'other' ? undefined : overall, points.length > 0 && points.every((point) => point.postponed));
  }
  const { reading } = outcomeSentence(content);
  // `other` only when a known phrase says so (`Sendes tilbage til ...`): an unread text states no outcome.
  return outcomeOnly(reading.unrecognised ? undefined : reading.outcome, reading.postponed);
}

/** The outcome (when there is one) and the postponement, built field by field (a spread is slow). */
function outcomeOnly(outcome: ParsedDecision['outcome'], postponed: boolean): Pick<ParsedDecision, 'outcome' | 'postponed'> {
  const reading = {} as Pick<ParsedDecision, 'outcome' | 'postponed'>;
  if (outcome !== undefined) reading.outcome = outcome;
  reading.postponed = postponed;
  return reading;
}

/** The recommendation points a decision is written under (`Ad 1)`, `Punkt 2:`), and the lines before the first. */
function pointBlocks(content: readonly SourceLine[]): { blocks: PointBlock[]; preface: readonly SourceLine[] } {
  // Most decisions hold no line that may start a point's marker: their lines are all preface, nothing is copied.
  if (!content.some((line) => mayBePointMarker(line.unmarked))) return { blocks: NO_BLOCKS, preface: content };
  const blocks: PointBlock[] = [];
  const preface: SourceLine[] = [];
  let previous: SourceLine | undefined;
  for (const sourceLine of content) {
    const marker = mayBePointMarker(sourceLine.unmarked) && !wrapsOnto(previous, sourceLine) ? POINT_MARKER.exec(sourceLine.unmarked) : null;
    previous = sourceLine;
    if (marker) {
      const list = marker[1] ?? marker[3] ?? String(ORDINAL_POINTS[marker[5]!.toLowerCase()]);
      if (blocks.length > 0 && blocks[blocks.length - 1]!.first === '' && blocks[blocks.length - 1]!.lines.length > 0) {
        const open = blocks[blocks.length - 1]!;
        open.first = open.lines.shift()!;
      }
      blocks.push({ numbers: pointNumbers(list), first: (marker[2] ?? marker[4] ?? marker[6] ?? '').trim(), lines: [], line: sourceLine.no });
    } else if (blocks.length > 0) {
      blocks[blocks.length - 1]!.lines.push(sourceLine.text);
    } else {
      preface.push(sourceLine);
    }
  }
  const last = blocks[blocks.length - 1];
  if (last && last.first === '' && last.lines.length > 0) last.first = last.lines.shift()!;
  return { blocks, preface };
}

/** The blocks of a decision without points (shared: never added to). */
const NO_BLOCKS: PointBlock[] = [];

/**
 * A sentence wrapped before its `punkt 6.` (`... forlod mødet kl. 10.15 efter` / `punkt 6.`): a line in lower case
 * under one that ends inside a sentence (on a letter or a comma) goes on with it, no point's marker.
 */
function wrapsOnto(previous: SourceLine | undefined, line: SourceLine): boolean {
  return previous !== undefined && startsInLowerCase(line.unmarked) && /[\p{L},]$/u.test(previous.unmarked);
}

/** A count of votes cut before the other side's number: `... med 4 stemmer mod` over `1 (C).`. */
function countGoesOn(text: string, next: string): boolean {
  // (The cheap tests first: most lines end in anything but `mod`.)
  return text.endsWith('mod') && /^\d/u.test(next) && COUNT_CUT_BEFORE_OTHER_SIDE.test(text);
}
const COUNT_CUT_BEFORE_OTHER_SIDE = /\d\s+stemmer?(?:\s+for)?(?:\s*\([^()]*\))?\s+mod$/iu;

/** The sentence that states the decision's outcome, and its reading. */
function outcomeSentence(content: readonly SourceLine[]): { reading: OutcomeReading; chosen: Sentence } {
  let sentences = decisionSentences(content, 2);
  const first = sentences[0] ?? { text: content[0]!.plain, line: content[0]!.no, lineIndex: 0, wholeLine: true };
  let reading = readOutcome(first.text);
  let chosen = first;
  // Amendments voted on first (`Ændringsforslag ... blev forkastet.`): the proposal's own verdict comes after them;
  // so it does after the vote sentences that open a decision (`For forslaget stemte 12 (A og SF). Imod stemte 7 (V).
  // Lokalplanen er herefter vedtaget.`).
  if (AMENDMENT_SENTENCE.test(first.text) || isVoteSentence(first.text)) {
    const own = decisionSentences(content, Infinity).find((sentence) => !AMENDMENT_SENTENCE.test(sentence.text) && !isVoteSentence(sentence.text) && !QUOTED_SENTENCE.test(sentence.text) && !isUnrecognisedOutcome(sentence.text));
    if (own) {
      reading = readOutcome(own.text);
      chosen = own;
    }
  }
  // `Punktet genoptages. Anbefales ...`: the item was resumed; what follows is the decision. So it is after the
  // sentence of an earlier postponement (`Punktet blev udsat på mødet den 8. april 2014. Rådet anbefaler ...`).
  if (reading.postponed && (/genoptage/iu.test(first.text) || tellsEarlierPostponement(first.text))) {
    const next = sentenceAfter(first, sentences);
    if (next) {
      const following = readOutcome(next.text);
      if (!following.unrecognised) {
        reading = following;
        chosen = next;
      }
    }
  }
  // `Ældrerådet drøftede udkastet på mødet den 12. august 2021, pkt. 4, og bad om ... Ældrerådet afgav høringssvar ...`:
  // a first sentence that tells a treatment at a dated meeting is the case's history (read as an earlier treatment);
  // this meeting's verdict is the first sentence after it that reads as one.
  if (!reading.unrecognised && tellsTreatmentAtMeeting(first.text)) {
    const own = decisionSentences(content, Infinity).slice(1).find((sentence) => !isUnrecognisedOutcome(sentence.text));
    if (own) {
      reading = readOutcome(own.text);
      chosen = own;
    }
  }
  // `Udvalget drøftede sagen. Sagen udsættes til næste møde.`, `Drøftet. Sagen genoptages på et senere møde.`: a
  // discussion after which the case comes back at a later meeting is postponed (DOMAIN.md's meaning of postponed).
  if (!reading.postponed && reading.outcome === 'discussed') {
    const next = sentenceAfter(first, sentences);
    const following = next ? readOutcome(next.text) : undefined;
    if (next && following?.postponed) {
      reading = following;
      chosen = next;
    }
  }
  // `Indstillingen blev fulgt. Ansøgningen er afslået.`: following the Indstilling does what it asked, which the next
  // sentence may say (a refusal); alone it approves.
  if (reading.outcome === 'approved' && FOLLOWS_INDSTILLING.test(first.text)) {
    const next = sentenceAfter(first, sentences);
    const following = next ? readOutcome(next.text) : undefined;
    if (next && following && !following.unrecognised && (following.postponed || following.outcome !== 'other')) {
      reading = following;
      chosen = next;
    }
  }
  if (reading.unrecognised) {
    // `Borgmesteren meddelte, at ...` then `Godkendt.` on a line of its own: the verdict closes the decision.
    if (sentences.length === 2) sentences = decisionSentences(content, Infinity);
    // (Or a body's own decision on its line, however long: `Valget holdes som brevvalg ...` / `Ældrerådet besluttede at
    // holde to valgmøder, i Rudkøbing og i Tranekær.`)
    // (Also a known verdict with its subject and nothing after it, longer than a bare one: `Meddelelserne blev taget til
    // efterretning.` under `Formanden orienterede om ...`; or a verdict after changes.)
    const verdict = sentences.slice(1).find((sentence) => sentence.wholeLine && (sentence.text.length <= VERDICT_LENGTH || isBodysDecision(sentence.text) || isVerdictAlone(sentence.text) || VERDICT_AFTER_CHANGES.test(sentence.text)) && !isUnrecognisedOutcome(sentence.text));
    if (verdict) {
      reading = readOutcome(verdict.text);
      chosen = verdict;
    } else {
      // A short verdict that ends the first line closes it too: `Udvalget ønskede et nyt notat. Sagen blev udsat.`
      const closing = lastSentenceOf(first.text);
      if (closing !== undefined && closing.length <= VERDICT_LENGTH && !isUnrecognisedOutcome(closing)) {
        reading = readOutcome(closing);
        chosen = { ...first, text: closing, wholeLine: false };
      }
    }
  }
  return { reading, chosen };
}

const RUNNING_HEAD_LINE = /^(?:referat|åbent referat|lukket referat|dagsorden|dato:\s*\S+|side\s+\d+.*)$/iu;
const isRunningHeadLabel = testStartingLike(RUNNING_HEAD_LINE);
/** København's `Deltagerne var:` over a numbered list of the participants. */
const opensParticipantList = testStartingLike(/^deltagerne\s+var\s*:?$/iu);

interface Sentence {
  text: string;
  line: number;
  /** Index in the content lines of the line the sentence starts on. */
  lineIndex: number;
  /** The sentence is its line's whole text (the old reading: remarks are the rest of that line). */
  wholeLine: boolean;
  /** The rest of the line after this sentence. */
  rest?: string;
}

/**
 * A list of names (`A, Hans Jørgen`) cut after a name's word, whose next line goes on with names (`Lind, Birthe Marcussen`,
 * `Lind og B`); not a list of party letters (`A, V`) over a page's head (`Social- og Sundhedsudvalget, ...`).
 */
function namesGoOn(text: string, next: string): boolean {
  return text.includes(',') && ENDS_IN_NAME_WORD.test(text) && !next.includes(':') && NAMES_TAIL.test(next) && !SENTENCE_WORD.test(next.replace(BRACKETED, ''));
}
/**
 * A word in lower case other than `og` (a party's letter in brackets aside): the next line is a sentence about names (`Jens
 * Ove Lauritsen og Birgit Friis var fraværende.` under the last vote line), not the list's tail.
 */
const SENTENCE_WORD = /(?:^|\s)(?!og(?:[\s,.]|$))\p{Ll}/u;
const BRACKETED = /\([^()]*\)/gu;
const ENDS_IN_NAME_WORD = /\p{Lu}\p{Ll}+$/u;

/**
 * A list's last name wrapped before its last word (`... Helge Nørby og Jens Aage` / `Mølgaard` / `Imod stemte: ...`): one
 * capitalised word alone on the next line and the next vote line after it. (Not the next item's one-word title under the
 * last vote line, `Orientering`, nor a verdict after the votes.)
 */
function lastNameWraps(content: readonly SourceLine[], index: number, text: string): boolean {
  const after = content[index + 2];
  return after !== undefined && LAST_NAME_WORD_ALONE.test(content[index + 1]!.plain) && LIST_ENDS_IN_SHORT_NAME.test(text) && isVoteLine(after.unmarked);
}
const LAST_NAME_WORD_ALONE = /^\p{Lu}[\p{Ll}'-]+(?:\s*\(\p{Lu}{1,3}\))?$/u;
const LIST_ENDS_IN_SHORT_NAME = /(?:,|\sog)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;

/**
 * A vote's names glued to the sentence after them (an old web page runs sentences together: `Imod stemte: V og K.Sagen
 * oversendes ...`): the names only. A full stop before a capitalised word and a word in lower case other than `og`.
 */
function withoutGluedSentence(who: string): string {
  if (!who.includes('.')) return who;
  const glued = GLUED_SENTENCE.exec(who);
  return glued ? who.slice(0, glued.index) : who;
}
const GLUED_SENTENCE = /\.(?=\p{Lu}\p{Ll}+\s+(?!og\s)\p{Ll})/u;
const NAMES_TAIL = /^\p{Lu}[\p{L}.']*(?:-\p{L}+)*(?:\s+\p{Lu}[\p{L}.']*(?:-\p{L}+)*){0,3}(?:\s*\([^()]*\))?(?:\s*,|\s+og)\s+\p{Lu}/u;

/** A line that ends in a preposition wants its object on the next line (a table cell or a narrow column wrapped it). */
const ENDS_IN_PREPOSITION = /\s(?:over\s+for|overfor|til|for|af|med|om|på|fra)$/u;

/** A verdict on a line of its own after other text is short: `Godkendt.`, `Herefter godkendt.`. */
const VERDICT_LENGTH = 40;
/**
 * The verdict after the changes a member asked for: `Med denne ændring blev dagsordenen godkendt.`, `Med disse
 * tilføjelser blev indstillingen tiltrådt.` (longer than a bare verdict; it closes the decision all the same).
 */
const VERDICT_AFTER_CHANGES = /^med\s+(?:denne|disse)\s+\p{L}+\s+(?:blev|er)\s+\p{L}+\s+\p{L}+\.?$/iu;
/** `<organ> besluttede at ...`, `<organ> godkendte ...`: a sentence whose subject is a body and whose verb decides. */
const BODY_DECIDED = /^(?<subject>\p{Lu}[\p{L}\- ]{1,60}?)\s+(?:besluttede|vedtog|godkendte|tiltrådte)\b/u;
const isBodysDecision = (text: string) => {
  const subject = BODY_DECIDED.exec(text)?.groups!.subject;
  return subject !== undefined && endsWithBodyWord(subject);
};

/**
 * The decision's sentences that can state its outcome: those that only report attendance, meeting times,
 * votes or a numbered list of participants come first in several layouts and are passed over. Only the
 * first `wanted` are read: the outcome is stated by the first (or, after a resumption, the second; or by a
 * short verdict on a line of its own further on, when the first is not one).
 */
function decisionSentences(content: readonly SourceLine[], wanted = 2): Sentence[] {
  const sentences: Sentence[] = [];
  let inParticipantList = false;
  for (let lineIndex = 0; lineIndex < content.length && sentences.length < wanted; lineIndex++) {
    const line = content[lineIndex]!;
    let text = line.unmarked;
    // A sentence wrapped onto the next line (`Indstillingen blev` / `godkendt.`) is read whole.
    // (A line that ends in a preposition, `... anbefaler over for` / `Kultur- og Fritidsudvalget, at`, goes on whatever case follows.)
    for (let next = lineIndex + 1; next < content.length && !endsSentence(text) && (startsInLowerCase(content[next]!.plain) || ENDS_IN_PREPOSITION.test(text)); next++) {
      text = `${text} ${content[next]!.plain.trim()}`;
    }
    if (opensParticipantList(text)) {
      inParticipantList = true;
      continue;
    }
    if (inParticipantList && /^\d+\.\s+\p{Lu}/u.test(text)) continue;
    inParticipantList = false;
    // A page's running head left inside the decision (`<Udvalg>`, `Referat`, `Dato: ...`) states nothing.
    if (isRunningHeadLabel(text) || (text.length <= 60 && endsWithBodyWord(text))) continue;
    // The outcome first: it is read once per text, and a sentence that states one is no preamble.
    if (isVoteLine(text) || (isUnrecognisedOutcome(text) && DECISION_PREAMBLE.test(text)) || opensWithPassedOver(text)) {
      // A line may hold an absence sentence and then the decision: `A var fraværende. Godkendt.`
      const parts = sentencesOf(text);
      // The vote test first: it is the cheaper, and a vote line (most that come here) needs no other.
      const kept = parts.findIndex((part, index) => !isVoteLine(part) && !DECISION_PREAMBLE.test(part) && !isAmendmentBefore(parts, index));
      if (kept > 0) {
        const rest = parts.slice(kept + 1).join(' ');
        sentences.push({ text: parts[kept]!, line: line.no, lineIndex, wholeLine: false, ...(rest ? { rest } : {}) });
      }
      continue;
    }
    if (startsInLowerCase(line.plain) && lineIndex > 0 && !endsSentence(content[lineIndex - 1]!.plain)) continue;
    sentences.push({ text, line: line.no, lineIndex, wholeLine: text === line.plain });
  }
  return sentences;
}

/**
 * The line opens with a sentence that states no outcome of this case, and more follow: an absence sentence that the
 * line as a whole hides (`A var fraværende. Ændringsforslag ... blev forkastet ...`), or an amendment's vote.
 */
function opensWithPassedOver(text: string): boolean {
  // (Either way one of its sentences is an amendment's vote: a line without the word, most, is not split to be asked.)
  if (!SENTENCE_END_THEN_SPACE.test(text) || !AMENDMENT_VOTE_WORD.test(text)) return false;
  const parts = sentencesOf(text);
  if (parts.length < 2) return false;
  const first = parts[0]!;
  return isAmendmentBefore(parts, 0) || (DECISION_PREAMBLE.test(first) && isUnrecognisedOutcome(first) && parts.slice(1).some((part) => AMENDMENT_VOTE.test(part)));
}

/** The sentence is an amendment's vote and a sentence after it can state the decision itself. */
function isAmendmentBefore(parts: readonly string[], index: number): boolean {
  return AMENDMENT_VOTE.test(parts[index]!) && parts.slice(index + 1).some((part) => !isVoteLine(part) && !DECISION_PREAMBLE.test(part) && !AMENDMENT_VOTE.test(part));
}

/**
 * Where a line's sentences part: after `.`, `!` or `?`, at white space before a capital, or glued to the next
 * sentence where an export lost the space (`... godkendelse.Søren Kvist (Ø) tog forbehold.`, `Godkendt.Ø tog forbehold.`).
 */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}|\p{Lu}{1,2}\s+\p{Ll})/u;
/** What every break starts with: a line without it (a vote line, most verdicts) is one sentence, and not split. */
const SENTENCE_END_THEN_SPACE = /[.!?](?:\s|\p{Lu})/u;

/** The line's sentences, as `text.split(SENTENCE_BREAK)` gives them. */
function sentencesOf(text: string): string[] {
  return SENTENCE_END_THEN_SPACE.test(text) ? text.split(SENTENCE_BREAK) : [text];
}

/** The sentence after the first: the rest of its line, or the next line's. */
function sentenceAfter(first: Sentence, sentences: readonly Sentence[]): Sentence | undefined {
  const inLine = sentencesOf(first.text);
  return inLine.length > 1 ? { ...first, text: inLine.slice(1).join(' '), wholeLine: false } : sentences[1];
}

/** The last of a line's sentences when it holds more than one. */
export function lastSentenceOf(text: string): string | undefined {
  const parts = sentencesOf(text);
  return parts.length > 1 ? parts[parts.length - 1] : undefined;
}

/** The text ends as a sentence does: in `.`, `!`, `?` or `:` (what `/[.!?:]$/u` tests, told by its last code). */
export function endsSentence(text: string): boolean {
  const code = text.charCodeAt(text.length - 1);
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a;
}

function recommendedBody(text: string): string | undefined {
  const match = RECOMMENDED_TO.exec(text);
  // `<udvalget> indstiller til byrådet,`: a body named in lower case, where its name says it is one.
  if (!match) {
    const named = /over|til|anbefaler/iu.test(text) ? RECOMMENDED_TO_NAMED.exec(text) : null;
    if (named) return asBodyName(named.groups!.body ?? named.groups!.addressed!);
    // `Indstilles til byrådets godkendelse.`
    const genitive = /til\s/iu.test(text) ? RECOMMENDED_TO_GENITIVE.exec(text) : null;
    return genitive ? asBodyName(genitive.groups!.body!) : undefined;
  }
  // `over for Økonomiudvalget og Byrådet`: the body it goes to next.
  if (match?.groups!.target) return match.groups.target;
  if (match?.groups!.addressed) return match.groups.addressed;
  if (match?.groups!.deciding) return match.groups.deciding.charAt(0).toUpperCase() + match.groups.deciding.slice(1);
  // The bodies are split at `,` and `og`, not inside one name (`Miljø- og Klimaudvalget`, `Teknik-, Miljø- og ...`).
  // (`Økonomi- og Planlægningsudvalget`, `Miljø-, Klima- og Teknikudvalget`: a joining word after a hyphen is the name's.)
  return match ? match.groups!.body!.split(/(?<!-)\s*,\s*|(?<!-)\s+og\b\s*/u)[0]!.replace(/\s+med\s+anbefaling$/iu, '').trim() || undefined : undefined;
}

/** The text leaves a bracket open: more `(` than `)`. */
function opensBracket(text: string): boolean {
  return text.lastIndexOf('(') > text.lastIndexOf(')');
}

/** A vote or reservation label with nothing after it: `For stemte:`, `Forbehold:`. */
function isBareVoteLabel(text: string): boolean {
  if (!text.endsWith(':')) return false;
  const probe = `${text} X`;
  const found = (mayBeVoteLine(probe) ? VOTE_LINE.exec(probe) : null) ?? RESERVATION_LABEL.exec(probe);
  return found?.groups!.who!.trim() === 'X';
}

/** A value under a bare vote label names members or parties, never a body or the municipality (a page's running head). */
const NOT_VOTERS = /\bkommune\b|udvalg|byråd|bestyrelse/iu;

/**
 * Vote labels printed as a column over their values' column (old KMD protocols: `For stemte:` / `Imod stemte:` /
 * `A, V` / `Ø`): each label with its value, the labels' lines keyed to the label's line. Other content as it was.
 */
function pairedLabelColumns(content: readonly SourceLine[]): Map<number, string> {
  const paired = new Map<number, string>();
  for (let index = 0; index < content.length; index++) {
    if (!content[index]!.unmarked.endsWith(':') || !isBareVoteLabel(content[index]!.unmarked)) continue;
    let end = index;
    while (end + 1 < content.length && isBareVoteLabel(content[end + 1]!.unmarked)) end++;
    if (end === index) continue;
    let value = end + 1;
    while (value < content.length && content[value]!.blank) value++;
    const labels = end - index + 1;
    const values = content.slice(value, value + labels);
    if (values.length < labels || values.some((line) => line.blank || line.unmarked.endsWith(':'))) continue;
    for (let offset = 0; offset < labels; offset++) paired.set(index + offset, `${content[index + offset]!.unmarked} ${values[offset]!.plain.trim()}`);
    for (let offset = 0; offset < labels; offset++) paired.set(value + offset, '');
    index = value + labels - 1;
  }
  return paired;
}

function votesAndReservations(content: readonly SourceLine[]): { votes: ParsedVote[] | undefined; reservations: ParsedReservation[] | undefined } {
  // Most decisions hold neither: one look at all their lines spares the walk below, which asks each line several things.
  if (!mayHoldVotes(content)) return NO_VOTES;
  const votes: ParsedVote[] = [];
  const reservations: ParsedReservation[] = [];
  // (Asked only where a line ends in a colon after a vote or reservation word.)
  const columns = content.some((line) => line.unmarked.endsWith(':') && VOTE_OR_RESERVATION_WORD.test(line.unmarked)) ? pairedLabelColumns(content) : undefined;
  for (let index = 0; index < content.length; index++) {
    const line = content[index]!;
    let text = columns?.get(index) ?? line.unmarked;
    if (text === '') continue;
    // A sentence wrapped onto the next line (`... og 2 stemmer` / `imod (V og O).`) is read whole.
    // (Not the old PDF's page-foot access word `åben` under the last line of a page.)
    // (A bracket left open, `mod 4 (SF og` / `Enhedslisten).`, goes on whatever case follows.)
    // (So does a list of names wrapped after a name, `Imod stemte: A, Hans Jør-` / `gen Lind, B`, once its hyphen is joined.)
    // (And a vote's phrase wrapped inside itself, `Et flertal bestående af A og V godkendte` / `indstillingen.`)
    // (And a count's voters wrapped before their bracket, `imod stemte 1` / `(Niels Hove).`, as a mail client wraps.)
    // (And a count wrapped before the other side's number, `Godkendt med 4 stemmer mod` / `1 (C).`, as a table cell wraps.)
    while (index + 1 < content.length && !endsSentence(text) && (/^[\p{Ll}(]/u.test(content[index + 1]!.plain) || opensBracket(text) || countGoesOn(text, content[index + 1]!.plain) || namesGoOn(text, content[index + 1]!.plain) || lastNameWraps(content, index, text)) && !ACCESS_WORD.test(content[index + 1]!.plain.trim()) && (VOTE_OR_RESERVATION_WORD.test(text) || VOTE_OR_RESERVATION_WORD.test(`${text} ${content[index + 1]!.plain.trim()}`))) {
      text = `${text} ${content[++index]!.plain.trim()}`;
    }
    // A vote or reservation label apart from its names (`For stemte:` / `A, V og O.`: pdf2html writes each text run
    // on a line of its own) is read with the line under it.
    if (text.endsWith(':') && !columns?.has(index) && index + 1 < content.length && !content[index + 1]!.blank && isBareVoteLabel(text) && !isVoteLine(content[index + 1]!.unmarked) && !NOT_VOTERS.test(content[index + 1]!.plain)) {
      text = `${text} ${content[index + 1]!.plain.trim()}`;
      index++;
    }
    // Named votes wrapped over lines (`For stemte: Ida Holm (A), Bo` / `Lund (V), Eva Bak (C)`) are read whole: a line of
    // names with party letters goes on a vote line whose last name has no party letter yet or which ends in a comma.
    if (!text.endsWith(')') && !text.endsWith('.') && isVoteLine(text)) {
      while (index + 1 < content.length && WRAPPED_VOTERS.test(content[index + 1]!.plain) && !isVoteLine(content[index + 1]!.plain)) {
        text = `${text} ${content[++index]!.plain.trim()}`;
        if (text.endsWith(')') || text.endsWith('.')) break;
      }
    }
    let vote = mayBeVoteLine(text) ? VOTE_LINE.exec(text) : null;
    if (vote) {
      // (Two labelled votes in one paragraph, `For afslag stemte: A, B. Imod stemte: C, der ...`: each its own.)
      while (vote) {
        const named = vote.groups!.who!.trim();
        const next = NEXT_VOTE_LABEL.exec(named);
        const who = withoutGluedSentence(next ? named.slice(0, next.index + 1) : named).replace(PARTY_GROUP_WORD, '');
        votes.push({ position: votePosition(vote.groups!.position!), who: COUNT_BEFORE_PARTIES.exec(who)?.groups!.parties!.trim() ?? who.replace(COUNT_AFTER_PARTIES, ''), line: line.no });
        vote = next ? VOTE_LINE.exec(named.slice(next.index + next[0].length)) : null;
      }
      continue;
    }
    // Most lines hold neither a vote nor a reservation: one search tells, instead of one for each.
    if (!VOTE_OR_RESERVATION_WORD.test(text)) continue;
    // `For stemte: ...` inside run-together text, and votes written as sentences.
    if (VOTE_WORD.test(text) && VOTE_IN_TEXT.test(text)) votes.push(...votesInText(text, line.no));
    if (!RESERVATION_WORD.test(text)) continue;
    const labelled = RESERVATION_LABEL.exec(text);
    if (labelled) {
      reservations.push({ text: text.trim(), who: namesIn(labelled.groups!.who!), line: line.no });
      continue;
    }
    for (const sentence of sentencesOf(text)) {
      const reservation = RESERVATION_KEYWORD.test(sentence) ? RESERVATION.exec(sentence) : null;
      if (!reservation) continue;
      const before = sentence.slice(0, reservation.index).replace(RESERVATION_CLAUSE_LEAD, '').replace(VOTE_BEFORE_RESERVATION, '');
      // `2 medlemmer (O+Ø) tager forbehold ...`: the parties of the counted members.
      const counted = COUNTED_MEMBERS.exec(before.trim());
      reservations.push({ text: sentence.trim(), who: counted ? countedVoters(counted).split(/\s*,\s*/u) : namesIn(before), line: line.no });
    }
  }
  return { votes: votes.length > 0 ? votes : undefined, reservations: reservations.length > 0 ? reservations : undefined };
}

const NO_VOTES: { votes: undefined; reservations: undefined } = { votes: undefined, reservations: undefined };

/**
 * Whether `votesAndReservations` can find a vote or a reservation in these lines. It reads one only from a text that
 * opens like a vote line (`mayBeVoteLine`) or holds a vote's or reservation's word, each text a line's `unmarked` with
 * the next lines' `plain` joined on after a space. So: a line that opens like a vote line (a text joined on to it opens
 * as it does: no start holds a space), or the word in the lines' `unmarked` joined with spaces (where every line's `plain`
 * is its `unmarked`, the texts joined are parts of that; a line whose `plain` differs, bold markers inside, is read
 * whole). The word pattern has no anchor nor look-around: a text holds a match wherever a part of it does.
 */
function mayHoldVotes(content: readonly SourceLine[]): boolean {
  let joined = '';
  for (const line of content) {
    const text = line.unmarked;
    if (line.plain !== text || mayBeVoteLine(text)) return true;
    joined = joined.length === 0 ? text : `${joined} ${text}`;
  }
  return VOTE_OR_RESERVATION_WORD.test(joined);
}

const VOTE_WORDS = 'stem|anbefaler indstillingen|anbefalede indstillingen|godkender indstillingen|godkendte indstillingen|tiltræder indstillingen|tiltrådte indstillingen|flertal|mindretal';
const RESERVATION_WORDS = 'forbehold|kan ikke|kunne ikke|protokol';
const VOTE_WORD = new RegExp(VOTE_WORDS, 'iu');
const RESERVATION_WORD = new RegExp(RESERVATION_WORDS, 'iu');
const VOTE_OR_RESERVATION_WORD = new RegExp(`${VOTE_WORDS}|${RESERVATION_WORDS}`, 'iu');

/**
 * A line of names with their party letters only (`Helle Brandt (V), Hans Bak (V),`): a wrapped vote line's tail. Every
 * word capitalised, the letters one or two: not a title with its abbreviation (`Status på uddannelsen (IGU)`).
 */
const NAME_WITH_PARTY = String.raw`(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.'-]*\s*\(\p{Lu}{1,2}\)`;
const WRAPPED_VOTERS = new RegExp(String.raw`^${NAME_WITH_PARTY}(?:\s*(?:,|og)\s*${NAME_WITH_PARTY})*\s*[,.]?$`, 'u');

/** A sentence's end before the next labelled vote in the same paragraph (`... Riis. Imod stemte: ...`). */
const NEXT_VOTE_LABEL = /\.\s+(?=(?:for|imod)\s+(?:\p{L}+\s+)?stemte\s*:|undlod\s+at\s+stemme\s*:)/iu;

/** How a vote line starts (from its pattern): most lines of a decision cannot be one. */
const mayBeVoteLine = mayStartLike([VOTE_LINE]);

function isVoteLine(text: string): boolean {
  return mayBeVoteLine(text) && VOTE_LINE.test(text);
}

/** A sentence that only records a vote (`For forslaget stemte 12 (A og SF).`, `For stemte: A og V`), no verdict. */
function isVoteSentence(text: string): boolean {
  return isVoteLine(text) || VOTE_SENTENCE_POSITION_FIRST.test(text);
}

const LABELLED_VOTE = /(?:stemte|stemme)\s*:/iu;

/**
 * What every pattern of `votesInText` needs: a verb of voting after white space, or a counted majority or minority. `stem` alone (VOTE_WORD) also
 * stands in `bestemmelse`, `system`, which prose is full of.
 */
const VOTE_IN_TEXT = /\s(?:stemte|stemme|(?:anbefaler|anbefalede|godkender|godkendte|tiltræder|tiltrådte)\s+indstillingen)|(?:flertal|mindretal)(?:let)?\s*\(/iu;

/** `For stemte: A og V Imod stemte: O`: labelled votes inside run-together text. */
const LABELLED_VOTES_IN_TEXT = /(?<position>for\s+stemte|imod\s+stemte|undlod\s+at\s+stemme)\s*:\s*(?<who>[^.:]+?)(?=\.(?:\s|$)|\s+(?:(?:for|imod)\s+stemte|undlod\s+at\s+stemme)|$)/giu;

/** The parties of a counted vote (`COUNTED_MEMBERS`), joined by commas: `(A+C+N)` or, in words, `bestående af A og V`. */
function countedVoters(counted: RegExpExecArray): string {
  const { parties, named } = counted.groups!;
  return parties !== undefined ? parties.split(/\s*[+,]\s*/u).join(', ') : namesIn(named!).join(', ');
}

/** A comma before the other side's vote in the same sentence (`..., imod stemte 1 (F)`, `..., og undlod at stemme ...`). */
/** `..., mens ...`: a sentence's second side. */
const WHILE_CLAUSE = /,\s*mens\s+/u;
/** A side of a vote told by its count alone (`Fire`, `4 medlemmer`): it names no one. */
const COUNT_ALONE = /^(?:\d+|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)(?:\s+(?:medlemmer|medlem|stemmer))?$/iu;
const VOTE_CLAUSE_BREAK = /,\s*(?:og\s+)?(?=(?:for|imod)\s+stemte\b|undlod\s+at\s+stemme\b)/iu;

/** A vote read position first (`For forslaget stemte 12 (A og SF).`): a count before the parties leaves the parties. */
function pushPositionFirstVote(votes: ParsedVote[], positionFirst: RegExpExecArray, line: number): void {
  const who = positionFirst.groups!.who!.trim();
  // `Imod stemte 0`, `Undlod at stemme 0 medlemmer`: a count without parties names no voter.
  if (/^\d+(?:\s+medlem(?:mer)?)?$/u.test(who)) return;
  const countedParties = COUNT_BEFORE_PARTIES.exec(who);
  votes.push({ position: votePosition(positionFirst.groups!.position!), who: countedParties ? countedParties.groups!.parties! : positionFirst.groups!.who!, line });
}

function votesInText(text: string, line: number): ParsedVote[] {
  const votes: ParsedVote[] = [];
  for (const inline of allMatches(text, LABELLED_VOTES_IN_TEXT)) {
    if (inline.index === 0) continue;
    votes.push({ position: votePosition(inline.groups!.position!), who: inline.groups!.who!.trim(), line });
  }
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    // Counts with the parties in brackets: `med 16 stemmer (C og V) mod 2 (Ø), idet 1 (O) undlod at stemme`.
    const forAgainst = allMatches(sentence, VOTES_FOR_AGAINST_IN_SENTENCE).filter((vote) => vote.groups!.for !== undefined || vote.groups!.against !== undefined);
    const partiesVoted = allMatches(sentence, COUNTED_PARTIES_VOTED);
    if (forAgainst.length > 0 || partiesVoted.length > 0) {
      for (const vote of forAgainst) {
        if (vote.groups!.for) votes.push({ position: 'for', who: vote.groups!.for.trim(), line });
        if (vote.groups!.against) votes.push({ position: 'against', who: vote.groups!.against.trim(), line });
      }
      for (const vote of partiesVoted) votes.push({ position: votePosition(vote.groups!.position!), who: vote.groups!.who!.trim(), line });
      continue;
    }
    const countedInSentence = allMatches(sentence, COUNTED_VOTES_IN_SENTENCE);
    if (countedInSentence.length > 0) {
      for (const vote of countedInSentence) {
        const position = votePosition(vote.groups!.position!);
        votes.push({ position, who: vote.groups!.who!.trim(), line });
        if (vote.groups!.against && position === 'for') votes.push({ position: 'against', who: vote.groups!.against.trim(), line });
      }
      continue;
    }
    // Labelled votes run together (`For stemte: A Imod stemte: O Undlod at stemme: Ø`) were read above.
    if (LABELLED_VOTE.test(sentence)) continue;
    // Both sides in one sentence, a comma between (`For stemte 3 (A og V), imod stemte 1 (F).`): each clause a vote.
    const clauses = sentence.includes(',') ? sentence.split(VOTE_CLAUSE_BREAK) : [sentence];
    if (clauses.length > 1 && clauses.every((clause) => VOTE_SENTENCE_POSITION_FIRST.test(clause))) {
      for (const clause of clauses) pushPositionFirstVote(votes, VOTE_SENTENCE_POSITION_FIRST.exec(clause)!, line);
      continue;
    }
    const positionFirst = VOTE_SENTENCE_POSITION_FIRST.exec(sentence);
    if (positionFirst) {
      pushPositionFirstVote(votes, positionFirst, line);
      continue;
    }
    // Two sides in one sentence joined by `mens` (`Fire stemte for, mens A og B stemte imod, da ...`): each side a vote; a
    // side told by its count alone names no one.
    if (WHILE_CLAUSE.test(sentence)) {
      const sides = sentence.split(WHILE_CLAUSE).map((clause) => VOTE_SENTENCE.exec(clause.trim()));
      if (sides.every((side) => side !== null)) {
        for (const side of sides) {
          const who = side!.groups!.who!;
          if (COUNT_ALONE.test(who.trim()) || who.length > 120) continue;
          votes.push({ position: votePosition(side!.groups!.position!), who, line });
        }
        continue;
      }
    }
    const spoken = VOTE_SENTENCE.exec(sentence);
    if (!spoken || spoken.groups!.who!.length > 120) continue;
    // A vote in a clause of the decision sentence (`Anbefales, idet A (V) stemte imod.`): the voters follow the clause word.
    const voters = spoken.groups!.who!.includes(',') || spoken.groups!.who!.includes(';') ? spoken.groups!.who!.replace(RESERVATION_CLAUSE_LEAD, '') : spoken.groups!.who!;
    const counted = COUNTED_MEMBERS.exec(voters.trim());
    const who = counted ? countedVoters(counted) : voters;
    // (`Et mindretal (SF) kan ikke anbefale planen`: the minority's verdict negated is its vote against.)
    const position = /imod|ikke/iu.test(spoken.groups!.position!) ? 'against' : /undlod/iu.test(spoken.groups!.position!) ? 'abstained' : 'for';
    if (!counted && position === 'for' && !/stem/iu.test(spoken.groups!.position!)) continue;
    votes.push({ position, who, line });
  }
  return votes;
}

/** `Lise Holm (A) og Bo Berg (V)`, `A, F og V`: each name or party, without party letters after names. */
export function namesIn(text: string): string[] {
  return text
    .replace(/^.*?:\s*/u, '')
    .replace(/[.]\s*$/u, '')
    .split(/\s*(?:,|;|\bog\b|\bsamt\b)\s*/u)
    .map((name) => name.replace(/\s*\([^()]*\)\s*/gu, ' ').replace(/^(?:dog|men|hvor)\s+/iu, '').trim())
    .filter((name) => /^\p{Lu}/u.test(name) && name.split(' ').length <= 5);
}

function votePosition(words: string): VotePosition {
  const key = words.toLowerCase();
  if (/undlod|hverken/u.test(key)) return 'abstained';
  return /imod/u.test(key) ? 'against' : 'for';
}

export function clip(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
