import { textLine, type SourceLine } from '../source-line.js';
import { LONE_PARTY_LINE, PARTYLESS_ROLE, STACKED_MEMBER_LIST_LABEL, STACKED_NAME_LINE, STACKED_ROLE_LINE } from '../vocabulary/attendance.js';

/**
 * The cheap look at the whole text: a party letter alone on a line (`(A)`), as only such stacks print it. Where a line
 * opens with a bracket (`indexOf`, no pattern over the text), the line is asked.
 */
export function mayHoldStackedMembers(text: string): boolean {
  for (let at = text.indexOf('\n('); at >= 0; at = text.indexOf('\n(', at + 2)) {
    const end = text.indexOf(')', at + 2);
    if (end > at && end <= at + 5 && LONE_PARTY_LINE.test(text.slice(at + 1, end + 1))) return true;
  }
  return false;
}

/** Fewer stacks than this under a label are no such list (a name and a party line may meet by chance). */
const STACKS_MIN = 2;

/**
 * Joins the member stacks of a region's web referat (`vocabulary/attendance.ts`, `STACKED_MEMBER_LIST_LABEL`): `Heino
 * Hansen` / `Formand` / `(A)` over blank lines becomes `Heino Hansen (A)` on the name's line, and the role and party lines
 * become blank, so the member list reads one member a line as other heads print it (the role line alone would end the
 * list, being a head label of its own). Only under a list label and only where two stacks or more follow it; other
 * lines pass as they came.
 */
export function joinStackedMemberEntries(lines: readonly SourceLine[]): readonly SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    // (Most lines are no list label: their last character tells, before any pattern.)
    if (line.blank || !line.unmarked.endsWith(':') || !STACKED_MEMBER_LIST_LABEL.test(line.unmarked)) continue;
    const stacks = stacksAfter(lines, at + 1);
    if (stacks.length < STACKS_MIN) continue;
    out ??= lines.slice();
    for (const stack of stacks) {
      const name = lines[stack.name]!;
      out[stack.name] = textLine(name.no, stack.party ? `${name.unmarked} ${stack.party}` : name.unmarked, name.pageBreak);
      for (const other of stack.others) out[other] = textLine(lines[other]!.no, '', lines[other]!.pageBreak);
    }
    at = stacks[stacks.length - 1]!.end;
  }
  return out ?? lines;
}

interface Stack {
  name: number;
  party?: string;
  others: number[];
  end: number;
}

/** The stacks from `from` on: each a name line, a role line or none, and a party line (or a partyless role). */
function stacksAfter(lines: readonly SourceLine[], from: number): Stack[] {
  const stacks: Stack[] = [];
  let at = nextNonBlank(lines, from);
  while (at !== undefined && STACKED_NAME_LINE.test(lines[at]!.unmarked) && !STACKED_ROLE_LINE.test(lines[at]!.unmarked)) {
    const others: number[] = [];
    let next = nextNonBlank(lines, at + 1);
    let partyless = false;
    if (next !== undefined && STACKED_ROLE_LINE.test(lines[next]!.unmarked)) {
      partyless = PARTYLESS_ROLE.test(lines[next]!.unmarked);
      others.push(next);
      next = nextNonBlank(lines, next + 1);
    }
    const party = next !== undefined && LONE_PARTY_LINE.test(lines[next]!.unmarked) ? lines[next]!.unmarked : undefined;
    if (party) others.push(next!);
    else if (!partyless) break;
    const end = others[others.length - 1]!;
    stacks.push({ name: at, ...(party ? { party } : {}), others, end });
    at = nextNonBlank(lines, end + 1);
  }
  return stacks;
}

function nextNonBlank(lines: readonly SourceLine[], from: number): number | undefined {
  for (let at = from; at < lines.length; at++) if (!lines[at]!.blank) return at;
  return undefined;
}
