import { textLine, type SourceLine } from '../source-line.js';

/**
 * A Word table of labels and values as `antiword` draws it, bars around two cells and no rule under a head row
 * (`|Journal nr.:    |05.01.08G01/212        |`, a value wrapped into the next row under an empty label cell,
 * `|                |veje                   |`): each row read as the line a referat prints, `Journal nr.: 05.01.08G01/212`,
 * so the readers after it find the label at the start of a line. Rows whose first cell is no label (a data table's
 * `|Ydelse  |2004  |2005  |`) pass unchanged, as does every line without bars.
 */
export function readBarredLabelRows(lines: readonly SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  // After a label row: a row with an empty first cell continues its value.
  let afterLabel = false;
  lines.forEach((line, index) => {
    const text = line.text;
    const row = text.charCodeAt(0) === 124 /* | */ ? (BARRED_LABEL_ROW.exec(text) ?? (afterLabel ? BARRED_CONTINUATION_ROW.exec(text) : null)) : null;
    if (!row) {
      afterLabel = false;
      out?.push(line);
      return;
    }
    out ??= lines.slice(0, index) as SourceLine[];
    const label = row.groups!.label;
    out.push(textLine(line.no, label ? `${label} ${row.groups!.value!}`.trimEnd() : row.groups!.value!, line.pageBreak));
    afterLabel = true;
  });
  return out ?? (lines as SourceLine[]);
}

/** A row of two cells whose first is a label with its colon. */
const BARRED_LABEL_ROW = /^\|\s*(?<label>[\p{L}][^|:]{0,30}:)\s*\|\s*(?<value>[^|]*?)\s*\|$/u;
/** A row of two cells whose first is empty: the value above wrapped into it. */
const BARRED_CONTINUATION_ROW = /^\|\s*\|\s*(?<value>[^|]*?\S)\s*\|$/u;
