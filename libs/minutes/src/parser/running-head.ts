import { endsWithBodyWord } from './body-name.js';
import { testStartingLike } from './line-prefilter.js';
import { RUNNING_HEAD_LINE } from './vocabulary/noise.js';
import { HEAD_LABELS } from './vocabulary/head-labels.js';

const isRunningHeadLabel = testStartingLike(RUNNING_HEAD_LINE);

/**
 * A page's running head that a page break left between lines of text (`Referat`, `Dato: ...`, `Side 3`, or the
 * committee's name alone): it says nothing about the lines around it.
 */
export function isRunningHead(text: string): boolean {
  return isRunningHeadLabel(text) || isBodyNameHead(text);
}

/**
 * A running head that is only a body's name (`Kommunalbestyrelsen`, eDoc's page head), no head label: the one kind a
 * title cut after its joining word may end in (`... i Ældrerådet og` / `Handicaprådet`).
 */
export function isBodyNameHead(text: string): boolean {
  return text.length <= 60 && endsWithBodyWord(text) && !TITLE_BEFORE_BODY.test(text) && !titleFromBody(text) && !isRunningHeadLabel(text);
}

/** A title that ends in a body's name (`Valg af ny stedfortræder til Ældrerådet`): the body after `til`/`af`/`om`/`med`, no running head. */
const TITLE_BEFORE_BODY = /\s(?:til|af|om|med)\s+\p{L}/u;
/** What a body sends (`Orientering fra Handicaprådet`, `Anbefalinger fra §17, stk. 4-udvalget Nyt Byråd`): a title too. */
const FROM_BODY = /\s(?:fra)\s+\S/u;
/** ... but a page's head may say whose minutes it is so (`Referat fra Økonomiudvalget`). */
const DOCUMENT_KIND_FIRST = /^(?:referat|protokol|beslutningsprotokol|beslutninger|dagsorden)\b/iu;
const titleFromBody = (text: string) => FROM_BODY.test(text) && !DOCUMENT_KIND_FIRST.test(text);

/**
 * A page's running head may repeat the meeting head's labels without their values (`Mødedato:`, `Mødetidspunkt:`, when
 * the head prints its values in another column): no title, and passed over like the rest of that head.
 */
export function isEmptyMeetingLabel(text: string): boolean {
  if (!text.endsWith(':') || text.length > 40) return false;
  const label = text.slice(0, -1).trim();
  return HEAD_LABELS.some(([pattern, field]) => (field === 'date' || field === 'endTime' || field === 'place') && pattern.test(label));
}

/** A text's lines without the running heads a page break left inside it (a sentence wrapped over a page's head). */
export function withoutRunningHeads(text: string): string {
  return text
    .split('\n')
    .filter((line) => !isRunningHead(line.trim()) && !isEmptyMeetingLabel(line.trim()))
    .join('\n');
}
