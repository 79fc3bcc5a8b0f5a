import { readOutcome } from './decision-outcome.js';
import { contentLines, textLine, type SourceLine } from './source-line.js';
import { joinedText as joined, writtenLines } from './written-lines.js';
import { MAY_TELL_TREATMENT, PROSE_TREATMENT } from './vocabulary/decision-blocks.js';
import { tellsEarlierPostponement } from './earlier-prose.parser.js';
import { BODY_REQUEST, MEETING_BUSINESS, VOTE_LINE, VOTE_SENTENCE, VOTE_SENTENCE_POSITION_FIRST } from './vocabulary/outcome-phrases.js';
import { PARTIAL_SENTENCE } from './vocabulary/attendance.js';
import { lastSentenceOf } from './decision.parser.js';

/** How many lines of text an item without section labels may hold and still be all decision. */
const SHORT_BODY = 3;

/** `Intet.`, `Ingen bemærkninger.`: an item's whole (empty) outcome, as `Eventuelt` records it. */
const NOTHING_TO_NOTE = /^(?:intet|ingen(?:\s+bemærkninger)?|intet\s+at\s+bemærke)\s*\.?$/iu;

/** What the administration proposes, not what the body decided. */
const PROPOSAL = /\b(?:indstiller|indstillede|foreslår|foreslog|anbefaler\s+administrationen|administrationen\s+anbefaler)\b/iu;

/**
 * `Mødet hævet kl. 15.35.`: the meeting's end under its last item; what follows (signatures) is not the item's. Nor is
 * the referat's signature itself (`Referent: Bent Holm`). (A scan may read the `ø` as `o`, `oe` or `0`.)
 */
const MEETING_ENDED = /^(?:m(?:ø|oe|o|0)det\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet)\b|referent\s*:)/iu;

/** `Næste møde: onsdag den 6. december ...` under the last item's record: the referat's closing notice, not the item's. */
const NEXT_MEETING_NOTICE = /^næste\s+møde\s*:/iu;

/**
 * The lines of an item that has no section labels and says only its verdict (a råd's Word referat: `Ad 1. Godkendelse
 * af dagsorden` / `Dagsordenen blev godkendt.`; `Ad 7. Eventuelt` / `Intet.`; a decisions-only protocol's `Sag nr. 4`
 * / `Sagen var udsat på mødet den ..., sag nr. 6.` / `Kommissionen godkendte, at ...`, the sentence about the earlier
 * meeting read as its treatment, not as the verdict): its decision; or, in a landdistriktsråd's informal referat, its last
 * line when that reads as a verdict (`Rådet besluttede at ...`, `Punktet blev udsat ...`), also under a longer body of prose.
 */
export function verdictOnlyBody(preamble: readonly SourceLine[]): readonly SourceLine[] | undefined {
  let lines = contentLines(preamble);
  const ended = lines.findIndex((line, at) => MEETING_ENDED.test(line.plain) || (at > 0 && NEXT_MEETING_NOTICE.test(line.plain)));
  if (ended >= 0) lines = lines.slice(0, ended);
  // Counted as written: a line re-wrapped by a narrower column is still one line.
  let written = writtenLines(lines)!;
  if (written.length > 1 && tellsEarlierTreatment(joined(written[0]!))) written = written.slice(1);
  if (written.length === 0) return undefined;
  // The votes a verdict closes with (`Udvalget vedtog at meddele afslag.` / `For stemte: ...` / `<navn> undlod at
  // stemme.`): the verdict is the line before them, the votes go with it.
  let votesFrom = written.length;
  while (votesFrom > 1 && isVote(joined(written[votesFrom - 1]!))) votesFrom--;
  if (votesFrom < written.length && readsAsVerdict(joined(written[votesFrom - 1]!))) return written.slice(votesFrom - 1).flat();
  // (Who came or went under the item, told after its record, `• Kirsten Dam forlod mødet kl. 15.30 under dette punkt.`,
  // is no verdict: the line before it is the record's last. A verdict on the first line keeps it: `Godkendt.` / `A
  // deltog ikke i behandlingen af sagen.` is read with the item's absences.)
  let lastAt = written.length - 1;
  while (lastAt > 0 && tellsPartialPresence(joined(written[lastAt]!))) lastAt--;
  const last = written[lastAt]!;
  const closing = closingVerdict(last);
  // A longer body is the case told in prose: its last line is the decision when it reads as a verdict (an informal
  // referat's `Ad. 3` / what was presented, its bullets, what the råd thought / `Ældrerådet besluttede at afgive et
  // kritisk høringssvar. ...`).
  // (Not the administration's proposal that closes a case told so: `Teknisk Forvaltning indstiller, at ...`.)
  if (written.length > SHORT_BODY) return readsAsVerdict(joined(last)) && !PROPOSAL.test(joined(last)) ? last : closing;
  const first = joined(written[0]!);
  if (NOTHING_TO_NOTE.test(first) || (written.length === 1 && MEETING_BUSINESS.test(first))) return written.flat();
  if (readsAsVerdict(first)) return written.flat();
  // An informal referat tells the case first and what was decided last (`Busplanen er i høring ...` / `Rådet drøftede
  // planen.`): its last line is the decision when it reads as a verdict, the lines before it the case.
  return written.length > 1 && readsAsVerdict(joined(last)) ? last : closing;
}

function isVote(text: string): boolean {
  return VOTE_LINE.test(text) || VOTE_SENTENCE_POSITION_FIRST.test(text) || VOTE_SENTENCE.test(text);
}

/**
 * The record's last line told as a paragraph whose last sentence is what the råd asked (`• Busplanen: A oplyste, at
 * ... Rådet beder sekretæren om at rette henvendelse til BAT.`): that sentence alone, as the decision.
 */
function closingVerdict(last: readonly SourceLine[]): readonly SourceLine[] | undefined {
  const text = joined(last);
  if (!/\s(?:beder|bad|anmoder|anmodede)\s/iu.test(text)) return undefined;
  const sentence = lastSentenceOf(text);
  return sentence !== undefined && BODY_REQUEST.test(sentence) ? [textLine(last[last.length - 1]!.no, sentence)] : undefined;
}

const BULLET_MARK = /^[•·▪*–-]\s+/u;
const tellsPartialPresence = (text: string) => PARTIAL_SENTENCE.test(text.replace(BULLET_MARK, ''));

function readsAsVerdict(text: string): boolean {
  const reading = readOutcome(text);
  return reading.unrecognised !== true && (reading.outcome !== undefined || reading.postponed);
}

/** (`search` starts at the text's start whatever a global pattern's `lastIndex` is.) */
function tellsEarlierTreatment(text: string): boolean {
  return tellsEarlierPostponement(text) || (MAY_TELL_TREATMENT.test(text) && text.search(PROSE_TREATMENT) >= 0);
}
