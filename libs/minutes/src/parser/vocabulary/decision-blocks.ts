import { BODY_WORD, OWN_BODY_KIND_CAPITALISED } from './bodies.js';
import { DATE_SOURCE } from './dates.js';

/**
 * Headings of a dated decision block: which body decided, on which date, and sometimes the item number
 * there. The block of this meeting is the item's decision; blocks of other meetings are earlier treatments.
 * Each pattern reads `body`, `date` and optionally `item`.
 */
const DATE = `(?<date>${DATE_SOURCE})`;
// (`, punkt 4`, `pkt. 4`, and after a dash: `Byrådet - 25. marts 2025 - punkt 4`.)
const ITEM = String.raw`(?:\s*[,–-]?\s*(?:punkt|pkt\.?|sag\s+nr\.?)\s*(?<item>\d{1,4}))?`;
const END = String.raw`\s*[:.]?\s*$`;
/**
 * A body's name that says it is one: it ends in a body word (`Teknik-, Miljø- og Klimaudvalget`, `Byrådet` alone), or
 * is an `Udvalget for <område>` (`Udvalget for Plan, Trafik og Klima`); a comma inside it only before a word.
 */
const NAMED_BODY = String.raw`(?:(?=\p{Lu})(?:[^,:]|,(?=\s*\p{L})){0,102}?${BODY_WORD}|udvalget\s+for\s+(?:[^,:]|,(?=\s*\p{L})){2,100}?)`;

export const DECISION_BLOCK_HEADINGS: readonly RegExp[] = [
  // `Beslutning i Socialudvalget den 09-09-2013`, `Beslutning fra Økonomiudvalget, 17. april 2024, pkt. 8:`, and
  // PolWeb's `Beslutning i Byrådet 9. oktober 2018:` (Nyborg: no `den`).
  new RegExp(String.raw`^beslutning(?:en)?\s+(?:i|fra|truffet\s+i)\s+(?<body>.+?)(?:\s+(?:den|d\.)\s*|\s*,\s*|\s+)${DATE}${ITEM}${END}`, 'iu'),
  // `Økonomiudvalgets beslutning den 12.03.2012 Punkt 1`, `... beslutning i mødet den 14. maj 2020`, and an old
  // protocol's other body's block, `Økonomiudvalgets indstilling af 12.05.1998:`.
  new RegExp(String.raw`^(?<genitive>\p{L}.+?s)\s+(?:beslutning|indstilling)\s+(?:i\s+mødet\s+|på\s+mødet\s+)?(?:den|d\.|af)\s*${DATE}${ITEM}${END}`, 'iu'),
  // `Beslutning Økonomiudvalget, 20.01.2015`, `Beslutning Plan- og Miljøudvalget den 04-03-2025`.
  new RegExp(String.raw`^beslutning\s+(?!i\s|fra\s|den\s)(?<body>\p{L}.+?)(?:\s+(?:den|d\.)|\s*,)?\s+${DATE}${ITEM}${END}`, 'iu'),
  // `Teknik- og Miljøudvalget, 10. april 2024, pkt. 5:`, `Direktionen, 30. august 2023, pkt. 3:`, Gribskov's
  // `Social- og Sundhedsudvalget, 02-12-2024, sag nr. 98`; a comma inside the
  // body's name before a word (`Teknik-, Miljø- og Klimaudvalget, 07-08-2012, pkt. 49:`).
  new RegExp(String.raw`^(?<body>\p{Lu}(?:[^,:]|,(?=\s*\p{L})){2,100}?),\s*(?:den\s+)?${DATE}\s*,\s*(?:punkt|pkt\.?|sag\s+nr\.?)\s*(?<item>\d{1,4})${END}`, 'u'),
  // Bornholm's `Børne- og Skoleudvalget den 6. november 2018:` (the colon makes it a heading, not prose), and Herlev's
  // `Miljø-, Klima- og Teknikudvalget den 11. juni 2018, punkt 6:` (a comma inside the name before a word).
  // A name that is only its body word (`Byrådet den 22.11.2010, pkt. 2:`, `Direktionen den ...:`) too, and an old
  // protocol's committee without `den` (`Havneudvalget 27.02.96:`, its year written in full by the pre-pass).
  new RegExp(String.raw`^(?<body>${NAMED_BODY})\s+(?:(?:den|d\.)\s+)?${DATE}(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4}))?\s*:\s*$`, 'iu'),
  // Næstved's committee pages: `Kultur- og Demokratiudvalget, 01.10.2018` (a body's name, then only the date), also a
  // name that is only its body word (`Byrådet, 30.04.2019`), and Bornholm's `Bornholms Ældreråd, den 23. marts 2021:`
  // with a comma inside the name before a word (`Økonomi-, Erhvervs- og Planudvalget, den 11. september 2019:`).
  new RegExp(String.raw`^(?<body>(?=\p{Lu})(?:[^,:]|,(?=\s*\p{L})){0,100}?${BODY_WORD}),\s*(?:den\s+)?${DATE}${END}`, 'iu'),
  // A pre-2007 council referat: `Økonomiudvalgets møde 16. maj 2006 Punkt 5:` (the item number there is required: a
  // bare `<Organ>s møde <dato>` is a page's or a head's line). Group `meetingOf`: its name must start with a capital,
  // which the pattern, ignoring case, cannot tell (`udsat på udvalgets møde den ..., pkt. 7.` is a sentence's re-wrapped tail).
  new RegExp(String.raw`^(?<meetingOf>\p{Lu}[^,:]{0,90}?${BODY_WORD}s)\s+møde\s+(?:den\s+|d\.\s*)?${DATE}\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4})${END}`, 'iu'),
  // PolWeb's protocols (Kalundborg): `Integrationsudvalgets møde den 12. december 2011:` over each item's decision, the
  // colon making it a heading (a head's or a page's `<Organ>s møde <dato>` has none); also as the end of a sentence that
  // leads into the record (Region Nordjylland's `Følgende emner blev nævnt under dette punkt på Regionsrådets møde den
  // 22. december 2020:`): the body is the name of six words at most before `møde`.
  // (The lookahead first: a line without ` møde ` fails at once, before the name's nested repetitions are tried.)
  new RegExp(String.raw`^(?=.*?\smøde\s)(?:[^,:]{0,80}?\s(?:på|i)\s+)?(?<meetingOf>\p{Lu}(?:[^,:\s]+\s+){0,5}?[^,:\s]*${BODY_WORD}s)\s+møde\s+(?:den\s+|d\.\s*)?${DATE}\s*:\s*$`, 'iu'),
  // Forms of unknown systems (the decision-style generator's): `Behandlet i Byrådet 25-03-2025, punkt 4`, `Tidligere
  // behandling: Økonomiudvalget 12.03.2025, punkt 3` (one earlier meeting after the label's colon; not Ærø's `Behandlet i:
  // Teknik- og Miljøudvalget 05.03.2019`, a case field listing the meetings whose blocks follow), and a body's name and
  // its date split by a dash, `Teknik- og Miljøudvalget - 4. marts 2025 - punkt 7` (the body word required: a page's
  // running head is `Referat - 25. marts 2025`), with the item number there or a colon (`Byrådet - 25. marts 2025` alone
  // is a page's running head).
  new RegExp(String.raw`^(?:behandlet\s+i|behandling\s+i|tidligere\s+behandling(?:er)?\s*:)\s+(?<body>\p{Lu}[^:]+?)(?:\s+(?:den|d\.)\s*|\s*,\s*|\s+)${DATE}${ITEM}${END}`, 'iu'),
  new RegExp(String.raw`^(?<body>${NAMED_BODY})\s+[-–]\s+(?:den\s+)?${DATE}(?:\s*[,–-]?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4})\s*[:.]?|\s*:)\s*$`, 'iu'),
];

/**
 * How every heading above ends: the date, perhaps the item number there. A line that does not end so is
 * none of them, which one test tells before the patterns run (and it ends in a digit, before that).
 */
export const DECISION_BLOCK_ENDING = new RegExp(String.raw`${DATE_SOURCE}(?:\s*[,–-]?\s*(?:punkt|pkt\.?|sag\s+nr\.?)\s*\d{1,4})?${END}`, 'iu');

/** The First Agenda case-history triple: `Udvalg: <organ>`, `Dato: DD-MM-YYYY`, `Punktnummer: N`. */
export const HISTORY_BODY = /^udvalg\s*:\s*(?<body>.+)$/iu;
export const HISTORY_DATE = new RegExp(`^dato\\s*:\\s*${DATE}`, 'iu');
export const HISTORY_ITEM = /^punktnummer\s*:\s*(?<item>\d{1,4})\s*$/iu;
/**
 * A triple's label alone on its line, its value on the next: the triple printed as a table and read cell by cell
 * (the accessible text of a tagged PDF, a web page's table as text).
 */
export const HISTORY_LABEL_ALONE = /^(?:udvalg|dato|punktnummer)\s*:\s*$/iu;
/**
 * A case-history table's row: the body and its item number there (`Børne- og Skoleudvalget, punkt 4`), the date cell
 * at the row's end, or alone on the next line (`HISTORY_DATE_ALONE`) where a copy from a PDF viewer puts a
 * right-aligned cell after its row.
 */
export const HISTORY_ROW = new RegExp(String.raw`^(?<body>${NAMED_BODY})\s*,\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4})(?:\s+${DATE})?\s*$`, 'iu');
export const HISTORY_DATE_ALONE = new RegExp(String.raw`^${DATE}\s*$`, 'u');

/** eDoc and Ballerup's earlier-treatment line under the case number: `<organ> den D. måned YYYY Punkt N`. */
export const EARLIER_TREATMENT_LINE = new RegExp(String.raw`^(?<body>\p{Lu}.+?)\s+(?:den|d\.)\s+${DATE}\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4})\s*\.?$`, 'iu');

/**
 * A meeting named in a routing field (`Høring og sagsgang`): `Social- og Sundhedsudvalget den 2. september 2020`. A
 * comma parts the bodies of a chain, save where it follows a hyphen: that one lists the fields of one body's name
 * (`Erhverv-, Klima-, Miljø- og Teknikudvalget den 6. februar 2023`).
 */
export const ROUTED_MEETING = new RegExp(String.raw`(?<body>\p{Lu}(?:[^,:;\n]|(?<=-),){2,100}?${BODY_WORD})\s+(?:den|d\.)\s+${DATE}`, 'giu');

/** `Dagsordenspunkt N: <titel>` repeated inside København's decision block. */
export const REPEATED_ITEM_HEADING = /^dagsordenspunkt\s*(?<number>\d{1,4})\s*:\s*(?<title>.*)$/iu;

/** How many characters a body named in prose may hold between its capital and its body word. */
const PROSE_BODY_REACH = 80;
const RECOMMENDS_BODY_REACH = 60;
/** More than the longest word `BODY_WORD` matches (`borgerrepræsentationen`: 22). */
export const LONGEST_BODY_WORD = 24;

/**
 * A committee named for its field after `Udvalget for` (`Udvalget for Klima og Miljø`), whose name ends in no body word:
 * the field's words, joined by `og` or commas (`PROSE_TREATMENT` reads it as a body before `behandlede sagen`).
 */
const COMMITTEE_FOR_FIELD = String.raw`udvalget\s+for\s+\p{L}[\p{L}-]*(?:(?:,\s*|\s+og\s+)\p{L}[\p{L}-]*){0,3}`;
/**
 * An earlier treatment told in a case's prose: `By- og Kulturudvalget behandlede sagen den 17. september 2024 og
 * anbefalede indstillingen`, `Sagen var på udvalgets møde den 10. oktober 2024, hvor den blev udsat`, `Forslaget blev
 * behandlet på Teknik- og Miljøudvalgets møde den 4. februar 2025 punkt 12` (Hedensted's `Historik`), `Sagen blev
 * behandlet i Økonomiudvalget den 13. juni 2024, hvor den blev udsat` (Hørsholm), `Sagen blev udsat på <organ>s møde den
 * <dato>` (Lyngby-Taarbæk), `<Udvalg> besluttede den <dato> at ...`, `Sagen har været behandlet i udvalget den <dato>, hvor den
 * blev udsat` (Halsnæs), an old protocol's `Sagen har været forelagt økonomiudvalget den <dato>, der har anbefalet, at
 * ...` and `Projektet var behandlet paa udvalgets møde den <dato>, pkt. N, hvor det blev udsat`, `Udvalget behandlede
 * sagen den <dato>, hvor den blev udsat` (this meeting's committee; also
 * `ansøgningen`, `anmodningen`, `henvendelsen`, or what was treated named by any noun in the definite form: `Social- og
 * Sundhedsudvalget behandlede standarden den <dato>`), `<Organ> vedtog den <dato> at ...` as `besluttede`, `<Organ> vedtog
 * forslaget til offentlig høring på mødet den <dato>, punkt N`, `<Organ> sendte den <dato> forslaget i (offentlig) høring`
 * (the hearing named in the sentence: no verdict but the treatment). The body is a
 * name ending in a body word, `<Udvalg>s` before `møde`, or `udvalgets`/`byrådets` (this meeting's own body);
 * `verdict` is what it decided. The item is `punkt N`, `pkt. N` or a `§ N` protocol's `§ N`.
 */
export const PROSE_TREATMENT = new RegExp(
  String.raw`(?<body>(?:\p{Lu}[^.;:\n]{0,${PROSE_BODY_REACH}}?)?${BODY_WORD}|${COMMITTEE_FOR_FIELD})\s+(?:(?:behandlede|drøftede)\s+(?:sagen|ansøgningen|anmodningen|henvendelsen|(?:et\s+)?(?:første\s+|foreløbigt?\s+)?(?:udkast|oplæg)(?:et)?|\p{Ll}[\p{L}-]{2,}(?:en|et|erne))|vedtog\s+forslaget(?:\s+til\s+(?:offentlig\s+)?høring)?)\s+(?:på\s+(?:(?:sit|et)\s+møde|mødet)\s+)?(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*\(?(?:punkt|pkt\.?|§)\s*(?<item>\d{1,4})\)?\s*,?)?(?:\s*,?\s*(?:og|hvor\s+(?:den|sagen|det))\s+(?<verdict>[^.;]+))?|\b(?:sagen|punktet|forslaget|ansøgningen|anmodningen|henvendelsen|projektet|planen|udkastet)(?:\s+fra\s+[^.;:()\n]{1,60}?)?\s+(?:(?:var(?:\s+behandlet)?|blev\s+behandlet|blev\s+(?<ownPostponed>udsat))\s+(?:på|paa)\s+(?<own>(?:\p{Lu}[^.;:]{0,80}?)?${BODY_WORD}s)\s+møde|(?:blev|var)\s+(?:behandlet|drøftet)\s+på\s+mødet|var\s+(?:sat\s+)?på\s+dagsordenen(?:\s+på\s+mødet)?)\s+(?:den|d\.)\s+(?<ownDate>${DATE_SOURCE})(?:\s*,?\s*\(?(?:punkt|pkt\.?)\s*(?<ownItem>\d{1,4})\)?)?(?:\s*,\s*(?:hvor\s+(?:den|sagen|det)|men)\s+(?<ownVerdict>[^.;,]+))?|(?<decided>(?:\p{Lu}[^.;:\n]{0,${PROSE_BODY_REACH}}?)?${BODY_WORD})\s+(?:besluttede|vedtog|sendte(?=\s+(?:den|d\.)\s[^;]{0,140}?\si\s+(?:offentlig\s+)?høring\b))\s+(?:på\s+(?:sit|et)\s+møde\s+)?(?:den|d\.)\s+(?<decidedDate>${DATE_SOURCE})(?:(?:\s*,\s*(?:punkt|pkt\.?)\s*(?<decidedItem>\d{1,4})\s*,)?\s+at\s+(?<decidedVerdict>[^.;]+))?|\b(?:sagen|forslaget)\s+(?:blev|har)(?:\s+tidligere)?(?:\s+været)?\s+(?:(?:behandlet|drøftet)\s+i|forelagt)\s+(?<in>(?:\p{Lu}[^.;:]{0,80}?)?${BODY_WORD})\s+(?:den|d\.)\s+(?<inDate>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<inItem>\d{1,4}))?(?:\s*,\s*(?:hvor\s+(?:den|sagen|det)|(?:der|som)\s+har)\s+(?<inVerdict>[^.;,]+))?`,
  'giu',
);
/**
 * A second body named straight after a treatment `i <organ> den <dato>`: `Sagen har været drøftet i Børne- og
 * Familieudvalget den 6. januar 2020 og i Skole- og Uddannelsesudvalget den 7. januar 2020`.
 */
export const PROSE_TREATMENT_ALSO_IN = new RegExp(String.raw`^\s*,?\s*og\s+i\s+(?<body>\p{Lu}[^.;:]{0,80}?${BODY_WORD})\s+(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4}))?`, 'u');
/** A cheap test before the pattern: prose that tells an earlier treatment says so with these words. */
export const MAY_TELL_TREATMENT = /behandlede\s+(?:sagen|ansøgningen|anmodningen|henvendelsen)|behandlede\s+\p{Ll}[\p{L}-]{2,}(?:en|et|erne)\s+(?:på\s+(?:\S+\s+møde|mødet)\s+)?den\s+\d|drøftede\s+sagen|(?:behandlede|drøftede)\s+(?:et\s+)?(?:første\s+|foreløbigt?\s+)?(?:udkast|oplæg)|vedtog\s+forslaget|s\s+møde\s+den|(?:blev|været)\s+(?:behandlet|drøftet)\s+i\s+\p{Lu}|været\s+forelagt\s|(?:sagen|punktet|forslaget)\s+(?:blev|var)\s+(?:behandlet|drøftet)\s+på\s+mødet\s+den\s+\d|(?:ansøgningen|anmodningen|henvendelsen)\s[^.;:\n]{0,70}?(?:blev|var)\s+behandlet\s+på\s+mødet\s+den\s+\d|(?:besluttede|vedtog|sendte)\s+(?:på\s+\S+\s+møde\s+)?den\s+\d|(?:sagen|punktet|forslaget)\s+var\s+(?:sat\s+)?på\s+dagsordenen\s+(?:på\s+mødet\s+)?den\s+\d/iu;
/**
 * Where a `PROSE_TREATMENT` match can start (`matchesNearKeywords`): every one holds `behandlede sagen`, `besluttede`,
 * `sagen var på` (or `punktet`) or `sagen blev behandlet i`, and starts at the latter two, or before the former two at the body's
 * capital, at most its reach and a body word before the white space (each character up to two UTF-16 units), with no
 * `.`, `;` or `:` in the body.
 */
export const PROSE_TREATMENT_KEYWORDS = {
  // (The subject before `blev` / `var behandlet på` is looked behind for from after the verb: put first, the look-behind
  // ran back over up to 70 characters from every position searched, a fifth of the parse of a long case text. The same
  // matches: neither verb ends the other, so the verb looked behind over is the one matched.)
  keyword: /(?:behandlede|drøftede)\s+(?:sagen|ansøgningen|anmodningen|henvendelsen|(?:et\s+)?(?:første\s+|foreløbigt?\s+)?(?:udkast|oplæg)(?:et)?|\p{Ll}[\p{L}-]{2,}(?:en|et|erne))|vedtog\s+forslaget|(?:besluttede|vedtog|sendte)\s+(?:på\s+(?:sit|et)\s+møde\s+)?(?:den|d\.)\s|(?:sagen|punktet|forslaget|projektet|planen|udkastet)\s+(?:var(?:\s+behandlet)?|blev(?:\s+tidligere)?\s+(?:behandlet|drøftet)|har(?:\s+tidligere)?\s+været\s+(?:behandlet|drøftet)|blev\s+udsat)\s+(?:på|paa|i)\s|(?:sagen|forslaget)\s+har(?:\s+tidligere)?\s+været\s+forelagt\s|(?:blev|var)(?<=(?:ansøgningen|anmodningen|henvendelsen)\s[^.;:\n]{0,70}?(?:blev|var))\s+behandlet\s+på\s/giu,
  reach: 2 * (1 + PROSE_BODY_REACH + LONGEST_BODY_WORD),
  stop: /[.;:]/u,
};

/**
 * `Sagen var udsat fra mødet den 18. februar 2004.`, `Sagen blev udsat fra Økonomiudvalgets møde den ...`, `Punktet blev
 * udsat på mødet den ...`, `Sagen var udsat på mødet den ..., sag nr. 6.`, `Sagen blev udsat på udvalgets møde den ..., pkt.
 * 7.` (a decision cell telling the earlier postponement before this meeting's verdict; in a case's prose `PROSE_TREATMENT`
 * reads it too, and the second reading is dropped): an earlier postponement, of this meeting's body when
 * the meeting is not named or is named by its kind (`på udvalgets møde`).
 * Also `Sagen blev også udsat på mødet den ...` (a decision naming the earlier postponement after its own) and the body as
 * the subject, `<organ> udsatte sagen den <dato>, pkt. N, og bad om ...`.
 */
export const PROSE_POSTPONED_FROM = new RegExp(
  String.raw`(?<body>(?:\p{Lu}[^.;:()\n]{0,${PROSE_BODY_REACH}}?)?${BODY_WORD})\s+udsatte\s+sagen\s+(?:på\s+(?:(?:sit|et)\s+møde|mødet)\s+)?(?:den|d\.)\s+(?<bodyDate>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<bodyItem>\d{1,4}))?|\b(?:sagen|punktet|forslaget)\s+(?:var|blev)\s+(?:også\s+|tidligere\s+)?udsat\s+(?:fra\s+(?:(?<own>\p{Lu}[^.;:]{0,80}?${BODY_WORD}s)\s+møde|mødet)|på\s+mødet|(?<=(?:var|blev|også|tidligere)\s+udsat\s+)på\s+(?<ownAt>(?:\p{Lu}[^.;:]{0,80}?)?${BODY_WORD}s)\s+møde)\s+(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*\(?(?:punkt|pkt\.?|sag\s+nr\.?)\s*(?<item>\d{1,4})\)?)?`,
  'giu',
);
/**
 * Where a `PROSE_POSTPONED_FROM` match can start (`matchesNearKeywords`): every one holds `udsatte sagen`, at most a body's
 * name before it, or starts at `sagen var udsat fra` / `punktet blev udsat på`. Tried unanchored on a decision's text, the
 * pattern stretched a name from every letter (ignoring case, `\p{Lu}` is any letter): the dearest pattern of a
 * decisions-only protocol whose items each say `Sagen var også udsat på mødet den ...`.
 */
export const PROSE_POSTPONED_FROM_KEYWORDS = {
  keyword: /udsatte\s+sagen\s|(?:sagen|punktet|forslaget)\s+(?:var|blev)\s+(?:også\s+|tidligere\s+)?udsat\s+(?:fra|på)\s/giu,
  reach: 2 * (1 + PROSE_BODY_REACH + LONGEST_BODY_WORD),
  stop: /[.;:()\n]/u,
};
/**
 * `Teknik- og Miljøudvalget anbefalede projektet den 20. januar 2025.`: a body's verdict on the case at a dated meeting,
 * the verb straight after the body and what it recommended or approved (a few lower-case words) before the date, or
 * after it (`Økonomiudvalget anbefalede den 12. juni 2019 taksterne.`, `Byrådet godkendte den 3. maj 2022 at sende ...`: not
 * `vedtog`; `<organ> vedtog den <dato>` is read by the prose treatments' own pattern, and read here too it was a second
 * treatment). `<organ> sendte <det> i høring den
 * <dato>` (a relative clause's `..., som <organ> sendte i høring den ...` too) approved sending it out. A grant or a
 * pool released is approved too: `Økonomiudvalget frigav puljen den 13. april 2016.`, `<organ> bevilgede midlerne den ...`.
 * The annual accounts' `<organ> aflagde regnskabet den <dato>, punkt N` is a treatment whose verdict the verb does not say.
 */
export const PROSE_VERDICT_DATED = new RegExp(
  String.raw`(?<body>(?:\p{Lu}[^.;:()\n]{0,${PROSE_BODY_REACH}}?)?${BODY_WORD})\s+(?<verb>anbefalede|godkendte|tiltrådte|vedtog|sendte|bevilgede|frigav|aflagde)\s+(?:(?:[\p{Ll}-]+\s+){1,4}?|(?<=(?:anbefalede|godkendte|tiltrådte)\s+))(?:på\s+(?:sit|et)\s+møde\s+)?(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4}))?`,
  'gu',
);
export const MAY_TELL_VERDICT_DATED = /(?:anbefalede|godkendte|tiltrådte|vedtog|sendte|bevilgede|frigav|aflagde)\s[\p{Ll}\s-]{0,60}?(?:den|d\.)\s+\d/u;
/**
 * The same verdict in the perfect tense, the date between `har` and the participle: `Udvalget har herefter den
 * 07.05.1998 anbefalet et tilskud`, `Økonomiudvalget har den 3. marts 2015, pkt. 4, godkendt planen`. The subject may be
 * the kind alone (`Udvalget`), naming the body the sentence before named (`earlier-prose.parser.ts`).
 */
export const PROSE_VERDICT_PERFECT_DATED = new RegExp(
  String.raw`(?<body>(?:\p{Lu}[^.;:()\n]{0,${PROSE_BODY_REACH}}?)?${BODY_WORD}|${OWN_BODY_KIND_CAPITALISED})\s+har\s+(?:(?:herefter|derefter|siden|senere|nu|så)\s+)?(?:på\s+(?:sit|et)\s+møde\s+)?(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4})\s*,?)?\s+(?<verb>anbefalet|godkendt|tiltrådt|vedtaget|udsat)\b`,
  'gu',
);
export const MAY_TELL_VERDICT_PERFECT_DATED = /\shar\s[\p{L}\s]{0,30}?(?:den|d\.)\s+\d[^\n]{0,40}?\s(?:anbefalet|godkendt|tiltrådt|vedtaget|udsat)\b/u;
/**
 * `Beskæftigelsesudvalget drøftede ministerens mål på mødet den 5. marts 2013, punkt 21.`, `<Udvalg> sendte forslaget i
 * høring på mødet den ..., punkt 3`, `<Udvalg> behandlede fordelingen på sit møde den ..., pkt. 5, og anbefaler, at ...`: a
 * body's treatment at a dated meeting, its verb straight after the body and what it treated (a few lower-case words)
 * before `på mødet`; `Udvalget` alone is this meeting's body (`Rådet`, `Bestyrelsen` ... where it is of that kind), and what follows `og` is its verdict. A protocol that numbers
 * its items `§ N` cites the meeting's item so too (`på mødet den 14. januar 2010, § 4`).
 */
export const PROSE_TREATED_AT_MEETING = new RegExp(
  String.raw`(?<body>(?:\p{Lu}[^.;:()\n]{0,${PROSE_BODY_REACH}}?)?${BODY_WORD}|${OWN_BODY_KIND_CAPITALISED})\s+(?:behandlede|drøftede|sendte|udsatte)\s+(?:[\p{Ll}-]+\s+){1,8}?på\s+(?:(?:sit|et)\s+møde|mødet)\s+(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?|sag\s+nr\.?|§)\s*(?<item>\d{1,4}))?(?:\s*,?\s*og\s+(?<verdict>[^.;]+))?`,
  'gu',
);
export const MAY_TELL_TREATED_AT_MEETING = /(?:behandlede|drøftede|sendte|udsatte)\s[\p{Ll}\s-]{1,120}?på\s+(?:sit\s+møde|et\s+møde|mødet)\s+(?:den|d\.)\s+\d/u;
/** Where `PROSE_TREATED_AT_MEETING` can match (its body's name stands at most a name's length before the verb). */
export const PROSE_TREATED_AT_MEETING_KEYWORDS = {
  keyword: /(?:behandlede|drøftede|sendte|udsatte)\s/gu,
  reach: 2 * (1 + PROSE_BODY_REACH + LONGEST_BODY_WORD),
  stop: /[.;:()\n]/u,
};

/** `Direktionen indstiller (10. marts 2011, pkt. 46) ...` (Struer): a body's recommendation at its meeting, dated in brackets. */
export const PROSE_RECOMMENDS_DATED = new RegExp(
  String.raw`(?<body>(?:\p{Lu}[^.;:()\n]{0,${RECOMMENDS_BODY_REACH}}?)?${BODY_WORD})\s+(?:indstiller|anbefaler)\s+\((?<date>${DATE_SOURCE})\s*,\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4})\)`,
  'giu',
);
export const MAY_TELL_RECOMMENDS_DATED = /(?:indstiller|anbefaler)\s+\(\d/u;
/**
 * Where `PROSE_RECOMMENDS_DATED` can match: tried unanchored at every letter of a long case text, it stretched a name
 * from each (37% of parsing a Struer referat whose every item tells `Direktionen indstiller (...)`).
 */
export const PROSE_RECOMMENDS_DATED_KEYWORDS = {
  keyword: /(?:indstiller|anbefaler)\s+\(\d/giu,
  reach: 2 * (1 + RECOMMENDS_BODY_REACH + LONGEST_BODY_WORD),
  stop: /[.;:()\n]/u,
};

/**
 * `Økonomiudvalgets indstilling den 12. marts 2019: Anbefales.` (a word-processor referat): another body's dated
 * block with its verdict on the same line.
 */
export const PROSE_LABELLED_VERDICT = new RegExp(
  String.raw`(?<body>\p{Lu}[^.;:()\n]{0,60}?${BODY_WORD})s\s+(?:indstilling|beslutning)\s+(?:den|d\.)\s+(?<date>${DATE_SOURCE})\s*:\s*(?<verdict>[^.;\n]+)`,
  'gu',
);
export const MAY_TELL_LABELLED_VERDICT = /s\s+(?:indstilling|beslutning)\s+den\s+\d[^:\n]{4,20}:\s*\S/u;
/**
 * What the dated forms' `MAY_TELL_*` patterns (`VERDICT_DATED`, `VERDICT_PERFECT_DATED`, `TREATED_AT_MEETING`,
 * `LABELLED_VERDICT`) all hold, case and all: one search over a section that holds no date spares the four.
 */
export const MAY_TELL_DATE = /(?:den|d\.)\s+\d/u;
export const MAY_TELL_POSTPONED_FROM = /udsat\s+(?:fra|på\s+mødet)\s|(?:var|blev|også|tidligere)\s+udsat\s+på\s|udsatte\s+sagen\s/iu;

/**
 * A note at the end of a title cell (a Word table's `Emne`): `(Udsat fra mødet den 9. oktober 2012)`, `(Genoptaget fra
 * mødet den 14. marts 2011, pkt. 6)`, `(Udsat fra Økonomiudvalgets møde den ...)`: an earlier treatment, not the title's.
 */
export const TITLE_EARLIER_NOTE = new RegExp(
  String.raw`\s*\((?<kind>udsat|genoptaget|videreført)\s+fra\s+(?:(?<own>\p{Lu}[^()]{0,80}?${BODY_WORD}s)\s+møde|mødet)\s+(?:den|d\.)\s+(?<date>${DATE_SOURCE})(?:\s*,?\s*(?:punkt|pkt\.?)\s*(?<item>\d{1,4}))?\s*\.?\)$`,
  'iu',
);

/**
 * The same note as a line of the item's text (a protocol with no case presentation): `Genoptaget fra mødet den 14. marts
 * 2017, punkt 3.`, `Udsat fra Økonomiudvalgets møde den ...`. Read as any dated line or block, its body came out as the
 * words before the date: what follows the note's verb is the body (`mødet`: this meeting's).
 */
export const EARLIER_NOTE_BODY = /^(?<kind>udsat|genoptaget|videreført)\s+fra\s+(?<body>.*)$/iu;

/** `Den 16. september 2024 under punkt nr. 121 besluttede Byplanudvalget, at ...` (Herning). */
export const PROSE_TREATMENT_UNDER = new RegExp(
  String.raw`\bden\s+(?<date>${DATE_SOURCE})\s+under\s+(?:punkt|pkt\.?)\s*(?:nr\.\s*)?(?<item>\d{1,4})\s*,?\s+(?<verb>besluttede|behandlede|godkendte|principgodkendte|vedtog|anbefalede|udsatte)\s+(?<body>\p{Lu}[^.;:,]{0,80}?${BODY_WORD})(?![\p{L}])`,
  'giu',
);
export const MAY_TELL_TREATMENT_UNDER = /under\s+(?:punkt|pkt)/iu;

/** Bornholm's table of the meetings that treat a case: its heading and column headers, one cell a line. */
export const TREATMENT_TABLE_HEADING = /^behandling$/iu;
export const TREATMENT_TABLE_COLUMNS = /^(?:mødedato|åbent\s+punkt|lukket\s+punkt)$/iu;

/**
 * A body and its meeting's date alone on a line under a decision label (Skive's KMD export: `BESLUTNING` /
 * `Udvalget for Kultur og Fritid den 30. september 2014` / `Anbefales.` / `Økonomiudvalg den 14. oktober 2014` / ...):
 * a dated decision block, read as one only inside a decision (elsewhere such a line is a page's or a head's).
 */
// (Also with a dash for `den`, `Økonomiudvalget - 18. marts 2025`, as an unknown system writes its blocks.)
export const BODY_DATE_BLOCK = new RegExp(String.raw`^(?<body>\p{Lu}[^,.:;]{1,90}?)\s+(?:den|[-–])\s+(?<date>${DATE_SOURCE})\s*:?$`, 'u');
/** The body of such a line: it ends in a body word (`Økonomiudvalg`), or is an `Udvalget for <område>` (not `<organ> Torsdag`). */
export const NAMES_A_BODY = new RegExp(String.raw`(?:${BODY_WORD}$|^udvalget\s+for\s)`, 'iu');
