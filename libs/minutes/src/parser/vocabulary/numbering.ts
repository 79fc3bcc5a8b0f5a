import { MONTH_NAMES } from './dates.js';

/**
 * How items are numbered in a heading line. `strong` styles occur only as item headings; `weak` styles
 * (`4. Titel`, a bare number) also number lists inside items, so they need evidence around them.
 * Every pattern reads `number` (may be absent) and `title` (may be empty: the title is then on the next line).
 */
export interface NumberingStyle {
  name: string;
  pattern: RegExp;
  strength: 'strong' | 'weak';
}

export const NUMBERING_STYLES: readonly NumberingStyle[] = [
  // `Punkt 4: Titel`, `Punkt 4 Titel`, `Pkt. 4 - Titel`, `Punkt: Titel`, Hørsholm's `Punkt: 4` alone, the KMD template's
  // `Pkt. nr. 41` over its title (not `Punktet`, not `Punkt 6.6`); a web page's item list may print a bullet before
  // `Punkt` (Vallensbæk's `• Punkt 4 Titel`; Roskilde's `• Pkt. 42 Titel` is its page's contents, the heading under it).
  { name: 'punkt', pattern: /^(?:[•·▪●◦]\s*(?=punkt\s))?(?:punkt|pkt\.?)(?![a-zæøå])\s*(?::\s*(?=\d{1,4}\s*$))?(?:nr\.\s*(?=\d))?(?<number>\d{1,4})?(?![.,]\d)(?:\s*[:.)–-]\s*|\s+|$)(?<title>.*)$/iu, strength: 'strong' },
  { name: 'dagsordenspunkt', pattern: /^dagsordenspunkt\s*(?<number>\d{1,4})\s*[:.–-]\s*(?<title>.*)$/iu, strength: 'strong' },
  // Frederikssund's old PDF `Sag nr. 74 Titel`, a Word referat's `Sag nr. 201.<TAB>Titel` (a title must follow: Rødovre's
  // `Sag nr. 162` alone is a case number).
  { name: 'sag-nr', pattern: /^[Ss]ag\s+nr\.\s*(?<number>\d{1,4})\.?\s+(?<title>\p{Lu}.*)$/u, strength: 'strong' },
  // Hørsholm's old `ØU-55/07-O Titel`: the committee's code, the item's number over the year, the item's type letter
  // (`O` orientering, `D` drøftelse; a transcript may lose it, `ØU-112/07- Titel`).
  { name: 'committee-code', pattern: /^\p{Lu}{1,4}-(?<number>\d{1,4})\/\d{2}-\p{Lu}{0,2}\s+(?<title>\p{Lu}.*)$/u, strength: 'strong' },
  // Fredensborg `Nr.4 - Titel` (a capital: `nr. 64: Boliger ...` is a title wrapped after `lokalplan`).
  { name: 'nr', pattern: /^N[rR]\.\s*(?<number>\d{1,4})\s*[-–:]\s*(?<title>.*)$/u, strength: 'strong' },
  // Ringkøbing-Skjern `4 : Titel`.
  { name: 'spaced-colon', pattern: /^(?<number>\d{1,4})\s+:\s+(?<title>\S.*)$/u, strength: 'strong' },
  // Stevns `• 110. Titel`; Aabenraa's PDF `• 110 Titel` (no full stop: a capital must follow, not `• 3 boliger`).
  { name: 'bullet', pattern: /^[•·▪●◦]\s*(?<number>\d{1,4})(?:\s*\.\s*|\s+(?=\p{Lu}))(?<title>.*)$/u, strength: 'strong' },
  // The same list as pandoc's markdown writes it, `-   21. Titel`: a full stop and a capitalised title must follow
  // (`- 2. behandling af ...` in a list of the text is none). (Not `* `: `lynx -dump` lists a page's contents so.)
  { name: 'dash-bullet', pattern: /^-\s+(?<number>\d{1,4})\.\s+(?<title>\p{Lu}.*)$/u, strength: 'strong' },
  // Gentofte `4 (Åben) Titel`, `5 (Lukket) Titel`, and its older `1  Åbent         Titel`: the access word after the number.
  { name: 'access', pattern: /^(?<number>\d{1,4})\s+(?:\((?<access>åben|åbent|lukket)\)\s*|(?<spacedAccess>åbent|lukket)\s{2,})(?<title>\S.*)$/iu, strength: 'strong' },
  // The same older heading as a transcript writes it, its gaps one space each (`1 Åbent Meddelelser fra formanden`): the
  // access word capitalised, a capitalised title after it. (Only `Åbent`: an attachment list prints `1 Åben Notat`, `2
  // Lukket Notat` so.)
  { name: 'access', pattern: /^(?<number>\d{1,4}) (?<spacedAccess>Åbent) (?<title>\p{Lu}.*)$/u, strength: 'strong' },
  // Pre-2007 intranet referater `21/1. Titel (Åben sag)`: the running number over the year, then the meeting's own.
  { name: 'running-slash', pattern: /^(?<number>\d{1,4}) ?\/ ?\d{1,3}\.\s+(?<title>\p{Lu}.*)$/u, strength: 'strong' },
  // Køge `12.   Titel`: the wide gap after the number is an item heading's.
  { name: 'wide-dotted', pattern: /^(?<number>\d{1,4})\.\s{3,}(?<title>\S.*)$/u, strength: 'strong' },
  // Bornholm `1  Titel`: no full stop, a wide gap after the number (weak: tables space their cells so too). Four
  // digits: a closed item is numbered from 101, and the numbers run on over a year.
  { name: 'wide', pattern: /^(?<number>\d{1,4})\s{2,}(?<title>\p{Lu}.*)$/u, strength: 'weak' },
  // A word processor's `31 – Titel`: the number, a spaced en dash (or hyphen), a capitalised title (weak: `10 – 12
  // deltagere` and year spans are no headings).
  { name: 'dashed', pattern: /^(?<number>\d{1,4})\s+[–-]\s+(?<title>\p{Lu}.*)$/u, strength: 'weak' },
  // `4. Titel`, `123. Titel`, `4) Titel`.
  { name: 'dotted', pattern: /^(?<number>\d{1,4})\s*[.)]\s+(?<title>\S.*)$/u, strength: 'weak' },
  // Vejen `4.Titel`, Frederikssund `4Titel`: the number glued to a capitalised title.
  { name: 'glued', pattern: /^(?<number>\d{1,4})\.?(?<title>\p{Lu}[\p{Ll}\p{Lu}].*)$/u, strength: 'weak' },
  // Aarhus web: the number alone on its line, the title on the next.
  { name: 'bare', pattern: /^(?<number>\d{1,3})\.?$/u, strength: 'weak' },
  // A municipal web page's bulleted item list (Jammerbugt's `• 141` / `Titel` / `• Beslutningstema`): the bullet and
  // the number alone on the line, the title on the next; read as the bare number it is (see item-heading).
  { name: 'bullet-bare', pattern: /^[•·▪●◦]\s*(?<number>\d{1,3})$/u, strength: 'weak' },
];

/**
 * A table's row under a wide-gap number: a title, another wide gap and a column of party letters (a budget meeting's
 * numbered proposals `23<gap>Styrkelse af det sociale område<gap>EL`, `29<gap>Gallo Kriserådgivning<gap>KF og ALT`).
 * Numbered like a heading, it proposes; it heads no item.
 */
export const PARTY_COLUMN = /\S\s{2,}[A-ZÆØÅ]{1,3}(?:\s*(?:,|og|\+|&)\s*[A-ZÆØÅ]{1,3})*\.?$/u;

/** A markdown-marked `## 4. Titel` is as good as a strong style. */
export const MARKED_DOTTED = /^(?<number>\d{1,4})\s*[.:)]\s*(?<title>.*)$/u;

/** Empty type brackets after a title, where a page prints the type field without a value (lokaludvalg pages: `2. Godkendelse af dagsorden ( )`). */
export const EMPTY_TYPE_BRACKETS = /\s*\(\s*\)\s*$/u;
/**
 * The item's type in words after its title (Lyngby-Taarbæk's `Gældsafvikling (Beslutning)`, `... (Orientering)`,
 * `... (beslutning).`): not the title's.
 */
export const TYPE_WORD_SUFFIX = /\s*\((?:til\s+)?(?:beslutning|orientering|drøftelse|godkendelse|høring|efterretning)\)\.?\s*$/iu;

/**
 * A board's agenda entry with its time slot and presenter after the title (`Velkomst (kl. 10.00) v./ Lise Holm`, a
 * transcript's `Sekretariatets placering (kl ) v./ Bo Berg`, the hour lost): neither is the title's, nor what follows
 * the presenter (the list's group headings ran on after the name). The bracket holds a time or nothing but `kl`.
 */
export const TIME_AND_PRESENTER_AFTER_TITLE = /\s+\((?:kl\.?)?[\s\d.:-]*\)\s+v\.?\/.*$/su;

/** Item-type codes after a title: Slagelse `(B)`, Vejen `(D)`, `(O)`, `(B/O)`. */
export const TYPE_CODE = /\s*\((?:[A-ZÆØÅ]{1,2}(?:\s*[/,]\s*[A-ZÆØÅ]{1,2})?)\)\s*$/u;

/**
 * The item's type written before its title (Helsingør `Beslutningssag: Titel`, `Orienteringssag: Titel`): not the
 * title's.
 */
export const TYPE_PREFIX = /^(?:beslutningssag|orienteringssag|drøftelsessag|godkendelsessag|høringssag|temasag)\s*:\s*(?=\S)/iu;

/**
 * The bodies that treat the case, abbreviated before the title (Albertslund's `MBU/ØU/KB - Titel`, Lejre's `KB -
 * Titel`): routing, not the title's. Two abbreviations or more joined by `/`, or one that names a committee
 * (`...U`) or the council (`KB`); `EU - ...` and other short capitals before a dash stay in the title.
 */
export const ROUTING_PREFIX = /^(?:\p{Lu}{2,4}(?:\/\p{Lu}{2,4})+|\p{Lu}{2,3}U|KB)\s+[-–]\s+(?=\S)/u;

/**
 * An item's field lines between its number and its title (Hørsholm's Acadre: `Acadre sagsnr.:`, `Journalnr.:`,
 * `Sagsforløb:`, `Mødedato:`, `Sagsansvarlig enhed:`, `Sagsbehandler:`).
 */
export const ITEM_FIELD_LINE =
  /^(?:(?:acadre|sbsys|edoc)\s+)?(?:sagsnr|sags?\s*nr|sagsnummer|sagsid|journalnr|j\.\s*nr|sagsforløb|mødedato|sagsansvarlig(?:\s+enhed)?|sagsbehandler|sagsbeh|initialer|dok\.?\s*nr|område|sagen\s+afgøres\s+i|kompetence)\.?\s*:/iu;

/**
 * A date's month and year after its day, where a line broke or began at the day (`... TORSDAG DEN` / `29. JANUAR 2009, KL
 * ...`, a transcript's `20. januar 2015 Mødested`): the rest of a date, never a numbered heading's title.
 */
export const DATE_AFTER_DAY_NUMBER = new RegExp(String.raw`^(?:${MONTH_NAMES})\.?\s+\d{4}\b`, 'iu');

/** Titles that are recommendation points or list entries, never item titles. */
export const NOT_A_TITLE = /^(?:at|og|samt|der|som|jf\.?|kr\.?|mio\.?)\b/iu;

/**
 * Item numbers in forms that no style above reads, asked only by the structural fallback (a document in which no
 * heading of a known style was found, or implausibly few): a run of lines numbered alike in one of these forms,
 * the numbers rising, is the document's item headings. Each pattern reads `number` or `roman`, and `title`.
 */
export const LOOSE_NUMBERINGS: readonly { name: string; pattern: RegExp }[] = [
  // `Sag 3 – Titel`, `Ad 3. Titel`, `Emne 3: Titel`, `Dagsordenspunkt nr. 3 - Titel`, `§ 3. Titel`: a label word before the
  // number (not `Punkt`: the known styles read it, and where they found few, its lines are not headings). A råd's
  // Word referat answers its agenda with `Ad pkt. 3 Titel` / `Ad punkt 3: Titel` (`ad` naming the point it speaks to).
  {
    name: 'labelled',
    pattern: /^(?<label>sag|ad(?:\s+(?:pkt\.?|punkt))?|emne|dagsordenspunkt|sagspunkt|beslutningspunkt|§)\.?\s*(?:nr\.?\s*)?(?<number>\d{1,4})(?![.,/-]\d)\s*(?:[.:)–—-]\s*|\s+)(?<title>\S.*)$/iu,
  },
  // `III. Titel`, `IV) Titel` (not a lone `C.`, `D.`, `L.` or `M.`: a lettered group, `C. Sager til orientering`).
  { name: 'roman', pattern: /^(?![CDLM][.)])(?<roman>[IVXLCDM]{1,8})[.)]\s+(?<title>\S.*)$/u },
  // `(3) Titel`, `3) Titel`.
  { name: 'parenthesised', pattern: /^\(?(?<number>\d{1,4})\)\s*(?<title>\S.*)$/u },
  // `3/2025 Titel`: the item's number in the year's numbering; a title may open with an ordinal (`1/2012 1. anslået
  // regnskab 2012`).
  { name: 'number-year', pattern: /^(?<number>\d{1,4})\/(?:\d{2}|\d{4})\s+(?<title>(?:\p{Lu}|\d{1,2}\.\s+\p{L}).*)$/u },
  // A table row `| 3 | Titel |`.
  { name: 'table-row', pattern: /^\|\s*(?<number>\d{1,4})\.?\s*\|\s*(?<title>[^|]*[^|\s])\s*(?:\|.*)?$/u },
];

/** `(punkt 3)` on the line under a title: the item's number printed after its heading. */
export const NUMBER_UNDER_TITLE = /^\(\s*(?:punkt|pkt\.?|sag|dagsordenspunkt)\s*(?:nr\.?\s*)?(?<number>\d{1,4})\s*\)$/iu;

/**
 * An item number in a wording of the document's own, asked only by the structural fallback after the loose forms
 * above: one capitalised word before it (`Sag 12`, `Pkt. nr. 12`, `Dagsordenspunkt nr. 12`, `Nr. 12`, an unknown
 * system's `Mødepunkt 12`) or `§`, a bracket around it, a roman numeral, any closing mark and separator after it
 * (`12 » Titel`, `12 · Titel`, `12] Titel`), and the title on the line or, when the line holds only the number, on
 * the next. Nothing here says it is a heading: the document's own run of rising numbers in one shape does
 * (`numbered-sequence-items.ts`). Not a number in a date, time, amount or case number (`24.02`, `15:00`, `25/1021`).
 */
export const ANY_NUMBERING =
  /^(?:(?<label>\p{Lu}[\p{L}-]{0,24}\.?)\s*(?:nr\.?\s*)?(?=[\d(\[])|(?<paragraph>§)\s*)?(?<open>[(\[]?)(?:(?<number>\d{1,4})|(?<roman>[IVXLCDM]{1,8}))(?![.,/:-]?\d)(?<close>[)\].:]?)(?:\s*(?<separator>[»·>~|/▸–—-]{1,2}|::)(?=\s|\p{Lu}))?\s*(?<title>.*)$/u;

/** Words that number other things than items (`Bilag 3`, `Side 4`, `Kl. 15`, `Tlf. 4477`): never a heading's label. */
export const NOT_AN_ITEM_LABEL = /^(?:bilag|side|kl|tlf|telefon|lokale|stk|afsnit|pkt|punkt|dato|år|uge|kapitel|figur|tabel|bind|version|mødelokale|rum)\.?$/iu;

/**
 * How a numbered heading starts, in the known styles and in a wording of its own (`1. Titel`, `12  Titel`, `Sag 1 –
 * Titel`, `§ 1 Titel`, `(1) Titel`, `Punkt 1: Titel`): a case number printed beside such a line is the item's.
 */
export const NUMBERED_HEADING_START = String.raw`(?:\d{1,4}[.):]?\s+\p{Lu}|\p{Lu}[\p{L}.]{0,24}\s*(?:nr\.?\s*)?\d{1,4}(?![\d.,/-]\d)\b|§\s*\d{1,4}\b|[(\[]\d{1,4}[)\]]\s*\p{Lu})`;

/**
 * A definition-list export's item fields, each label alone on its line with its value on the next: the item's number
 * (`Punkt` / `4`, `Dagsordenspunkt` / `4`, `Nr.` / `4`) and its title (`Overskrift` / `<titel>`, `Titel`, `Emne`,
 * `Sagstitel`, `Punktets titel`).
 */
export const DEFINITION_NUMBER_LABEL = /^(?:punkt(?:\s+nr\.?)?|pkt\.?(?:\s+nr\.?)?|dagsordenspunkt|nr\.?)$/iu;
export const DEFINITION_TITLE_LABEL = /^(?:overskrift|titel|emne|sagstitel|punktets\s+titel|sagens\s+titel)$/iu;

/**
 * A web page whose agenda is a run of one-entry ordered lists (each item its own `<ol>`, the list markup lost in the
 * text): every heading prints `1.` (Dragør's Ældråd: ` 1. Godkendelse af referatet ...` / `Referat: Godkendt` / ` 1.
 * Høringssvar.` ...). Such a heading starts with `1.` and a capital; a document that prints a `2.` at a line's start
 * numbers its own items and is none.
 */
export const ONE_ENTRY_LIST_HEADING = /^(?<indent>\s*)1\.(?<gap>\s+)(?=\p{Lu})/u;
export const SECOND_ENTRY_START = /^\s*2\.\s/u;
/** At least this many such headings, each with its own title, make the run. */
export const ONE_ENTRY_LIST_MIN = 3;

/**
 * A meeting page's item list that links each item's attachment after its title (a region's 2007 meeting pages:
 * `3. Forslag til tidsplan for budgetlægningen 2008, Bilag 3`): the reference, not the title's.
 */
export const ATTACHMENT_AFTER_TITLE = /,\s+Bilag\s+\d{1,3}(?:\.\d{1,2})*\s*$/u;
