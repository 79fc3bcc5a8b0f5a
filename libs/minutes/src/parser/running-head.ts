import { endsWithBodyWord } from './body-name.js';
import { testStartingLike } from './line-prefilter.js';
import { RUNNING_HEAD_LINE } from './vocabulary/noise.js';

const isRunningHeadLabel = testStartingLike(RUNNING_HEAD_LINE);

/**
 * A page's running head that a page break left between lines of text (`Referat`, `Dato: ...`, `Side 3`, or the
 * committee's name alone): it says nothing about the lines around it.
 */
export function isRunningHead(text: string): boolean {
  return isRunningHeadLabel(text) || (text.length <= 60 && endsWithBodyWord(text));
}
