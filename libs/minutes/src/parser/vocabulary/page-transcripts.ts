import { DATE_SOURCE, MONTH_NAMES } from './dates.js';
import { holdsWord } from '../whole-text-search.js';

/**
 * PDF-to-text transcripts (docplayer and similar viewers) print a whole PDF page as one line, numbered by the
 * page: `1 Referat fra møde i Økonomiudvalget Tirsdag den 18. maj 2010 ... Side 1 af 56`. The segmentation
 * pre-pass cuts such a page back into lines before the boundaries every referat writes: head labels, item
 * headings, section labels, case-number labels, the contents heading and page furniture. Each entry is a
 * pattern matched where a cut may fall (after a space), anchored at that point.
 */

/** The viewer's own lines around the transcript: not the document's (docslib's `Total Page:16`, `File Type:pdf, Size:1020Kb`). */
export const TRANSCRIPT_CHROME = /^(?:størrelse:\s*px|starte visningen fra side:?|transkript|save this pdf as:?|word\s+png\s+txt\s+jpg|total\s+page:\s*\d+|file\s+type:\s*pdf,\s*size:\s*[\d.,]+\s*[km]b)$/iu;

/**
 * The viewer's download link carries the document's title whole (`Download "Byrådet REFERAT. Mødedato: Torsdag
 * den 27-03-2008"`), where the transcript of the first page may have lost the date: the title is kept as a line.
 */
export const DOWNLOAD_TITLE = /^download\s+"(?<title>.+?)"?$/iu;

/**
 * The viewer writes the title as the first page's lines joined by a full stop and a space (`AALBORG BYRÅD. Aalborg Byråd.
 * Folkeoplysningsudvalget. Mødet den 25.06.2014, kl. 15:00. Boulevarden 13, Lokale 1`): cut back into those lines where
 * a capital follows, so that the head reads them as the head's lines (an abbreviation's `kl. 15:00`, `til. Byrådet`
 * stays whole).
 */
export const DOWNLOAD_TITLE_LINE_JOIN = /\. (?=\p{Lu})/u;

/**
 * A page line: its page number, then the page's text (long, or the number is the next in sequence). A glyph the
 * viewer could not show stands as `!` after the number on some PDFs' pages (`1 ! R e f e r a t MØDE ...`, once the
 * letter-spacing is read back `1!Referat MØDE ...`).
 */
export const PAGE_NUMBER = /^(?<page>\d{1,3})(?: ?! ?| )(?=[\p{L}\d"“])/u;

/** Pages shorter than this are cut only when they carry the next page number of a run of pages. */
export const RUN_TOGETHER_PAGE_LENGTH = 250;

/**
 * Head labels with their colon (`Mødedato:`, `Starttidspunkt for møde:`, `Afbud fra:`, `Mødet hævet:`, `Referent:`; the
 * meeting's number and the document's own date, `Referat Byrådet Møde nr.: 10/2019 Dannet den: Tirsdag den`, so that the
 * body before them stands alone), and the
 * date label without one when the date follows (`Dato 13. januar 2016`). (`Tid:` too: a letter-style head's `Dato: <the
 * letter's day> Initialer: ug ... Tid: Fredag den <the meeting's day> kl. ...` gives the meeting's day under it.) (A PDF whose labels are a column before their
 * values transcribes as `Deltagere: Fraværende: Referent: <the values>`: each label cut off, none takes the values.)
 */
const HEAD_LABEL = String.raw`(?:(?:Møde\s+nr\.?|Dannet\s+den|Mødedato|Mødedo|Dato|Mødested|Mødelokale|Sted|Starttidspunkt(?:\s+for\s+møde)?|Sluttidspunkt(?:\s+for\s+møde)?|Mødetidspunkt|Tid|Mødet\s+hævet|Mødet\s+slut|Udsendelsesdato|Afbud(?:\s+fra)?|Fraværende|Ikke\s+til\s+stede|Mødedeltagere|Deltagere|Til\s+stede|Tilstede|Gæster|Medlemmer|Bemærkninger|Øvrige\s+bemærkninger|Referent|Sekretær|Protokolfører|Til\s+behandling\s+forelå)\s*:|Dato\s+(?=\d))`;

/**
 * An attendance label without its colon, a member's name and party letter after it (`Medlemmer Anne Holm (A) Bo Lund (V)
 * ... Fraværende Bo Lund (V)`): a label as the colon's are, where the name in front of a party letter tells it from prose.
 */
// (Also an empty substitute label straight before the member list, `Fraværende A, B Stedfortræder Medlemmer A (V) ...`:
// a field of the head's label row left empty, cut off so that the absence list before it does not end in the label.)
const BARE_ATTENDANCE_LABEL = String.raw`(?:(?:Medlemmer|Deltagere|Fraværende|Afbud|Til\s+stede)(?=\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s+\(\p{Lu}{1,2}\))|Stedfortrædere?(?=\s+Medlemmer\s))`;

/**
 * A member column that prints each member's login in brackets and the party letter after it (`Henrik Holm (hjhoho) V
 * Lise Dam (lida) A`, an SBSYS head's `Medlemmer` table run into one line): read back as the usual `Henrik Holm (V)`.
 * Looked for only in a page that holds `LOGIN_KEY`.
 */
export const LOGIN_THEN_PARTY = /(?<=\p{L}) \(\p{Ll}{2,8}\d{0,2}\) (\p{Lu}{1,2})(?=[ ,]|$)/gu;
export const LOGIN_KEY = ') ';
/**
 * The bare labels after such a member run, names (or none) after them: `... Sadik Holm (A) Fraværende Bemærkninger Mødet
 * begynder kl. 15.`: given their colon (in a page whose logins were read back), so that they are cut and read as labels
 * (the empty `Fraværende` does not take the remark as names).
 */
export const BARE_LABEL_AFTER_MEMBERS = /(?<=(?:\(\p{Lu}{1,2}\)|(?<![\p{L}])(?:Fraværende|Afbud))\s+)(Fraværende|Afbud|Bemærkninger)(?=\s|$)/gu;

/**
 * The body in capitals as a page's running head prints it between the date and the item's title (`tirsdag den 18. juni
 * ØKONOMIUDVALGET Bemærkninger til dagsordenen`, `ALLERØD BYRÅD Spørgsmål til Byrådet`): a line of its own, cut before
 * and after.
 */
const BODY_IN_CAPITALS = String.raw`(?<!\p{Lu}\s+)(?:\p{Lu}{3,}\s+)?\p{Lu}*(?:UDVALGET|BYRÅD|BYRÅDET|RÅDET|KOMMUNALBESTYRELSEN)(?=\s+\p{Lu}\p{Ll})`;

/**
 * A head written in prose run into one line with the letterhead (Allerød's KMD-era PDF: `ALLERØD KOMMUNE Allerød Byråd
 * Møde nr. 13 Mødet blev holdt torsdag den ... på Rådhuset i Borgerportalen. Mødet begyndte kl. 18:30 ...`): cut before
 * the meeting's number, before each sentence about the meeting, and after the municipality's name in capitals.
 */
const PROSE_HEAD_PART = String.raw`(?:${BODY_IN_CAPITALS}|(?<=${BODY_IN_CAPITALS}\s+)\p{Lu}\p{Ll}|Møde\s+nr\.\s*\d{1,3}(?:[-/]\d{2,4})?(?=\s)|Mødet\s+(?:blev\s+holdt|blev\s+afholdt|begyndte|holdes|afholdes)\s|(?<=(?:^|\s)\p{Lu}{3,}(?:-\p{Lu}{3,})?\s+KOMMUNE\s+)\p{Lu}\p{Ll})`;

/** Case-number labels, with or without their colon (`Sagsnr.:`, `J.nr.:`, `Sagsid.:`, `Sagsnr Dok.nr`). */
const CASE_LABEL = String.raw`(?:Sagsnr\.?|Sags\s+nr\.?:|J\.\s?nr\.?|Sagsid\.?|Dok\.\s?nr\.?|Sagsbeh\.?|Initialer)(?=[\s:.])`;

/**
 * Acadre's field for the deciding body after the case number on one transcript line (`Sagsid: 17/24261 Sagen afgøres i:
 * Kultur- og Fritidsudvalget`): a label of its own, so that the case number's line holds the case number only.
 */
const DECIDING_BODY_LABEL = String.raw`Sagen\s+afgøres\s+i\s*:`;

/**
 * A month's name printed with a capital (`24. August 2016`, a transcript's head): after a day's number it is a date,
 * no item heading.
 */
const CAPITALISED_MONTH = `(?:${MONTH_NAMES.split('|').map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|')})`;

/**
 * Item headings: `12. Titel`, `Sag nr. 74 Titel`, `Punkt 3:`, `Pkt. 3 Titel`; not a decision's `Pkt. 5 behandles før
 * pkt. 2` (a title starts with a capital).
 */
// (Aalborg's transcript: `... Erik Holm Åben Punkt 1. Budgetprocedure ...`, the access word before `Punkt N.`: cut before
// both, so that the access word is no name's and the heading keeps its label.)
// (Hørsholm's `... behandlet på mødet ØU-55/07-O Økonomisk orientering ...`: the committee's item code opens a heading.)
const ITEM_HEADING = String.raw`(?:\d{1,3}\.\s+(?!${CAPITALISED_MONTH}\.?,?\s+\d{4})\p{Lu}[\p{L}"“]|Sag\s+nr\.\s*\d{1,4}\s|\p{Lu}{1,4}-\d{1,4}\/\d{2}-\p{Lu}{0,2}\s+\p{Lu}|Punkt\s+\d{1,4}\s*:|Punkt\s+\d{1,4}\.\s+\p{Lu}|(?:Åben|Lukket)(?=\s+Punkt\s+\d{1,4}\.\s)|Pkt\.\s*\d{1,4}\s+(?=[\p{Lu}\d"“]))`;

/**
 * The administration's recommendation run on after an item's title (`1. Budgetprocedure Sundheds- og
 * Kulturforvaltningen indstiller, at ...`): the title ends before the recommending office.
 */
// (Not inside a joined name: `Sundheds- og | Kulturforvaltningen` is one office.)
const RECOMMENDING_OFFICE = String.raw`(?:\p{Lu}[\p{L}-]*\s+og\s+\p{Lu}\p{Ll}+forvaltningen|(?<!\bog\s+)(?:\p{Lu}\p{Ll}+forvaltningen|Forvaltningen|Administrationen|Direktionen))\s+indstiller\b`;

/**
 * A decision block whose date the transcript lost (`Beslutning i Erhvervsudvalget den Indstillingen tiltrådt.`,
 * `Beslutning i Byrådet den : Godkendt.`, `Beslutning Økonomiudvalget den Godkendt.`, Tårnby's capitals `BESLUTNING I
 * TEKNIK- OG MILJØUDVALGET DEN Godkendt.`): a label of its own, as the undated `Beslutning` is.
 */
const UNDATED_DECISION_HEAD = String.raw`(?:Beslutning(?:er)?\s+(?:i\s+)?\p{Lu}[\p{L},-]*(?:\s+[\p{L},-]+){0,5}?\s+den|BESLUTNING(?:ER)?\s+(?:I\s+)?\p{Lu}[\p{Lu},-]*(?:\s+[\p{Lu},-]+){0,5}?\s+DEN)`;
const UNDATED_DECISION_BLOCK = String.raw`${UNDATED_DECISION_HEAD}(?:\s*:(?=\s|$)|(?=\s+\p{Lu}))`;

/**
 * That block's heading at a piece's start, without its colon: `prepass/segment-pages.ts` gives it one, its text kept on
 * its line (a decision's first sentence may read as a heading at a line's start: `Pkt. 5 behandles før pkt. 2`).
 */
export const UNDATED_DECISION_START = new RegExp(String.raw`^${UNDATED_DECISION_HEAD}(?=\s+\p{Lu}|$)`, 'u');

/** Labels of an item's sections as upper-case or capitalised headings, followed by their text. */
const SECTION_LABEL = String.raw`(?:INDSTILLING|SAGSFREMSTILLING|BESLUTNING|RESUM[EÉ]|FORVENTET\s+SAGSGANG|BILAG|(?:ÅBENT|LUKKET)(?!\s+(?:MØDE|DAGSORDEN|REFERAT))|Indstilling|Sagsfremstilling|Beslutning|Resum[eé]|Lovgrundlag|Bilag|Tidligere\s+behandling|Åben\s+sag|Lukket\s+sag)(?=\s+\p{Lu}|\s*:|$)`;

/** The open and closed parts of the agenda: `LUKKET MØDE`, `Åbent møde`. */
const PART_HEADING = String.raw`(?:ÅBENT|LUKKET|Åbent|Lukket)\s+(?:MØDE|DAGSORDEN|møde|dagsorden)(?=\s|$)`;

/**
 * Page furniture inside a page: `Side 2 af 56`, `SIDE 1`, `Side iv`, and the footer that tells the open part
 * from the closed (`åben`, `lukket` ending the page).
 */
const FURNITURE = String.raw`(?:(?:Side|SIDE)\s+(?:\d{1,4}(?:\s+af\s+\d{1,4})?\.?|[ivxl]{1,6})(?=\s|$)|(?:åben|lukket)$)`;

/** The contents heading. */
const CONTENTS = String.raw`(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Indhold(?=\s+\p{Lu}))`;

/** The contents heading and its column headers (`Indholdsfortegnelse Sag nr. Side`): the heading is kept, the headers dropped. */
export const CONTENTS_THEN_TEXT = /^(Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Indhold)(?:\s+(?:Sag\s+nr\.?:?|Pkt\.|Side|Tekst|Emne))*(?:\s+|$)/u;

/**
 * A dated decision block: `Økonomiudvalget den 25. oktober 2005, pkt. 3`, and with its label and a comma before the
 * date, run on after a title's full stop (`... for vandværk. Beslutning i Økonomiudvalget, den 18. januar 2012: ...`).
 */
const DATED_TREATMENT = String.raw`(?:Beslutning\s+i\s+\p{Lu}\p{Ll}+(?:udvalget|rådet|bestyrelsen),\s+den\s+${DATE_SOURCE}|\p{Lu}\p{Ll}+(?:udvalget|rådet|bestyrelsen|Udvalget)\s+den\s+${DATE_SOURCE})`;

/**
 * Where a page line is cut: before any of the boundaries above (a space before it), never right after an item
 * number (`43. Lukket sag: ...` is one heading) nor after a word that a number follows in prose (`under punkt
 * 23. Bent Hansen ...`), nor between a dated page header's `Side` and its number (`Vestby Kommune 4. marts 2020 Side 1. Åbent
 * referat ...`; a contents list's column header before its first entry, `Punkter til dagsorden Side 1. Godkendelse ...`,
 * is cut).
 */
export const PAGE_CUT = new RegExp(String.raw`(?<!(?:^|\s)\d{1,3}\.)(?<!\b(?:[Pp]unkt|pkt\.|nr\.|stk\.|§))(?!(?<=\b(?:19|20)\d\d\s+(?:Side|SIDE))\s+\d{1,4}\.\s)\s+(?=${HEAD_LABEL}|${BARE_ATTENDANCE_LABEL}|${PROSE_HEAD_PART}|${UNDATED_DECISION_BLOCK}|${CASE_LABEL}|${DECIDING_BODY_LABEL}|${ITEM_HEADING}|${SECTION_LABEL}|${PART_HEADING}|${FURNITURE}|${CONTENTS}|${DATED_TREATMENT}|${RECOMMENDING_OFFICE})`, 'gu');

/** Page furniture at the start of a piece (the rest is the page's text), or the whole piece. */
export const FURNITURE_START = new RegExp(String.raw`^${FURNITURE}\s*`, 'u');

/**
 * A section label and its text on one piece (`Beslutning Godkendt.`) is cut in two, as other exports print it;
 * not a dated decision block (`Beslutning Økonomiudvalget den 3. maj 2005`), which is one heading.
 */
export const LABEL_THEN_TEXT = new RegExp(String.raw`^(${SECTION_LABEL})\s+(?=\S)(?!\p{Lu}[^.]{0,80}?\s(?:den\s+)?${DATE_SOURCE})`, 'u');

/**
 * A PDF font whose `at` glyph the extraction dropped writes `Refer` for `Referat`, `Do` for `Dato` and `Mødedo` for
 * `Mødedato` (Vordingborg's and Tønder's transcripts: `Kommunalbestyrelsen Refer Do 29. januar 2015`). Only in a text
 * that shows the symptom (`Refer` as a word of its own), and `Do` only before a written date: read back as the labels
 * they are (`prepass/lost-glyph-labels.ts`).
 */
export const LOST_GLYPH_SYMPTOM = 'Refer ';
export const LOST_GLYPH_LABELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])Refer(?= )/gu, 'Referat'],
  [/(?<![\p{L}])Do(?= \d{1,2}\. ?\p{Ll}{3,9}\.? \d{4})/gu, 'Dato'],
  [/(?<![\p{L}])Mødedo(?=\s*:)/gu, 'Mødedato'],
];

/**
 * A member list's label cut at the page's left edge in a transcript (Allerød 2011: `... sluttede kl. 20:10. mer:
 * Borgmester - Erik Lund (C), ...` for `Medlemmer:`): the label's tail in lower case, after a sentence's end or at a
 * line's start, a member and party letter after it. Each label with the ending every tail of it keeps (what
 * `prepass/lost-glyph-labels.ts` searches for) and the shortest tail read back.
 */
export const CUT_LIST_LABELS: ReadonlyArray<{ label: string; ending: string }> = [
  { label: 'Medlemmer', ending: 'mer:' },
  { label: 'Deltagere', ending: 'ere:' },
];
export const CUT_LABEL_SHORTEST_TAIL = 3;
/** What follows a cut member label: a first entry closed by a party's letters in brackets, before a comma. */
export const MEMBER_ENTRY_AFTER_LABEL = /^\s+[^,()\n]{2,60}\(\p{Lu}{1,3}\),/u;

/**
 * A Word referat's two-column tables extracted without their layout (`prepass/label-column-runs.ts`): a label cell
 * alone on its line (`Sagsnr.:`, `Mødetidspunkt:`, `Tidligere behandling:`: a capitalised word, at most three, and
 * the colon), a long label wrapped over two lines (`Tidligere` / `behandling:`). Asked only of texts in which a label
 * line stands right over `Beslutning:` (the last row of an item's table).
 */
export const COLUMN_RUN_LABEL = /^\p{Lu}[\p{L}.-]*(?:\s[\p{L}.-]+){0,2}:$/u;
export const COLUMN_RUN_LABEL_HEAD = /^\p{Lu}\p{Ll}+$/u;
export const COLUMN_RUN_LABEL_TAIL = /^\p{Ll}[\p{L}.-]*:$/u;
/** A numbering alone on the line over an item's title (`Sag 2`, `Pkt. nr. 3`, `§ 4`, `II`, `5.`). */
export const NUMBERING_OVER_TITLE = /^(?:[\p{Lu}§][\p{L}.]*\s*(?:[\p{L}.]+\s+)?)?(?:\d{1,3}|[IVXLC]{1,6})\.?$/u;
export const mayHoldLabelColumnRuns = (text: string): boolean =>
  holdsWord(text, ':\nBeslutning:') || holdsWord(text, ':\r\nBeslutning:') || labelOverDecisionApart(text);

/**
 * A label line over `Beslutning:` with spaces after its colon, or a page's counter (a short line without a colon)
 * between the two, as an extraction may write them: asked at each `Beslutning:` that starts a line.
 */
function labelOverDecisionApart(text: string): boolean {
  for (let at = text.indexOf('\nBeslutning:'); at >= 0; at = text.indexOf('\nBeslutning:', at + 1)) {
    if (LABEL_LINE_END_OVER.test(text.slice(Math.max(0, at - LOOK_BACK), at + 1))) return true;
  }
  return false;
}
const LABEL_LINE_END_OVER = /:[^\S\n]*\n(?:[^\S\n]*[^\s:][^\n:]{0,15}\n)?$/u;
const LOOK_BACK = 24;

/**
 * The labels of a head whose labels stand in a row before their values (`prepass/label-row-values.ts`), by the kind of
 * value each takes: a place, a list of names (or `Ingen`), one name. A label of another kind (`Bemærkninger:`, a time)
 * makes the row one whose values are not cut.
 */
export type LabelRowKind = 'place' | 'names' | 'name';
/**
 * A head table's labels in a row without their colons, then their values run together (Vordingborg's docplayer
 * transcript: `... Sluttidspunkt 20:25 Sted Medlemmer Fraværende Byrådssalen, Vordingborg Rådhus A B, C D, E F G H
 * Bemærkninger`): two to four labels of the kinds below, a capital after them. Group 1 the labels.
 */
export const BARE_LABEL_ROW = /(?:^|\s)((?:Mødested|Sted|Deltagere|Medlemmer|Fraværende|Afbud)(?:\s+(?:Mødested|Sted|Deltagere|Medlemmer|Fraværende|Afbud)){1,3})\s+(?=\p{Lu})/u;

/** The row's next label after the values, with no value of its own: `... E F G H Bemærkninger`. */
export const ROW_CLOSING_LABEL = /\s+(Bemærkninger(?:\s+til\s+dagsorden(?:en)?)?)$/u;

export const LABEL_ROW_KINDS: ReadonlyArray<readonly [LabelRowKind, RegExp]> = [
  ['place', /^(?:Mødested|Mødelokale|Sted)$/u],
  ['names', /^(?:Deltagere|Mødedeltagere|Medlemmer|Fraværende|Afbud(?:\s+fra)?|Ikke\s+til\s+stede)$/u],
  ['name', /^(?:Referent|Sekretær|Protokolfører)$/u],
];

/**
 * A head table of two label columns in capitals, each column's values beside it and the committee's name printed large
 * beside the second (Skive's template of 2006-2008), that a transcript writes as one row: a column's labels, then their
 * values, then the next column's (`SKIVE KOMMUNE MØDESTED: MØDEDATO: Rådhuset, Byrådssalen 25-03-2008 DAGSORDEN
 * MØDETIDSPUNKT: MØDET HÆVET: Byrådet 17.00`; `prepass/capital-label-row.ts`). The labels, by the kind of value each
 * takes: a place (words), a date or a time (one token at the end of the column's values; the transcript of the page
 * itself may have lost it, the viewer's download title keeps it).
 */
export type CapitalRowKind = 'place' | 'date' | 'time';
export const CAPITAL_ROW_LABELS: ReadonlyArray<readonly [string, CapitalRowKind]> = [
  ['MØDESTED', 'place'],
  ['MØDEDATO', 'date'],
  ['MØDETIDSPUNKT', 'time'],
  ['MØDET HÆVET', 'time'],
];

/** A date or a time as such a row prints it (`25-03-2008`, `17.00`; `17.` where the viewer cut its title short). */
export const CAPITAL_ROW_VALUE: Readonly<Record<Exclude<CapitalRowKind, 'place'>, RegExp>> = {
  date: /^\d{1,2}[-.]\d{1,2}[-.]\d{4}$/u,
  time: /^(?:kl\.)?\d{1,2}[.:](?:\d{2})?$/u,
};

/** The document's title in capitals, printed between the columns (`DAGSORDEN`, `REFERAT`): a line of its own. */
export const CAPITAL_ROW_TITLE = /^(?:DAGSORDEN|REFERAT|BESLUTNINGSPROTOKOL|PROTOKOL)$/u;

/** A chair's row label before the first member's name in such a row's values (`Formand: Anne Holm (A) ...`). */
export const ROW_ROLE_LABEL = /^(?:Formand|Næstformand|Forperson)\s*:\s*(?=\p{Lu})/u;

/** The list value that names no one (`Fraværende: Ingen`). */
export const NO_ONE = 'Ingen';

/** Lower-case words inside a name (`Dorthe la Cour`, `Ib van Dam`). */
export const NAME_PARTICLE = /^(?:la|le|de|di|da|van|von|af|du)$/u;

/**
 * The last word of a place that other values follow: a lower-case word (`det gamle rådhus`), one with a digit
 * (`Lokale 21`, `1. sal`), or a room's or a building's noun (`Mødesalen`, `Byrådssalen`, `Dronningeværelset`, `Rådhuset`):
 * never the first word of a name.
 */
export const PLACE_END_WORD = /^(?:\p{Ll}.*|.*\d.*|\p{Lu}\p{L}*(?:sal|salen|lokale|lokalet|værelse|værelset|stue|stuen|rum|rummet|hus|huset|kontor|kontoret|center|centret|centeret|gård|gården|bygning|bygningen|skole|skolen)[.,]?)$/u;
