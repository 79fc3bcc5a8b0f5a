/**
 * A document converter's report printed above the text it converted: `unrtf --text` opens with `###  Translation from
 * RTF performed by UnRTF, version ...` and the RTF file's properties (`### creation date: 8 November 2005 19:12`,
 * `### author: ...`, `### company: <navn> Kommune`), then a rule of dashes, and only then the document. None of it is
 * the author's: its dates and times are the file's, not the meeting's.
 */

/** A report line: three hashes and a space at the start (the converter's own marker, no Markdown heading's text). */
const REPORT_LINE = /^###[ \t]/u;
/** The rule that ends the report. */
const REPORT_RULE = /^-{5,}[ \t]*$/u;

/**
 * The text with the converter's report blanked: the run of report lines at the text's start and the rule after it
 * become empty lines, so line numbers stay the source's. Only where the text starts with `### ` and a line of the run
 * names the conversion or a file property; any other text (most) is returned after one test of its first characters.
 */
export function withoutConverterReport(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('###', start)) return text;
  const lines = text.split('\n');
  let end = 0;
  while (end < lines.length && REPORT_LINE.test(lines[end]!.replace(/^\ufeff/u, ''))) end++;
  const report = lines.slice(0, end).join('\n');
  if (end === 0 || !/translation from rtf|creation date:|revision date:|font table/iu.test(report)) return text;
  if (end < lines.length && REPORT_RULE.test(lines[end]!)) end++;
  for (let index = 0; index < end; index++) lines[index] = lines[index]!.endsWith('\r') ? '\r' : '';
  return lines.join('\n');
}
