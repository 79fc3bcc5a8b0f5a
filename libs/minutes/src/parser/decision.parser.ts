import { overallOutcome, readOutcome } from './decision-outcome.js';
import type { ParsedDecision, ParsedPointOutcome } from './parsed-minutes.types.js';
import { blockText, contentLines, type SourceLine } from './source-line.js';
import type { WarningCollector } from './warning-collector.js';

// `Indstillingens punkt 2: ...`, `Punkt 1 og 2: ...`, `Ad 1) ...`, `Ad pkt. 3: ...`
const POINT_MARKER =
  /^(?:indstillingens\s+)?(?:punkt(?:erne)?|pkt\.?)\s*(\d+(?:\s*(?:,|og|&|-|–)\s*\d+)*)\s*[:.)]\s*(.*)$|^ad\s+(?:punkt\s*|pkt\.?\s*)?(\d+(?:\s*(?:,|og|&|-|–)\s*\d+)*)\s*[:.)]?\s+(.*)$/iu;

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

  const blocks: PointBlock[] = [];
  const preface: SourceLine[] = [];
  for (const sourceLine of content) {
    const marker = POINT_MARKER.exec(sourceLine.plain.replace(/\*\*|__/g, ''));
    if (marker) {
      const list = marker[1] ?? marker[3]!;
      blocks.push({ numbers: pointNumbers(list), first: (marker[2] ?? marker[4] ?? '').trim(), lines: [], line: sourceLine.no });
    } else if (blocks.length > 0) {
      blocks[blocks.length - 1]!.lines.push(sourceLine.text);
    } else {
      preface.push(sourceLine);
    }
  }

  if (blocks.length > 0) {
    const pointOutcomes: ParsedPointOutcome[] = [];
    for (const block of blocks) {
      const reading = readOutcome(block.first);
      const pointText = [block.first, ...block.lines].join('\n').trim();
      if (reading.outcome === 'other') {
        warnings.add(block.line, 'decision-unclassified', `Decision for recommendation point(s) ${block.numbers.join(', ')} not recognised; kept as "other": "${clip(block.first)}"`);
      }
      for (const point of block.numbers) {
        if (knownPoints.length > 0 && !knownPoints.includes(point)) {
          warnings.add(block.line, 'decision-point-unknown', `Decision names recommendation point ${point}, which the Indstilling does not have`);
        }
        pointOutcomes.push({
          point,
          ...(reading.outcome === undefined ? {} : { outcome: reading.outcome }),
          postponed: reading.postponed,
          text: pointText,
          line: block.line,
        });
      }
    }
    const outcome = overallOutcome(pointOutcomes.map((point) => point.outcome));
    const remarks = preface.length > 0 ? blockText(preface) : undefined;
    return {
      text,
      ...(outcome === undefined ? {} : { outcome }),
      postponed: pointOutcomes.length > 0 && pointOutcomes.every((point) => point.postponed),
      pointOutcomes,
      ...(remarks ? { remarks } : {}),
      line,
    };
  }

  const first = content[0]!;
  const reading = readOutcome(first.plain);
  if (reading.outcome === 'other') {
    warnings.add(first.no, 'decision-unclassified', `Decision text not recognised; kept as outcome "other": "${clip(first.text)}"`);
  }
  const following = lines.filter((sourceLine) => sourceLine.no > first.no);
  const remarkParts = [reading.rest, blockText(following)].filter((part): part is string => !!part && part.length > 0);
  const remarks = reading.outcome === 'other' ? undefined : remarkParts.join('\n\n') || undefined;
  return {
    text,
    ...(reading.outcome === undefined ? {} : { outcome: reading.outcome }),
    postponed: reading.postponed,
    pointOutcomes: [],
    ...(remarks ? { remarks } : {}),
    line,
  };
}

export function clip(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
