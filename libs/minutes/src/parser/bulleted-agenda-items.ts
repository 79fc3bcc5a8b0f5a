import type { ParsedItem } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import { titleKeyOf } from './title-key.js';
import type { WarningCollector } from './warning-collector.js';

/** A bulleted entry of a list: `- Godkendelse af dagsorden`, `• Eventuelt`. Group 1 the entry's text. */
const BULLET_ENTRY = /^[-–•]\s+(\S.*)$/u;

/**
 * A meeting page that lists its agenda as bullets without numbers over the items' texts (`Referat` / `- Godkendelse af
 * dagsorden` / `- Virksomhedsbesøg` / ..., then `1 : Godkendelse af dagsorden`), the text cut after its first items (a
 * viewer's excerpt): the entries after the items read are the items the text no longer holds, numbered on by their
 * place in the list. Only a list whose first entries are the items read, in their order and by title.
 */
export function itemsListedAsBulletsOnly(lines: readonly SourceLine[], items: readonly ParsedItem[], warnings: WarningCollector): ParsedItem[] {
  // The items read must be the agenda's first ones, numbered 1, 2, ... in order.
  if (items.length === 0 || !items.every((item, index) => item.number === index + 1 && item.title.length > 0)) return [];
  const first = items[0]!.line;
  const wanted = titleKeyOf(items[0]!.title);
  for (let index = 0; index < lines.length && lines[index]!.no < first; index++) {
    const entry = BULLET_ENTRY.exec(lines[index]!.text);
    if (!entry || titleKeyOf(entry[1]!) !== wanted) continue;
    const run = bulletRun(lines, index, first);
    if (run.length <= items.length) return [];
    const lists = items.every((item, at) => titleKeyOf(run[at]!.title) === titleKeyOf(item.title));
    if (!lists) return [];
    return run.slice(items.length).map((listed, at) => {
      const number = items.length + at + 1;
      warnings.add(listed.line, 'contents-only-item', `Item ${number} is listed in the agenda's bullets only; read from there`);
      return { number, title: listed.title, line: listed.line, closed: false, recommendations: [], absences: [], earlierTreatments: [], course: [], sections: { other: [] } };
    });
  }
  return [];
}

/** The bulleted lines from `start` on, up to the first line of another kind (or the first item). */
function bulletRun(lines: readonly SourceLine[], start: number, before: number): { title: string; line: number }[] {
  const run: { title: string; line: number }[] = [];
  for (let index = start; index < lines.length && lines[index]!.no < before; index++) {
    const line = lines[index]!;
    if (line.blank) continue;
    const entry = BULLET_ENTRY.exec(line.text);
    if (!entry) break;
    run.push({ title: entry[1]!.trim(), line: line.no });
  }
  return run;
}
