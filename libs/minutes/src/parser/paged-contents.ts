import { CONTENTS_NON_ITEM_TITLE, PAGED_CONTENTS_COLUMN, PAGED_CONTENTS_MIN, PAGED_ENTRY_PAGE, STANDING_TITLE_AFTER_TITLE } from './vocabulary/contents-lists.js';

/** One title of a paged list and where it starts in the text. */
export interface PagedEntry {
  title: string;
  start: number;
}

/**
 * A contents list whose only numbers are its pages, under its column heading `Side` (a transcript of Hørsholm's first
 * page: `Følgende sager behandles på mødet Side <Titel> 2 <Titel> 5 ... Bilagsoversigt 26 Fraværende ...`): its titles
 * are what stands between the page numbers, which rise; the list ends at the attachment overview or the last page
 * number (what follows that is the head's next field). A title whose page the extraction lost runs into the next; a
 * standing one-word item at its end (`Erhvervsstrategi Meddelelser 25`) is told apart. The items are unnumbered: the
 * list prints no numbers. Undefined unless the column heading stands first and `PAGED_CONTENTS_MIN` titles are read.
 */
export function pagedContentsEntries(text: string, from: number): PagedEntry[] | undefined {
  const column = PAGED_CONTENTS_COLUMN.exec(text.slice(from, from + 40));
  if (!column) return undefined;
  const start = from + column[0].length;
  const end = lineEnd(text, start);
  const entries: PagedEntry[] = [];
  let titleStart = start;
  let lastPage = 0;
  PAGED_ENTRY_PAGE.lastIndex = start;
  for (let page = PAGED_ENTRY_PAGE.exec(text); page && page.index < end; page = PAGED_ENTRY_PAGE.exec(text)) {
    const number = Number(page[1]);
    // (A number in a title, `Budgetopfølgning 3 på ...`, goes on in lower case; one that does not rise is a title's too.)
    if (number <= lastPage) continue;
    const title = text.slice(titleStart, page.index).trim();
    if (CONTENTS_NON_ITEM_TITLE.test(title)) break;
    const standing = STANDING_TITLE_AFTER_TITLE.exec(title);
    if (standing) entries.push({ title: standing[1]!, start: titleStart }, { title: standing[2]!, start: titleStart + title.lastIndexOf(standing[2]!) });
    else if (title.length > 0) entries.push({ title, start: titleStart });
    lastPage = number;
    titleStart = page.index + page[0].length;
  }
  return entries.length >= PAGED_CONTENTS_MIN ? entries : undefined;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}
