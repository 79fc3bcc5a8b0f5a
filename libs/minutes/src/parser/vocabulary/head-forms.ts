import { DATE_SOURCE } from './dates.js';

/**
 * Heads written in forms other than `<label>: <value>`, each turned into the labelled lines the head reader knows
 * (`head-forms.ts`): a sentence naming the meeting, attendance in sentences, a label table.
 */

/** The verb of a sentence that says the meeting was held: `blev holdt`, `afholdtes`, `blev afholdt`. */
const HELD = String.raw`(?:blev\s+)?(?:af)?holdt(?:es)?`;
const MEETING_KIND = String.raw`(?:(?:ekstra)?ordinære?\s+|åbne?\s+)?`;

/**
 * Sentences that name the meeting (group `body` when they name the body, `bodyByPlace` when its place in the sentence
 * makes it one, `Udvalget for Plan, Trafik og Klima` too; `rest` holds the date, time and place):
 * `Referat af mødet i <organ>, som blev holdt tirsdag den 3. marts 2015 kl. 16.00 på Rådhuset`, `<Organ> holdt møde den
 * ...`, `Mødet i <organ> blev afholdt den ...`, `Mødet blev afholdt den ...`. The rest must hold a date.
 */
export const MEETING_SENTENCES: ReadonlyArray<{ pattern: RegExp; bodyByPlace: boolean }> = [
  { pattern: new RegExp(String.raw`^(?:referat|protokol|beslutningsprotokol)\s+(?:af|fra|for)\s+(?:det\s+)?${MEETING_KIND}møde(?:t)?\s+i\s+(?<body>\p{Lu}.{1,80}?),?\s+(?:som|der)\s+${HELD}\s+(?<rest>.+)$`, 'iu'), bodyByPlace: true },
  { pattern: new RegExp(String.raw`^(?:det\s+)?${MEETING_KIND}møde(?:t)?\s+i\s+(?<body>\p{Lu}.{1,80}?)\s+${HELD}\s+(?<rest>.+)$`, 'iu'), bodyByPlace: true },
  // (Any sentence may start `<Subject> holdt møde`: the subject must read as a body's name.)
  { pattern: new RegExp(String.raw`^(?<body>[\p{Lu}§].+?)\s+(?:holdt|afholdt|havde)\s+${MEETING_KIND}møde\s+(?<rest>.+)$`, 'u'), bodyByPlace: false },
  { pattern: new RegExp(String.raw`^mødet\s+${HELD}\s+(?<rest>.+)$`, 'iu'), bodyByPlace: true },
  // A word processor's head: `Referat` (or `REFERAT` on the line above) `af møde tirsdag den 8. november 2005 kl. 17.00 i
  // <sted>`: the date straight after `møde`, no body named.
  {
    pattern: new RegExp(String.raw`^(?:referat\s+)?(?:af|fra)\s+${MEETING_KIND}møde(?:t)?\s+(?<rest>(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d.{4,40}?(?:\s+kl\.?\s*\d{1,2}[.:]\d{2})?)(?:\s+(?:i|på)\s+(?<place>\S.*))?$`, 'iu'),
    bodyByPlace: true,
  },
  // A typed protocol's opening sentence: `Møde i teknisk udvalg onsdag den 11. marts 1981 kl. 15.00 på rådhuset.`, the
  // body in lower case, the place too; a scan may read `Møde` as `Mode` and a typewriter without `å` writes `paa`. (No
  // label in the place: the lines a wrapped sentence was tried with, `REFERAT` / `Fraværende: ...`, are not the place.)
  {
    pattern: new RegExp(String.raw`^m(?:ø|oe|o)de\s+i\s+(?<body>\p{L}.{1,80}?)\s+(?<rest>(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d.{4,40}?(?:\s+kl\.?\s*\d{1,2}[.:]\d{2})?)(?:\s+(?:i|på|paa)\s+(?<place>[^\s:][^:]*))?$`, 'iu'),
    bodyByPlace: true,
  },
  // Lyngby-Taarbæk 2012: `Mandag den 21. maj 2012 kl. 17:00 afholdt Kommunalbestyrelsen møde i Mødesalen/Rådhus.`
  {
    pattern: new RegExp(String.raw`^(?<rest>(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d.{4,60}?)\s+(?:afholdt|holdt)\s+(?<body>\p{Lu}.{1,80}?)\s+${MEETING_KIND}møde(?:\s+(?:i|på)\s+(?<place>\S.*))?$`, 'iu'),
    bodyByPlace: true,
  },
];

/** A sentence's rest states the meeting when it starts with its day: `tirsdag den ...`, `den ...`, `d. ...`, a date. */
export const MEETING_REST_START = new RegExp(String.raw`^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?(?=${DATE_SOURCE}|\d{1,2}\/\d{1,2}\s)`, 'iu');

export type AttendanceLabel = 'Deltagere' | 'Afbud' | 'Fraværende' | 'Stedfortræder';

/**
 * Attendance in sentences (group `names`, a list joined by commas and `og`; `for` for a substitute):
 * `Til stede var A, B og C.`, `Afbud fra D.`, `D havde meldt afbud.`, `E var fraværende.`, `F mødte som stedfortræder
 * for G.` Each becomes its label's line.
 */
export const ATTENDANCE_SENTENCES: ReadonlyArray<[RegExp, AttendanceLabel]> = [
  [/^(?:til\s+stede|tilstede|til\s+stede\s+ved\s+mødet)\s+(?:var|var\s+desuden)\s+(?<names>\p{Lu}.+?)\.?$/iu, 'Deltagere'],
  [/^(?:i\s+mødet\s+)?deltog\s*:?\s+(?<names>\p{Lu}.+?)\.?$/u, 'Deltagere'],
  [/^afbud\s+(?:fra|var\s+meldt\s+(?:fra|af))\s+(?<names>\p{Lu}.+?)\.?$/iu, 'Afbud'],
  [/^(?<names>\p{Lu}.+?)\s+(?:havde|har)\s+(?:meldt\s+)?(?:afbud|forfald)\.?$/u, 'Afbud'],
  // (`ERIK VOLD VAR FRAVÆRENDE UDEN AFBUD.`: a head written in capitals.)
  [/^(?<names>\p{Lu}.+?)\s+(?:var|er)\s+(?:fraværende|ikke\s+til\s+stede)(?:\s+uden\s+afbud)?\.?$/iu, 'Fraværende'],
  [/^(?<names>\p{Lu}[^,]+?)\s+(?:mødte|deltog)\s+som\s+(?:stedfortræder|suppleant)\s+for\s+(?<for>\p{Lu}.+?)\.?$/u, 'Stedfortræder'],
  [/^i\s+stedet\s+for\s+(?<for>\p{Lu}.+?)\s+(?:deltog|mødte)\s+(?<names>\p{Lu}[^,]+?)\.?$/iu, 'Stedfortræder'],
];

/**
 * All but some were there, maybe with why and who stood in: Lyngby-Taarbæk's `Medlemmerne var til stede, undtagen: Gitte
 * Berg (V).`, an old protocol's `Samtlige medlemmer var mødt, bortset fra A (afbud), for hvem stedfortræder B var
 * indkaldt.` Groups: `names` (the ones missing), `reason` (a status word in brackets), `name` (the stand-in).
 */
export const ALL_BUT_SENTENCE =
  /^(?:alle|samtlige)?\s*(?:medlemmerne|medlemmer|udvalgets\s+medlemmer|\p{L}+s\s+medlemmer)\s+var\s+(?:til\s+stede|mødt|fremmødt)\s*,?\s+(?:undtagen|bortset\s+fra)\s*:?\s+(?<names>\p{Lu}.+?)(?:\s*\((?<reason>afbud|forfald|syg|sygdom|ferie|fraværende|uden\s+afbud)\))?(?:\s*,?\s*for\s+hvem\s+(?:stedfortræder(?:en)?|suppleant(?:en)?)\s+(?<name>\p{Lu}.+?)\s+(?:var\s+(?:indkaldt|mødt)|mødte|deltog)(?:\s+og\s+(?:mødte|deltog))?)?\.?$/iu;
/** The bracketed reasons that make a missing member's absence an apology (`afbud`); others are absences. */
export const APOLOGY_REASON = /^(?:afbud|forfald|syg|sygdom|ferie)$/iu;

/** Where a line of prose starts a new sentence of the head: before the sentences above, after a word's full stop (not `1. Fraværende`). */
// (Sentences run together without a space, as older web pages print them: `... mødte Bo Kragh.I stedet for ...`.)
export const HEAD_SENTENCE_BREAK = /(?<=\p{L}{2}\.)\s+(?=(?:til\s+stede|afbud\s+fra|fraværende|mødet\s+blev)\b)|(?<=\p{Ll}{2}\.)\s*(?=I\s+stedet\s+for\s)/iu;
/**
 * Any sentence glued to the one before it without a space, in an older web page's head (`... deltog Bo Lund.Rådmand Eva
 * Berg forlod mødet efter pkt. 4.Borgmesteren orienterede ...`): after a word's full stop, or an item number's after
 * `pkt.` / `punkt`, before a capitalised word. (Case-sensitive, unlike the breaks above: `Bo.Lund` holds no sentence.)
 */
export const GLUED_SENTENCE_BREAK = /(?<=\p{Ll}{2}\.|(?:pkt\.|punkt)\s\d{1,3}\.)(?=\p{Lu}\p{Ll}+\s)/u;

/**
 * An attendance table's header row (Halsnæs: `Navn<tab>Funktion<tab>Til stede<tab>Afbud`): the column of names, and the
 * status each marked column stands for. A row's mark (`X`) in a column gives that member's status.
 */
export const ATTENDANCE_TABLE_NAME_COLUMN = /^(?:navn|medlem|medlemmer|deltager|deltagere)$/iu;
export const ATTENDANCE_TABLE_COLUMNS: ReadonlyArray<[RegExp, AttendanceLabel]> = [
  [/^(?:til\s+stede|tilstede|deltog|mødt|fremmødt)$/iu, 'Deltagere'],
  [/^(?:afbud|forfald|meldt\s+afbud)$/iu, 'Afbud'],
  [/^(?:fraværende|fravær|ikke\s+mødt|ikke\s+til\s+stede)$/iu, 'Fraværende'],
];
/** A status cell that goes on with the items it holds for (`Til stede fra punkt 3`, `Til stede til og med pkt. 5`). */
export const STATUS_FOR_SOME_ITEMS = /^(?<status>.+?)\s+(?<partial>(?:fra|til(?:\s+og\s+med)?|under|efter)\s+(?:punkt|pkt\.?|sag)\s*\d.*)$/iu;
/** A column whose cell names each member's status in words (`Navn | Parti | Status` over `A | V | Afbud`). */
export const ATTENDANCE_TABLE_STATUS_COLUMN = /^(?:status|fremmøde|deltagelse|tilstedeværelse)$/iu;
/**
 * The other columns of an attendance table extracted one cell a line (`Navn` / `Udvalg` / `Bemærkning`): what a row
 * says besides the name, its status (`Afbud`), a stand-in (`Stedfortræder for <navn>`) or partial presence.
 */
export const ATTENDANCE_TABLE_OTHER_COLUMN = /^(?:udvalg|parti|funktion|rolle|titel|bemærkning(?:er)?|status|fremmøde|deltagelse|udpeget\s+af|repræsenterer|organisation)$/iu;
/** A row's remark of partial presence: `Deltog fra punkt 3`, `Forlod mødet efter pkt. 5`. */
export const PARTIAL_REMARK = /^(?:(?:deltog|mødte|ankom)\s+(?:fra|efter|under|til)\s+(?:punkt|pkt\.?|sag)\s*\d+|deltog\s+ikke\s+i\s+(?:punkt|pkt\.?|sag)|forlod\s+mødet)\b.*$/iu;
export const TABLE_MARK = /^(?:x|✓|✔|ja)$/iu;
/** A role cell that names whom the member stands in for: `Stedfortræder for Anja Rosengreen`. */
export const STANDS_IN_FOR = /^(?:stedfortræder|suppleant)\s+for\s+(?<for>\p{Lu}.+)$/iu;
/** A cell that names whom the member stands in for anywhere in it: `Byrådet (stedfortræder for Karsten Lauridsen)`. */
export const STANDS_IN_FOR_WITHIN = /(?:stedfortræder|suppleant),?\s+for\s+(?<for>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+)/u;
/** A presence column's cell that says present, maybe with a remark (`Ja`, `X`, `Ja, gik kl. 17.15`). */
/** A remark that the member left early in the everyday word (`gik kl. 17.15`): written as `forlod mødet ...`. */
export const LEFT_EARLY_WORD = /^gik\b/iu;
export const PRESENCE_CELL = /^(?:ja|x|✓|✔|til\s+stede)(?:\s*,\s*(?<remark>.+))?$/iu;

/** A table's cells: two or more spaces or tabs between them. */
export const CELL_GAP = /\t+\s*| {2,}/u;

/**
 * The municipality and the body as two columns of one head line (a typed protocol's `KORSØR KOMMUNE      BYRÅDET`):
 * the body is the column after the wide gap (three spaces or a tab).
 */
export const MUNICIPALITY_THEN_BODY = /^\p{Lu}[\p{L} -]*?\s(?:kommune|KOMMUNE|Kommune)(?: {3,}|\t+)(?<body>\p{Lu}\S.*)$/u;
