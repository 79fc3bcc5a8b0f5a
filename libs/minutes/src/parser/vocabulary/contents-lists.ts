/**
 * A contents list or agenda list that a document holds without the items' text (a transcript of the first pages, an
 * agenda sent before the meeting): what heads it, how its entries are numbered, what marks its closed part
 * (`contents-only-items.ts`).
 */

/** The words of those headings, asked of the whole text before the list is looked for. */
export const CONTENTS_LIST_WORDS: readonly string[] = ['ndholdsfortegnelse', 'NDHOLDSFORTEGNELSE', 'Sagsoversigt', 'Dagsordenspunkter', 'PUNKTER', 'sager behandles', 'Pkt.Tekst', 'Pkt. Tekst', 'Åbne dagsordenspunkter', 'Luk alle punkter'];

/**
 * The list's heading: `Indholdsfortegnelse`, `Sagsoversigt`, Hjørring's `Følgende sager behandles:`, `PUNKTER`,
 * `Dagsordenspunkter`, `Pkt.Tekst`, a web export's `Åbne dagsordenspunkter` (its closed part `Lukkede dagsordenspunkter`),
 * a region's meeting page's fold-out control over its list (`Luk alle punkter Referat`).
 */
// (SBSYS's list has only its columns' heading: `Pkt.Tekst`.)
// (A colon may follow the heading, Næstved's flipbook `Indholdsfortegnelse:` over `Punkter på åben dagsorden: 266. ...`;
// it stays outside the match, so a heading line compares to its text without the colon.)
export const CONTENTS_LIST_HEADING = /(?:^|\s)(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Sagsoversigt|Dagsordenspunkter|PUNKTER|Følgende\s+sager\s+behandles:?|Pkt\.\s?Tekst|Åbne\s+dagsordenspunkter|Luk\s+alle\s+punkter(?:\s+(?:Referat|Dagsorden))?)(?=:?(?:\s|$))/u;

/**
 * An entry's number where the list may run together on one line (`1 Meddelelser 2 Forslag ...`, `1... Meddelelser
 * 2... Søndergård`), or `01.` on a line of its own over its title: a number of at most three digits, then the title's
 * capital letter (or a quote) on the same line, or on the next after a full stop or a leader's dots (a bare number
 * over a line is a page-number column's). Group 1 the number.
 */
// (SBSYS's `Pkt.Tekst` list glues the number to the title at a line's start: `142Godkendelse af dagsorden`.)
// (A word processor's contents with a dotted tab leader between the number and the title, `1......... Forslag til ...`,
// `10...... Frigivelse af ...`: four or more dots, a capital after them.)
// (A title may open with an ordinal, `1. 3. økonomi og aktivitetsrapportering`: the report's count, not an entry; or
// `344 2. behandling af budget 2020-23`: the reading's number, then a lower-case word.)
export const CONTENTS_ENTRY_NUMBER = /(?<=^|\s)0?(\d{1,3})(?:\.{1,3}\s+(?=[\p{Lu}"“]|\d{1,2}\.\s\p{L})|\.{4,}\s*(?=\p{Lu})|[ \t\u00a0]+(?=[\p{Lu}"“]|\d\.\s+\p{Ll})|(?<=^\d{1,3})(?=\p{Lu}\p{Ll}))/gmu;

/**
 * An entry introduced by its access word (Bornholm's `åbent 3 Titel`, `lukket 101 Lukket punkt: salg af areal`): the
 * word belongs to the entry it opens, not to the title before it, and `lukket` marks that entry closed. The word makes
 * the number an entry's whatever follows (`åbent 6 § 17 stk. 4 udvalg ...`), and a closed item's number may jump (101
 * after 20). Group 1 the access word, group 2 the number.
 */
// (Also a pre-2007 protocol's `Åben sag: 238. Efterretning Åben sag: 239. ... Lukket sag: 253. ...`, run into one line.)
// (The labelled form may stand at a line's end, its number opening the next line: an extraction broke the run there.)
// (Also an old protocol's number with its place on the agenda, `Åben sag:` / `49 /1` / `Spørgetid`, the title under it.)
export const CONTENTS_ACCESS_ENTRY = /(?<=^|\s)(åben|åbent|lukket)(?:[ \t\u00a0]+sag:\s+|[ \t\u00a0]+)0?(\d{1,4})(?:[ \t\u00a0]*\/\d{1,3}\s+|\.?[ \t\u00a0]+)(?=\S)/gimu;

/**
 * An entry whose access stands in brackets after its number (`1 (Åben) Ansøgning om ... ....... 3`, `12 (Lukket)
 * Salg af grund`): as an access word before it, the number is an entry's and `Lukket` marks it closed. Group 1 the
 * number, group 2 the access word.
 */
export const CONTENTS_BRACKETED_ACCESS_ENTRY = /(?<=^|\s)0?(\d{1,4})[ \t\u00a0]+\((åben|åbent|lukket)\)[ \t\u00a0]+(?=\S)/gimu;

/**
 * The contents heading glued to the head's last word by an old web page (`7860 SpøttrupIndholdsfortegnelse`), or to the
 * last member's party bracket by a region's (`Egon Bo (I)Indholdsfortegnelse åbent møde`).
 */
export const GLUED_CONTENTS_HEADING = /[\p{Ll})](Indholdsfortegnelse)(?=\s|$)/u;

/** How far after its heading a contents list is looked for (characters): a list of a hundred entries. */
export const CONTENTS_LIST_REACH = 12000;

/** A list without a heading is an agenda only with this many numbered lines in a row (two may be any numbered pair). */
export const HEADLESS_LIST_MIN = 3;

/** How far a list's numbering may jump where an extraction lost an entry's number (`3 ... 5 ...`). */
export const CONTENTS_NUMBER_GAP = 3;

/**
 * A dotted leader and the page number after it (`Godkendelse af dagsorden ........3`, a preface's Roman `...iii`); a
 * transcript may run the page column's label in after the first entry's (`... del...5 Side 2. Godkendelse ...`).
 */
export const CONTENTS_LEADER = /\s*\.{3,}\s*(?:(?:\d{1,4}|[ivxlc]{1,7})(?:\s+Side)?)?\s*$/u;

/**
 * A leader and its page glued to it inside a run-on entry's text, more text after it (`Dallund Slot...ii Til behandling
 * ...`): the title's end. (Glued: an ellipsis before a word, `Nye tider... i Vestby`, is the title's.)
 */
export const CONTENTS_LEADER_INSIDE = /\.{3,}(?:\d{1,4}|[ivxlc]{1,7})\s+(?=\p{Lu})/u;

/** A page number after the title (`Udpegning til bestyrelsen 5`). */
export const CONTENTS_PAGE_NUMBER = /\s+\d{1,3}$/u;

/** The closed part's heading inside the list: `Lukket dagsorden`, `Lukkede dagsordenspunkter`, `Lukket møde`, `Lukket referat`. */
export const CONTENTS_CLOSED_PART = /\b(?:Lukket|Lukkede|LUKKET|LUKKEDE)\s+(?:dagsorden|dagsordenspunkter|møde|punkter|sager|referat|DAGSORDEN|MØDE|REFERAT)\b/u;
/** A region's second contents heading, over the closed items' own list: `Indholdsfortegnelse lukket møde`. */
export const CLOSED_CONTENTS_HEADING = /Indholdsfortegnelse\s+lukket\s+møde\b/iu;

/**
 * An entry that prints the treating committee's code between its number and its title (`5 ØK Titel`, `18 TM forslag til
 * ...`), or the code alone where the extraction lost the number (`contents-code-column.ts`). Groups `number`, `code`.
 */
export const CONTENTS_CODE_ENTRY = /(?<=^|\s)(?:(?<number>\d{1,3})\s+)?(?<code>\p{Lu}{2,4})\s+(?=[\p{L}"“])/gu;

/** A contents title longer than this is several titles run together (their numbers lost): no title is read from it. */
export const CONTENTS_TITLE_MAX = 200;

/**
 * The words an agenda title opens with (`Godkendelse af ...`, `Endelig behandling af ...`, `Orientering om ...`): in a
 * run of titles whose numbers the extraction lost, each such capitalised word before a lower-case one may start a
 * title. Read only where the run's count is known (`counted-title-runs.ts`).
 */
export const TITLE_OPENING_WORD = /(?<=\s)(?:Godkendelse|Endelig|Forslag|Orientering|Ansøgning|Dialogmøde|Status|Evaluering|Beslutning|Høring|Budgetopfølgning|Årsregnskab|Anlægsbevilling|Anlægsregnskab|Meddelelser|Genoptagelse|Revision|Udpegning|Valg|Drøftelse|Udmøntning|Kommissorium|Fastsættelse|Frigivelse|Fordeling|Opfølgning|Spørgetid|Eventuelt|Temadrøftelse|Til\s+orientering)(?=\s+\p{Ll}|\s+-\s|$)/gu;

/** An item's number printed after a run of titles (the next page's heading, `210. Godkendelse ...`). Group 1 the number. */
export const NUMBER_AFTER_RUN = /(?<=\s)(\d{1,3})\.\s+\p{Lu}/gu;

/** How many titles a run whose numbers were lost may hold at most. */
export const COUNTED_RUN_MAX = 40;

/**
 * A contents entry as Word's table of contents writes a heading that its automatic numbering numbered: the number,
 * a tab, the title, and (on a kept line) a tab and the page: `3.<TAB>Høring: ...<TAB>2`. A sub-heading's `8.1` is no
 * item's number. Group 1 the number, group 2 the title.
 */
export const TAB_NUMBERED_ENTRY = /^(\d{1,3})\.?\t+(\S.*?)(?:\t+\d{1,4})?\s*$/u;

/**
 * Entries of a contents list that are no agenda items: the attachment overview and the signature page closing the list
 * (`Bilagsoversigt...20`, `Underskriftsside...21`). A run of titles ends there (`unnumbered-items.ts`).
 */
export const CONTENTS_NON_ITEM_TITLE = /^(?:Bilagsoversigt|Bilagsliste|Bilagsfortegnelse|Underskriftsside|Underskriftsblad|Underskrifter|Underskrift|Indholdsfortegnelse)(?![\p{L}])/u;

/**
 * What may follow an item's title on its heading line, when a transcript ran the heading into the item's first field
 * (`Godkendelse af dagsorden Sagsnr.: 14/...`, `... Vestermarkskolen 13/30382 Beslutningstema: ...`, `Godkendelse af
 * dagsorden Beslutning i Byrådet den : ...`): a case-number label or number, or a section label.
 */
export const FIELD_AFTER_TITLE = /^(?:Sagsnr|Sags\s?nr|Sagsnummer|Sagsid|J\.\s?nr|Journalnr|Dok\.\s?nr|Beslutning|Beslutningstema|Sagsfremstilling|Indstilling|Resum[eé]|Baggrund|Åben\s+sag|Åbent\s+punkt|Lukket\s+punkt|\d{2}\/\d{2,6}(?!\d)|\d{2}\.\d{2}\.\d{2}(?!\d)|EMN-\d)/u;

/**
 * The page column's heading right after a contents list's (`Følgende sager behandles på mødet Side <Titel> 2`): the
 * numbers in the list are its pages, not the items' (`paged-contents.ts`).
 */
export const PAGED_CONTENTS_COLUMN = /^\s*(?:på\s+mødet\s+)?Side\s+(?=[\p{Lu}"“])/u;

/** A page number after a title, before the next title's capital (or the line's end). Group 1 the page. */
export const PAGED_ENTRY_PAGE = /\s(\d{1,3})(?=\s+[\p{Lu}"“]|\s*$)/gmu;

/** A paged list is one with at least this many titles. */
export const PAGED_CONTENTS_MIN = 3;

/**
 * A title whose page the extraction lost, run into a standing one-word item after it (`Erhvervsstrategi Meddelelser`):
 * group 1 the title, group 2 the standing item.
 */
export const STANDING_TITLE_AFTER_TITLE = /^(\p{Lu}.*\S)\s+(Meddelelser|Eventuelt|Spørgetid)$/u;
