/**
 * Lines that are page furniture or web-page chrome, not minutes: page counters, link labels, cookie and
 * navigation text, contents-list lines. Matched against a line's trimmed text, case-insensitively.
 */

/**
 * `3 of 12`, `Side 4`, `Side 4 af 12`, `4/12`, `Page 2`, an older protocol's running page number `Sidenr. 412`; word
 * processor templates' `Side 3 (12)`, `Side 3 ud af 12`, `Side: 3 af 12`, `- Side 3 -`, `Sidenummer 3`, `Side 3 af 12 sider`;
 * a typewritten protocol's centred `- 3 -`; a meeting app's export that prints one item a page counts its items in every
 * page's head (`Punkt: 3 af 9`, `Punkt 3 af 9`): the item's own heading follows it.
 */
export const PAGE_COUNTER = /^(?:(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?|punkt\s*:?\s*\d{1,3}\s+af\s+\d{1,3}|sidenr\.?\s*\d{1,5}|\d{1,4}\s*(?:of|af|\/)\s*\d{1,4}|[-–]\s*(?:side\s+)?\d{1,4}\s*[-–]|(?:side\s*:|sidenummer)\s*\d{1,4}(?:\s*(?:af|\/)\s*\d{1,4})?|side\s+\d{1,4}\s*(?:\(\d{1,4}\)|ud\s+af\s+\d{1,4}|af\s+\d{1,4}\s+sider))$/iu;

/**
 * Link and button labels that web exports print after every item or attachment (Brønderslev's and Køge's `Til toppen`,
 * Rødovre's `Fold alle ud`, share and subscribe buttons, `Hent bilag`, Jammerbugt's `Hent PDF-version`). Each alternative opens with its own literal (no
 * optional group first), so that the line prefilter can tell the lines none of them starts.
 */
export const LINK_LABEL =
  /^(?:hent som pdf|hent som fil:?|hent pdf-version|kopier link(?: til punktet)?(?:\s*-\s*print)?|(?:print|udskriv)(?: siden)?|↑\s*(?:gå )?til toppen|gå til toppen|til toppen|til top|tilbage til (?:toppen|oversigten?)|tilbage|del(?: på \w+| siden)?|pdf|læs (?:mere|hele punktet)|vis (?:mere|alle)|luk|åbn|download|se alle bilag|abonner på (?:dagsordener|referater|nyheder)|fold (?:alle )?(?:ud|sammen)|(?:vis|hent|åbn) bilag(?: i nyt vindue)?|download alle bilag|vis dagsorden(?:en)?|abonn[eé]r|(?:luk|åbn|fold\s+ud)\s+alle\s+punkter(?:\s+(?:referat|dagsorden))?)$/iu;

/**
 * A fold-out link that agenda pages glue to each item heading: `TitelKlik her for at folde ud og læse mere om Titel`
 * (a re-wrapped text may cut it after any word; the link ends in the title again).
 */
export const FOLD_OUT_LINK = /\s*Klik\s+her(?:\s|$)/u;

/**
 * Navigation and site text of municipal web pages (and a site's footer: `Tilgængelighedserklæring`, `© 2025 X Kommune`);
 * a link to the site's lists of committees or meetings (`Se hvilke <udvalg> der er aktive`, `Se alle dagsordener og
 * referater fra dette mødeforum`) is no committee either.
 */
export const NAVIGATION =
  /^(?:spring til (?:indhold|hovedindhold|navigation)|gå til (?:indhold|hovedindhold)|menu|søg|log ind|forside|dagsorden preview|politiske (?:referater|dagsordener)|dagsordener og referater(?: \d{4})?|byråd og udvalg|råd og nævn|råd, nævn og udvalg|udvalg, råd og nævn|særlige udvalg, råd og nævn|politik(?: og (?:demokrati|indflydelse))?|kun nødvendige|accepter(?: alle)?(?: cookies)?|afvis(?: alle)?|indstillinger|vis detaljer|tilgængelighedserklæring|privatlivspolitik|kontakt(?: os)?|facebook|linkedin|instagram|luk menu|se (?:alle|hvilke) (?:dagsordener|referater|møder|fagudvalg|udvalg)\b[^.]{0,60}|©\s*\d{4}(?:\s+[\p{L} -]{1,40})?)$/iu;

/**
 * A web page's breadcrumb trail saved with its text (`Forside › Politik › Dagsordener og referater › Byrådet`, `Du er
 * her: Forside / Politik / ...`): site words first, then segments between arrows or slashes. Never the committee.
 */
export const BREADCRUMB = /^(?:du\s+er\s+her\s*:\s*)?(?:forside|hjem|home|startside|borger|politik|[\p{L}-]+\s+kommune)(?:\s+[›»>/|]\s+[^\s›»>|/](?:[^›»>|/]{0,78}[^\s›»>|/])?){2,}$/iu;
/** A breadcrumb's separator between spaces: a cheap test before `BREADCRUMB` (whose `<navn> Kommune` start is any word). */
export const BREADCRUMB_SEPARATOR = /\s[›»>/|]\s/u;

/** Attachment links exported as text: `application/pdf icon plan.pdf`, a bare file name. */
export const FILE_LINK = /(?:\bapplication\/[\w.+-]+\s+icon\b|^[\w.-]+\.(?:pdf|docx?|xlsx?|pptx?)$)/iu;

/**
 * An attachment list's entry that names its file, as PDF referater and web agendas print them under `Bilag:`: a number
 * or `Bilag N -` before it, the file's size after it (`1. Bilag 1 - Notat.pdf (245 KB)`, `Bilag 2: Tidsplan.docx
 * (38 KB)`, `Kortbilag.pdf (1,2 MB)`). Numbered like an item heading, it is none: it names a file.
 */
export const ATTACHMENT_FILE_LINE = /^(?:\d{1,3}\s*[.)]\s*)?(?:(?:åben|åbent|lukket)\s+)?(?:bilag\s*(?:nr\.?\s*)?\d{0,3}\s*[-–:.]?\s*)?[^\t]{1,150}?\.(?:pdf|docx?|xlsx?|pptx?|odt|msg|jpe?g|png|zip)(?:\s*\(\s*\d[\d.,]*\s*(?:bytes|[kmg]b)\s*\))?$/iu;

/**
 * A publishing system's print or publication stamp with its date and time (`Udskrevet den 26.03.2025 kl. 10:12`,
 * `Referat offentliggjort den 27. marts 2025`, `Senest opdateret 27-03-2025`, a meeting app's footer `Eksporteret
 * 15.09.2021 08:02 - Side 2 af 10`): never the meeting's date or time.
 * Only with a date (tested apart), and short.
 */
export const PRINT_STAMP =
  /^(?:udskrevet|printet|eksporteret|udskriftsdato|(?:dagsorden(?:en)?|referat(?:et)?|protokol(?:len)?)\s+(?:er\s+)?(?:offentliggjort|publiceret|udskrevet)|offentliggjort|publiceret|(?:senest|sidst)\s+(?:opdateret|ændret|redigeret))(?:\s+den)?\s*:?\s+\S/iu;

/**
 * A paper's received stamp as OCR of a scan reads it (`MODTAGET` / `2 1. MAJ 1996` / `<kommune>` / `<forvaltning>`, an
 * archive's `Journaliseret`): the stamp's word alone on its line (or before its date), the stamp's lines under it. Never
 * the meeting's date, place or body: the office that received the paper.
 */
export const RECEIVED_STAMP = /^(?:modtaget|indgået|indkommet|journaliseret)(?:\s+(?:den\s+)?\d{1,2}\.?\s?\d?\.?\s*(?:\p{L}{3,9}\.?|\d{1,2}\.)\s*\d{2,4})?$/iu;

/** Cookie banners: any short line that talks about cookies. */
export const COOKIE = /\bcookies?\b/iu;

/**
 * A lone punctuation mark where an empty field was (`.`), or a stray marker; a typewriter's `~~~~` underline too; a
 * scanner's speck that OCR reads as an apostrophe or accent alone on a line (`'`, in every page's head of an old protocol).
 */
export const STRAY = /^[.·•\-–—_*|~'`´]+$/u;

/**
 * A contents-list line: a title ending in dot leaders and/or a page number after a tab or a wide gap; old PDF
 * transcripts shorten the leaders to three dots, some number their pages in Roman numerals
 * (`Sydfyns Elforsyning...vii`, `Eventuelt...16`).
 */
export const SHORT_LEADERS_PAGE = /\.{3,}\s*(?:\d{1,4}|[ivxl]{1,6})$/u;
export const CONTENTS_LINE = /^(.*?\S)\s*(?:(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{0,4}|\.{3,}\s*(?:\d{1,4}|[ivxl]{1,6})|\t+\s*\d{1,4}|\s{3,}\d{1,4})$/u;

/** Headings of a contents list. */
/** Also Hørsholm's `Følgende sager behandles på mødet` over its contents, and Hedensted's `Dagsordenpunkter` (no linking s). */
export const CONTENTS_HEADING = /^(?:indholdsfortegnelse|indhold(?:sliste)?|punkter|dagsordens?punkter|punkt nr\.?|sag nr\.?|emne|side|punkt|titel|oversigt|følgende sager behandles(?: på mødet)?)\s*:?$/iu;

/** Lines of a page's running head that a page break can leave inside the text: `Referat`, `Åbent referat`, `Dato: ...`. */
export const RUNNING_HEAD_LINE = /^(?:referat|åbent referat|lukket referat|dato:\s*\S+|side\s+\d+.*)$/iu;

/**
 * A mark a publication prints after an item's title, no part of it: a star (Faaborg-Midtfyn's contents mark items with
 * `78 Godkendelse af dagsorden *`), an agenda page's fold toggle glued to the heading (`183. Godkendelse af
 * dagsordenÅbn/luk punkt`, Solrød). Asked only of a title whose last character `TITLE_TRAILING_MARK_ENDS` lists.
 */
export const TITLE_TRAILING_MARK = /(?:\s+\*{1,2}|\s*(?:Åbn\/luk|Vis\/skjul)(?:\s+punkt(?:et)?)?)$/u;
export const TITLE_TRAILING_MARK_ENDS = '*klt';
