import { BODY_WORD } from './bodies.js';
import { DATE_SOURCE } from './dates.js';

/**
 * Labels of a referat's head (what, when, where, who), with the value on the same line after the label or
 * on the next line(s). Matched case-insensitively against the label without its colon.
 */
export type HeadField = 'body' | 'date' | 'endTime' | 'place' | 'members' | 'apologies' | 'absent' | 'mixedAbsence' | 'substitutes' | 'ignored';

export const HEAD_LABELS: ReadonlyArray<[RegExp, HeadField]> = [
  [/^(?:udvalg|organ|mødeforum|forum|politisk udvalg)$/iu, 'body'],
  // (`Mødedo`: `Mødedato` in a PDF whose font's `at` glyph the extraction dropped, Tønder's `Refer` / `Mødedo: 26. juni 2014`.)
  [/^(?:mødedato|mødedo|dato|starttidspunkt(?: for møde)?|mødetidspunkt|mødetid|tidspunkt|tid|mødestart|mødedag|referat|dato og tid|mødet påbegyndt|mødet begyndt|fra)$/iu, 'date'],
  // (Herlev's `Fra: 16:30` under `Dato:`: when the meeting starts.)
  [/^(?:sluttidspunkt(?: for møde)?|mødeslut|sluttid|mødet afsluttet|mødet hævet)$/iu, 'endTime'],
  // (Gribskov's old web page: `Afholdt: Gillelejehuset, det gl. Rådhus i Gilleleje, ...`, where the meeting was held.)
  [/^(?:mødested|sted|lokale|lokation|mødelokale|adresse|mødeafholdelse|afholdt)$/iu, 'place'],
  // Herlev's `Indkaldelse`: every member summoned, one per line; `Fraværende` under it names who did not come.
  // (A Word referat's `Fra forvaltningen: <navn> (referent)` under its member table: present too; so are the officials
  // under a protocol's `Desuden deltog:` and Brøndby's `Tilforordnede`.)
  [/^(?:mødedeltagere|deltagere|medlemmer|medlemmer af udvalget|tilstede|til stede|deltog|fremmødte|fremmødt|indkaldelse|indkaldte|fra forvaltningen|fra administrationen|desuden deltog|endvidere deltog|desuden til stede|tilforordnede)$/iu, 'members'],
  [/^(?:afbud|afbud fra|meldt afbud|fraværende med afbud|fravær med afbud|forfald)$/iu, 'apologies'],
  // (`Ikke mødt:`, `Udeblev:`: members who did not come and sent no apology.)
  // (København's old protocols: `Fraværende i øvrigt:` under `Fraværende med afbud:`, those away without an apology.)
  [/^(?:fraværende|fraværende uden afbud|fraværende i øvrigt|ikke til stede|deltog ikke|ikke mødt|mødte ikke|udeblev|udeblevet)$/iu, 'absent'],
  // Ballerup's `Afbud/Fraværende`, Struer's `Afbud fra/fraværende:`.
  [/^(?:afbud(?:\s+fra)?\s*\/\s*fraværende|fraværende\s*\/\s*afbud)$/iu, 'mixedAbsence'],
  // Aabenraa's `Stedfortræder:` / `Niels Brink (V) for Erik Dam (V)`.
  [/^(?:stedfortræder|stedfortrædere|suppleant|suppleanter|deltog i stedet|i stedet deltog)$/iu, 'substitutes'],
  [/^(?:information|sekretær|sekretariat|referent|møde|mødenr\.?|møde\s+nr\.?|mødenummer|mødetype|hent som fil|bemærkninger|mødeleder|formand|protokolfører|sager|publiceret|publiceringsdato|udsendt|udsendelsesdato|offentliggjort|særlige forhold)$/iu, 'ignored'],
];

/** A member's role printed as a label inside a run-on member list (`Medlemmer: Formand: A (A) Næstformand: B (O)`). */
export const MEMBER_ROLE_LABEL = /^(?:formand|næstformand|forperson|næstforperson)$/iu;
/** Such a role label before a member's name, at the list's start or after the party bracket before it. */
export const MEMBER_ROLE_BEFORE_NAME = /(?<=^|\)\s)(?:[Ff]ormand|[Nn]æstformand|[Ff]orperson|[Nn]æstforperson)\s*:\s*(?=\p{Lu})/gu;

/**
 * A place label without its colon before its value on a head's line (`Sted Byrådssalen, Teatergade 8`). Not
 * `Mødelokale 1` nor `Lokale 412`: a room's name, the place itself; but `Mødelokale` before a name that is a room's
 * of its own (Gentofte's `Mødetidspunkt 18.00 Mødelokale Rådssalen`, `Mødelokale Udvalgsværelse D`) is the label.
 */
export const PLACE_LABEL_BEFORE_VALUE = /^(?:(?:Mødested|Sted)[ \t]+(?=\p{Lu})|Mødelokale[ \t]+(?=\p{Lu}\p{L}*(?:sal|salen|lokale|lokalet|værelse|værelset)(?![\p{L}])))/u;

/**
 * A board's head names its members under the body's own word (`Bestyrelsen: A, B og C`; `Rådets medlemmer: ...`): a
 * member list, read so only with names after the colon (alone, `Bestyrelsen` is the body's name or a heading).
 */
export const MEMBERS_BY_BODY_LABEL = /^(?:bestyrelsen|bestyrelsesmedlemmer|rådets\s+medlemmer|udvalgets\s+medlemmer|nævnets\s+medlemmer)$/iu;

/**
 * Gribskov's head holds the meeting's `Godkendelse af dagsorden:` and `Meddelelser:` with their values on the next line:
 * no head facts, and the end of the member list above. Only with the colon (a contents entry has none).
 */
/** The meeting's number of the year as a head label (`Mødenr.:`, `Møde nr.`): its value is a bare number. */
export const MEETING_NUMBER_LABEL = /^(?:mødenr|møde\s+nr|mødenummer)\.?\s*:?$/iu;

export const HEAD_NOTE_LABEL = /^(?:godkendelse af dagsorden(?:en)?|meddelelser)\s*:$/iu;

/** When the document was published or sent, not when the meeting was: `Publiceret 21-01-2025` (Gribskov), Hillerød's `Publiceringsdato: den ...`. */
export const PUBLISHED_LINE = /^(?:publiceret|publiceringsdato|udsendt|udsendelsesdato|offentliggjort)\b/iu;

/** A head's date label anywhere in a line (a transcript's page runs the head into one line): the head's line, no item's. */
export const HEAD_DATE_LABEL_IN_LINE = /\b(?:Mødedato|Mødedo|Starttidspunkt\s+for\s+møde)\s*:/u;

/** A head label on its line: the label and what follows it (may be empty: the value is on a later line). */
export const HEAD_LABEL_LINE = /^([\p{L}][\p{L} /]{1,30}?)\s*:\s*(.*)$|^([\p{Lu}][\p{Lu} /]{1,30}|[\p{L}][\p{L} /]{1,30})$/u;

/**
 * One-line titles that name the body and often the date: `REFERAT <udvalg> d. DD-MM-YYYY`, `Referat til
 * mødet i <udvalg> den ...`, `Referat af Byrådets møde d. ...`, `Referat For <udvalg>`, `<udvalg> - Referat`,
 * `<udvalg> (<periode>) – Referat – <dato>`, `Beslutningsprotokol <udvalg>`, `Referat af mødet i <organ> D. <måned>
 * YYYY ...`. Group `body`, optional `rest` (or `dated`: the date follows the body without `den`). Hørsholm's `Referat fra
 * ordinært møde` under the organ names the meeting's kind, not a body.
 */
const WEEKDAY = String.raw`(?:man|tirs|ons|tors|fre|lør|søn)dag`;

export const TITLE_LINES: readonly RegExp[] = [
  // (Not `REFERAT FRA MØDE NR. 23 TORSDAG DEN ...`: the meeting's number, no body.)
  // (An agenda's `Dagsorden til mødet i Udvalg for regional udvikling den 1. februar 2023`, Region Midtjylland, too.)
  // (Varde's `Åbent Referat til Udvalget for Kultur og Fritid`: the open part's referat; not a prose referat's `Dagsorden
  // for mødet var <emne>.`, which names the meeting's subject; nor a transcript's `REFERAT fra møde i kl i byrådssalen`,
  // whose body the extraction lost: the hour follows.)
  new RegExp(String.raw`^(?:(?:åbent|åben|lukket)\s+)?(?:referat|beslutningsprotokol|protokol|dagsorden)\.?\s+(?:til|af|fra|for)\s+(?!mødet\s+(?:var|er)\b)(?:mødet\s+i\s+|møde\s+i\s+)?(?!(?:ekstra)?ordinært\s+møde\b|møde\s+nr\.?\s*\d|møde(?:t)?\s+(?:${WEEKDAY}|den|d\.)\s|(?:mødet?\s+i\s+)?kl\.?\s)(?<body>.+?)(?:s\s+(?:(?:ekstra)?ordinære\s+)?møde(?:\s+${WEEKDAY}(?=$))?)?(?:\s+(?:${WEEKDAY}\s+)?(?:d\.|den)\s+(?<rest>.+)|\s+(?<dated>${DATE_SOURCE}.*))?$`, 'iu'),
  // Tårnby's PDF title after the municipality in capitals, on a line of its own once its page is cut into lines: `TÅRNBY
  // KOMMUNE Referat til Kommunalbestyrelsen`, `... Åbent referat til Teknik- og Miljøudvalget`, the docplayer page title
  // `TÅRNBY KOMMUNE. Referat. til ...`: the body is the rest of the line.
  new RegExp(String.raw`^\p{L}[\p{L}-]+(?:[ -]\p{L}[\p{L}-]+)?\s+kommune\.?\s+(?:(?:åbent|åben)\s+)?referat\.?\s+til\s+(?<body>\p{L}[\p{L}\-–, ]{2,80}?)\.?$`, 'iu'),
  // A PDF's title over its department's name, run into one transcript line (`Referat - Åben dagsorden Økonomiudvalget
  // Borgmesterkontoret Hjørring Kommune Side 1. Mødedato: ...`, `Åben referat <udvalg> SÆH-sekretariatet Side 1. ...`):
  // the body ends at its body word, before the department. (The election period may stand between them, and the
  // department be a pair of fields: `Åbent referat Teknik- og Miljøudvalget 2018-2021 Teknik- & Miljøsekretariatet`.)
  new RegExp(String.raw`^(?:(?:åben|åbent|lukket)\s+(?:referat|dagsorden)|referat\s+[-–]\s+(?:åben|åbent|lukket)\s+dagsorden)\s+(?<body>\p{L}[\p{L}\-–, ]{0,80}?${BODY_WORD})(?:\s+\(?(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)?)?\s+(?:\p{L}[\p{L}-]*\s+(?:&|og)\s+)?\p{L}[\p{L}-]*(?:kontor(?:et)?|sekretariat(?:et)?|forvaltning(?:en)?|afdeling(?:en)?)(?=\s|$)`, 'iu'),
  // (A narrower column may wrap the title after its weekday: `Protokol for Byrådets ordinære møde torsdag` / `den 14. marts 1996`.)
  // Also a page title with the date straight after the body (Hillerød's `Referat byrådet 28. november 2018`).
  // (Lejre's `Referat Økonomiudvalget tirsdag den 25. august 2015`: the weekday before `den` is the date's.)
  // (`Referat - <organ> - 12.02.2025`: a dash or comma between the body and its date is neither's.)
  new RegExp(String.raw`^(?:referat|beslutningsprotokol)\s*[:–-]?\s+(?!til\b|af\b|fra\b|for\b)(?<body>\p{L}.+?)(?:\s+(?:[-–,]\s+)?(?:${WEEKDAY}\s+)?(?:d\.|den)\s+(?<rest>.+)|\s*(?:\s[-–]|,)?\s+(?<dated>${DATE_SOURCE}.*))?$`, 'iu'),
  // (Region Syddanmark's older pages: `Forretningsudvalget - referat 05-12-2007`, the date straight after the kind word.)
  new RegExp(String.raw`^(?<body>.+?)\s*(?:\((?<period>\d{4}\s*[-–]\s*\d{4})\))?\s+[-–]\s+(?:referat|beslutningsprotokol)(?:\s+[-–]\s+(?<rest>.+)|\s+(?<dated>${DATE_SOURCE}.*))?$`, 'iu'),
  // A committee's archive page over its `Mødedato:` (Hedensted's `Det fælles landdistriktsråd - Dagsordener og referater`):
  // only a body's name before it (`Holbæk Kommune - Dagsordener og referater` is the site's, over the meeting's own head).
  new RegExp(String.raw`^(?<body>\p{L}[\p{L}\-–, ]{0,80}?${BODY_WORD})\s+[-–]\s+dagsordener\s+og\s+referater$`, 'iu'),
  // `<organ> – referat af mødet tirsdag den ...`; a meeting system's decision list titled `<organ> - beslutninger fra
  // mødet DD.MM.YYYY kl. HH.MM` (an export's title row), the date straight after `mødet`.
  new RegExp(String.raw`^(?<body>[\p{L}§].+?)\s+[-–]\s+(?:referat|beslutningsprotokol|beslutninger|beslutningsliste)\s+(?:af|fra)\s+møde(?:t)?\s+(?:(?<rest>(?:${WEEKDAY}\s+)?(?:den|d\.)\s+.+)|(?<dated>${DATE_SOURCE}.*))$`, 'iu'),
  // A joint meeting of two committees: `Fællesmøde mellem <udvalg> og <udvalg>` (the body is the two together).
  new RegExp(String.raw`^(?:referat\s+(?:af|fra)\s+)?fællesmøde(?:t)?\s+(?:mellem|for|i)\s+(?<body>\p{Lu}.+?${BODY_WORD}\s+og\s+\p{Lu}.+?${BODY_WORD})(?:\s+(?:${WEEKDAY}\s+)?(?:d\.|den)\s+(?<rest>.+))?$`, 'iu'),
  /^møde(?:t)?\s+i\s+(?<body>.+?)(?:\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:d\.|den)\s+(?<rest>.+))?$/iu,
  // A PDF's head run into one transcript line (abcdocz, docplayer): the municipality, `Referat af møde i <organ>`, then
  // the head's labels with their values (`GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt
  // 31-08-2015 18:00 Mødeafholdelse Rådssalen ...`): the body ends at its body word, before the date's label.
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]+\s+(?:kommune|amt)\s+)?(?:referat|dagsorden)\s+(?:af|fra|til)\s+møde(?:t)?\s+i\s+(?<body>\p{L}[\p{L}\-–, ]{0,80}?${BODY_WORD})\s+(?:mødetidspunkt|mødedato|dato)\s*:?\s+(?<dated>${DATE_SOURCE}.*)$`, 'iu'),
  // A PDF's title run into one transcript line, the kind word before the body and its date label after it (`REBILD
  // KOMMUNE. REFERAT Økonomiudvalget. Mødedato: Onsdag den 18-06-2008. Mødetidspunkt: 08:00.`).
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]+\s+kommune\.?\s+)?(?:referat|beslutningsprotokol|dagsorden)\s+(?<body>\p{Lu}[\p{L}\-–, ]{0,80}?${BODY_WORD})\.?\s+(?:mødedato|dato)\s*:\s*(?<dated>.*)$`, 'iu'),
  // A transcript's title that lost the date and kept the hour's word (`THISTED BYRÅD. REFERAT fra møde i THISTED BYRÅD kl i
  // byrådssalen`), a running head before it ending in a full stop: the body ends at its body word, before `kl`.
  new RegExp(String.raw`^(?:[^.]{1,80}\.\s+)?(?:referat|dagsorden)\s+(?:af|fra|til)\s+møde(?:t)?\s+i\s+(?<body>\p{L}[\p{L}\-–, ]{0,80}?${BODY_WORD})\s+(?<rest>kl\.?\s.*)$`, 'iu'),
  // A typewritten protocol's head: the body in capitals, its meeting's number of the year after a gap (`BYRÅDET    Møde nr. 3/2001`).
  new RegExp(String.raw`^(?<body>\p{L}[\p{L}\- ]{0,60}?${BODY_WORD})\s+møde\s+nr\.?\s*\d{1,3}\s*\/\s*\d{4}$`, 'iu'),
  // Old PDF heads: `Egebjerg Kommune Kommunalbestyrelsen Referat`, `Økonomiudvalget Referat`; docplayer titles
  // `Byrådet REFERAT. Mødedato: Torsdag den ...`, `Byrådet Beslutningsprotokol. 27. august kl. 17:00 ...`, and an
  // agenda's `Økonomiudvalget Dagsorden mandag den 3. december 2007 kl. 14:30` (the date after its weekday and `den`), and
  // a transcript's `Økonomiudvalget Referat fra ordinært møde 14. maj 2009 Torsdag kl. 7:30` run into one line.
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}-]+\s+(?:Kommune|Amt)\.?\s+)?(?<body>\p{L}[\p{L}\-–, ]{0,80}?${BODY_WORD})\.?\s+(?:referat|beslutningsprotokol|protokol|dagsorden)(?:(?:\.\s+|\s+(?=(?:${WEEKDAY}\s+)?(?:den|d\.)\s+\d)|\s+(?:fra|af)\s+(?:(?:ekstra)?ordinært\s+)?møde\s+(?=${DATE_SOURCE}))(?<rest>\S.*))?$`, 'iu'),
];

/** `ERHVERVS- OG FRITIDSUDVALGET FOR NORDFYNS KOMMUNE`, `Byrådet i Prøve Kommune`: the municipality after the body's name. */
export const OF_MUNICIPALITY_TAIL = /\s+(?:for|i)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+kommune$/iu;

/**
 * `<organ> - DD-MM-YYYY` (CMS page titles), `<organ> DD-MM-YYYY` (Næstved page header), `<organ> mandag den
 * D. <måned> YYYY kl. HH.MM` (Ishøj page title), `<organ>, møde den D. <måned> YYYY` (a running header).
 */
// (Not a line that opens with a preposition in lower case, `af ordinært møde i Rønne Byråd tirsdag den ...`: the rest of a
// title cut after its first word, `R E F E R A T`.)
// (Also the document's kind between the body and `Møde`, a PDF's title block run into one line: `Økonomiudvalg Referat
// Møde 22. marts 2011 kl. 08:00 i ...`.)
export const BODY_AND_DATE_LINE =
  /^(?!(?:af|fra|til|i|for)\s)(?<body>[\p{L}§].*?)\s*[-–,]?\s+(?:(?:[Rr]eferat|[Dd]agsorden)\s+(?=[Mm]øde\s))?(?:(?:ordinært\s+|ekstraordinært\s+)?[Mm]øde(?:t)?\s+)?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?(?<rest>\d{1,2}(?:[-./]\d{1,2}(?:[-./]|(?<=\/\d{1,2})[ \u00a0])\d{4}|\.?\s*\p{L}{3,}\.?,?\s+\d{4}).*)$/u;

/**
 * The first item's agenda approval names the meeting where the head does not: `Godkendelse af dagsorden for ØU den
 * 7. december 2021`, `Dagsordenen til mødet i Byrådet den ...`.
 */
export const AGENDA_APPROVAL_MEETING = new RegExp(
  String.raw`\bdagsorden(?:en)?\s+(?:for|til)\s+(?:mødet\s+i\s+)?(?<body>\p{Lu}[\p{L}\-–, ]{0,80}?)\s+(?:den|d\.)\s+(?<date>${DATE_SOURCE})`,
  'u',
);

/**
 * The first point of a recommendation without its addressee in the intro (København's `Indstilling om,` / `1. at
 * Borgerrepræsentationen godkender ...`): the body that decides, named before its verb (a body's name: asked by its end).
 */
export const RECOMMENDED_BODY_DECIDES = new RegExp(String.raw`^at\s+(?<body>\p{Lu}[\p{L}\-–, ]{0,80}?)\s+(?:godkender|beslutter|vedtager|tager|anbefaler|over\s+for)\b`, 'u');

/** København's recommendation addresses the body that decides at the meeting: `<forvaltning> indstiller, at Økonomiudvalget ...`. */
// (Not `indstiller til <organ>`: Horsens' `Direktionen indstiller til Byrådet, at ...` in the Økonomiudvalget's referat
// names where the case goes next, not the meeting.)
export const RECOMMENDATION_ADDRESSEE = new RegExp(String.raw`\bindstiller\s*,?\s+at\s+(?<body>\p{Lu}[\p{L}\-–, ]{0,80}?${BODY_WORD})(?=[\s,])`, 'u');

/**
 * A head written in prose (Allerød's KMD-era PDF): `Mødet blev holdt torsdag den 23. februar 2012 på Rådhuset i
 * Borgerportalen.` (when, then the place after `på`; a transcript may run the next sentence on, `... Borgerportalen. Mødet
 * begyndte ...`: not the place's), and `Mødet begyndte kl. 18:30 og sluttede kl. 20:45.`
 */
export const MEETING_HELD_SENTENCE = /^mødet\s+(?:blev\s+holdt|blev\s+afholdt|holdes|afholdes)\s+(?<when>.*?\d{4}(?:\s*,?\s*kl\.?\s*\d{1,2}[.:]\d{2})?)\s+(?:på|i)\s+(?<place>\S.*?)\s*(?:\.?\s+mødet\s+(?:begyndte|startede|sluttede|blev\s+hævet)\b.*|\.)?$/iu;
/** The place alone in the sentence, the date given elsewhere in the head: `Mødet blev holdt i Byrådssalen, Akseltorv 1.` */
export const MEETING_PLACE_SENTENCE = /^[Mm]ødet\s+(?:blev\s+holdt|blev\s+afholdt|afholdtes|holdes|afholdes)\s+(?:på|i)\s+(?<place>\p{Lu}[^.!?]*?)\s*\.?$/u;
/** An announcement's place sentence before its agenda: `Det foregår <sted> med nedenstående dagsorden:`. */
export const ANNOUNCED_PLACE_SENTENCE = /^[Dd]et\s+(?:foregår|afholdes|holdes)\s+(?:(?:på|i)\s+)?(?<place>\p{Lu}.*?)\s+med\s+(?:nedenstående|følgende)\s+dagsorden\s*:?$/u;
export const MEETING_BEGAN_SENTENCE = /^mødet\s+(?:begyndte|startede|blev\s+åbnet)\s+kl\.?\s*(?<hours>\d{1,2})[.:](?<minutes>\d{2})(?:.*?\b(?:sluttede|hævet|ophørte)\s+kl\.?\s*(?<endHours>\d{1,2})[.:](?<endMinutes>\d{2}))?/iu;

/**
 * A sentence that dates the meeting it stands in, wherever it stands (a head parted, its date printed after other
 * text, after the items or inside one): `Mødet afholdt den 3. marts 2015 ...`, `Mødet blev holdt tirsdag den ...`,
 * `Mødet den ...`, `Mødedato: ...`, `Dagsordenen for mødet den ... blev godkendt`. Not `Mødet hævet`, not a meeting
 * named by its body (`mødet i Økonomiudvalget den ...`: another meeting, maybe).
 */
export const MEETING_DATED_SENTENCE = new RegExp(
  String.raw`^(?:mødet\s+(?:(?:blev|er)\s+)?(?:afholdt|holdt|afviklet)\s+(?:${WEEKDAY}\s+)?(?:den|d\.)?|mødet\s+(?:${WEEKDAY}\s+)?(?:den|d\.)|mødedato\s*:?|dagsorden(?:en)?\s+(?:for|til)\s+mødet\s+(?:${WEEKDAY}\s+)?(?:den|d\.))\s*(?<date>${DATE_SOURCE})`,
  'iu',
);

/**
 * A page's running head that names only the body (`Teknik- og Miljøudvalget - Referat`, `Referat: Byrådet`): the
 * document kind's word before or after the name, or the name alone; no sentence (no full stop at its end).
 */
export const BODY_RUNNING_HEAD = /^(?:(?:referat|dagsorden|beslutningsprotokol)\s*[-–:]?\s+)?(?<body>[\p{Lu}§][^;!?]{2,80}?[^.:;!?])(?:\s*[-–:]?\s+(?:referat|dagsorden|beslutningsprotokol))?$/iu;

/** A clock whose hour a transcript lost, before the place (`KL PÅ BOGENSE RÅDHUS`, `kl. i Byrådssalen`). */
export const LOST_CLOCK_BEFORE_PLACE = /^kl\.?\s+(?:i|på)\s+(?=\p{Lu})/iu;
/** A sentence about the meeting run on after its place (`Rådhuset i Borgerportalen. Mødet begyndte kl. 18:30 ...`, its full stop lost or kept). */
export const SENTENCE_AFTER_PLACE = /\.?\s+Mødet\s+(?:begyndte|startede|sluttede|blev\s+hævet)\b/u;
/** The meeting's kind after its place (`i Mødesalen, Ringe - Ekstraordinært`): not the place's. */
export const MEETING_KIND_AFTER_PLACE = /\s+[-–]\s+(?:ekstra)?ordinært(?:\s+møde)?$/iu;
