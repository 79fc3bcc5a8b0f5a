/** Words that make a phrase a body's name: `...udvalget`, `Byrådet`, `Kommunalbestyrelsen`, `Ældrerådet` (not `området`). */
export const BODY_WORD = String.raw`(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?|regionsråd(?:et)?|(?<![Oo][Mm])råd(?:et)?|bestyrelse(?:n)?|direktion(?:en)?|nævn(?:et)?|komité(?:en)?|forum(?:met)?|magistrat(?:en)?|lokaludvalg(?:et)?|direktør(?:område)?|ledelse(?:n)?|chefgruppe(?:n)?|kommission(?:en)?|panel(?:et)?|repræsentantskab(?:et)?)`;

/**
 * A body named by its field after `udvalget for`, so not ending in a body word: `Udvalget for Kultur og Fritid`, a
 * council-appointed working committee's `§17, stk. 4-udvalget for grøn omstilling og bæredygtig udvikling`, and a
 * joint or special committee whose compound ends in `udvalg` before its field (`Fælles Vandløbsudvalg for Varde Å`,
 * `Det Rådgivende Udvalg for Vadehavet`), and a council named so (Frederikssund's `Rådet for handicap, psykiatri og
 * udsathed`): up to two capitalised words in front, no lower-case word (a sentence).
 */
export const BODY_FOR_FIELD = /^(?:§\s*\d+\s*,\s*stk\.\s*\d+\s*-\s*)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:[Uu]dvalg(?:et)?|\p{Lu}\p{Ll}+udvalg(?:et)?|Råd(?:et)?)\s+for\s+\p{L}[\p{L} ,-]{1,100}$/u;

/**
 * A joint body of two or more municipalities, named for them after its body word: `Fælles Beredskabskommission for
 * Frederikssund og Halsnæs Kommuner`, `Det fælles Havneudvalg for Ærø, Svendborg og Faaborg-Midtfyn Kommuner` (the
 * municipalities are the name's: without them it names no one body).
 */
export const JOINT_BODY = new RegExp(String.raw`^(?:(?:Den|Det)\s+)?(?:[Ff]ælles\s+)?\p{Lu}?[\p{L}-]*${BODY_WORD}\s+for\s+\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*\s+og\s+\p{Lu}[\p{L}-]+\s+[Kk]ommuner$`, 'u');

/**
 * A body named for its place after its body word, the place's name in capitals: `Fælles Vandløbsudvalg for Varde Å`,
 * `Beredskabskommissionen for Frederikssund-Halsnæs`, `Lokalrådet for Vesterbro`, `Handicaprådet for Vejen Kommune`
 * (what follows `for` is names only, so a title's `Udvalget for Teknik og Miljø har besluttet` is no name).
 */
export const BODY_NAMED_FOR_PLACE = new RegExp(String.raw`^(?:(?:Den|Det)\s+)?(?:[Ff]ælles\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}?\p{Lu}?[\p{L}-]*${BODY_WORD}\s+for\s+\p{Lu}[\p{L}-]*(?:(?:\s+|,\s*|\s+og\s+)\p{Lu}[\p{L}-]*){0,4}(?:\s+[Kk]ommuner?)?$`, 'u');

/** A body's name ends in one of the body words (`Teknik- og Miljøudvalget`). */
export const BODY_NAME = new RegExp(String.raw`\p{L}[\p{L}\d\-–,. ]{0,100}?${BODY_WORD}(?![\p{L}])`, 'iu');
export const ENDS_WITH_BODY_WORD = new RegExp(String.raw`${BODY_WORD}$`, 'iu');

/**
 * The committee's abbreviation after its name: `Socialudvalget (SOU)`, and an election period `(2022-2025)`, or
 * without brackets (`Udvalg: Teknik- og Miljøudvalget 2022-2025`, Hedensted; `mødet i Kommunalbestyrelsen 2022-25`,
 * Faaborg-Midtfyn's SBSYS pages, whose earlier blocks also name `Økonomiudvalget 2022-25, <dato>, pkt. N:`), or glued
 * with an underscore, as a web page's title prints the body's name in its system (`Kommunalbestyrelsen_2018-21`).
 */
// (Also the law a temporary committee is set up under: Albertslund's `Temaudvalg (§17, stk. 4)`.)
export const BODY_SUFFIX = /\s*(?:\((?:[\p{Lu}\d]{1,8}|\d{2}(?:\d{2})?\s*[-–]\s*\d{2}(?:\d{2})?|§\s*\d{1,3}(?:[,.]?\s*stk\.?\s*\d{1,2})?)\)|[\s_](?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2}))\s*$/u;

/**
 * The municipality in front of the name in a running header: `Vejen Kommune - Byrådet`, `Aarhus Kommune, Teknisk Udvalg`,
 * `Odsherred Kommune - §17, stk. 4-udvalget for ...` (a council-appointed committee named for its paragraph).
 */
// (Or with a space only, a transcript's title `Tønder Kommune Kommunalbestyrelsen. Referat. ...`, before a capitalised word.)
export const BODY_MUNICIPALITY_PREFIX = /^\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?\s+Kommune(?:\s*[-–,:|]\s+(?=[\p{L}§])|\s+(?=\p{Lu}\p{Ll}))/u;

/** A clause after the name in a sentence (`<organ>, som blev holdt ...`, `<organ> der mødtes ...`): not the name's. */
export const BODY_CLAUSE_TAIL = /,?\s+(?:som|der|hvor)\s+\p{Ll}.*$/u;

/**
 * An election period in front of the name: `22-25 Byrådet`, `(2022-2025) Byrådet`, and a web archive's `År 2014-2017
 * Teknik- og Miljøudvalget - Referat` (Brønderslev's pages of an earlier period).
 */
export const BODY_PERIOD_PREFIX = /^(?:år\s+)?\(?\d{2}(?:\d{2})?\s*[-–]\s*\d{2}(?:\d{2})?\)?\s+/iu;

/**
 * The paragraph a temporary committee is set up under, in front of its name (`§ 17 stk. 4, Landdistriktsudvalget`, a
 * committee page's title): not the name's. (`§ 17, stk. 4-udvalget for ...`, the paragraph as the name itself, stays.)
 */
export const BODY_LAW_PREFIX = /^§\s*17\s*,?\s*stk\.?\s*4\s*[,:]?\s+(?=\p{Lu})/u;

/**
 * What a PDF's title adds after the body's name (Fredericia's `Referat fra mødet i Økonomiudvalget (Indeholder åbne
 * dagsordenspunkter) Meldahls Rådhus ...`): the note on the parts the referat holds, and what follows it, are not the
 * body's.
 */
export const BODY_PARTS_NOTE = /\.?\s*\(indeholder\s+(?:åbne|lukkede)(?:\s+og\s+(?:åbne|lukkede))?\s+dagsordenspunkter\).*$/iu;

/** The word `møde` before the body's name on a letter-spaced title (`R e f e r a t MØDE Fredensborg Seniorråd`). */
export const MEETING_WORD_BEFORE_BODY = /^møde\s+(?=\p{Lu})/iu;

/**
 * `Åbent møde for <udvalg>s møde den ...` (Vesthimmerland), `ÅBEN DAGSORDEN ØKONOMIUDVALG` (Skive), `Referat af ordinært
 * møde i <organ> <ugedag> den ...` (Samsø), a running header's `Vejen Kommune - Referat Byrådet 25. marts 2025`: what
 * kind of meeting or document, in front of the name.
 */
// (A decisions summary's title, `Beslutninger fra mødet. Torsdag 24.05.2007 kl. 8.15. Ordinært møde. Økonomiudvalget`:
// everything up to the meeting's kind is what and when, the body comes last. A print button's label glued before the
// body's name, `Udskriv Kultur-, Fritids- og Idrætsudvalget`, and a dated decision block's `Beslutning i <organ>` read as
// a head are no part of it.)
export const BODY_MEETING_PREFIX = /^(?:beslutninger\s+fra\s+mødet\b.*?\bmøde\.?\s+(?=[\p{L}§])|(?:(?:referat|dagsorden)\s+(?:af|fra)\s+)?(?:(?:åbent|lukket|ordinært|ekstraordinært)\s+møde\s+(?:for|i)\s+|(?:åben|åbent|lukket)\s+(?:dagsorden|referat)\s+)|(?:referat|dagsorden|beslutningsprotokol)\s*[:–-]?\s+(?!(?:af|fra|til|for)\s)|(?:udskriv|print)\s+(?=\p{Lu})|beslutning\s+i\s+(?=\p{Lu}))/iu;

/**
 * A meeting named by its body in one compound (`Referat af lokalrådsmødet mandag den 6. marts 2017`, `Referat af
 * byrådsmøde (4. marts 2014)`): the body is the compound's first part, in its definite form (`Lokalrådet`).
 */
// (Also a joint company's `Repræsentantskabsmøde`: its owners' assembly.)
const MEETING_OF_BODY = /^(?<stem>\p{L}*?(?:råd|udvalg|nævn|bestyrelse|repræsentantskab))smøde(?:t)?(?![\p{L}])/iu;
const DEFINITE_ENDING: Readonly<Record<string, string>> = { råd: 'et', udvalg: 'et', nævn: 'et', bestyrelse: 'n', repræsentantskab: 'et' };

/** The body a `<organ>smøde(t)` compound names, in its definite form and capitalised; else undefined. */
export function bodyOfMeetingCompound(text: string): string | undefined {
  const stem = MEETING_OF_BODY.exec(text)?.groups!.stem;
  if (!stem) return undefined;
  const word = /(?:råd|udvalg|nævn|bestyrelse|repræsentantskab)$/iu.exec(stem)![0].toLowerCase();
  return stem.charAt(0).toUpperCase() + stem.slice(1).toLowerCase() + DEFINITE_ENDING[word];
}

/**
 * A joint company's or association's meeting named by its organ and the organisation (a trafikselskab's
 * `Bestyrelsesmøde i Sydtrafik`, `Repræsentantskabsmøde i Midttrafik`): one capitalised compound, `i`, `for` or `hos`,
 * and the organisation's name of up to four capitalised words.
 */
export const ORGANISATION_MEETING = /^(?<compound>\p{Lu}\p{Ll}+smøde)\s+(?:i|for|hos)\s+(?<organisation>\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})$/u;

/** The body such a title names, `Bestyrelsen for Sydtrafik`; else undefined. */
export function bodyOfOrganisationMeeting(text: string): string | undefined {
  const match = ORGANISATION_MEETING.exec(text);
  const organ = match && bodyOfMeetingCompound(match.groups!.compound!);
  return organ ? `${organ} for ${match.groups!.organisation!}` : undefined;
}

/** Genitive forms in `<Udvalg>s beslutning`, `Referat af Byrådets møde`: the body's name without the `s`. */
export function fromGenitive(name: string): string {
  return name.replace(/(udvalget|rådet|byrådet|bestyrelsen|direktionen|nævnet|udvalg|forummet|magistraten|repræsentationen|komitéen|ledelsen|panelet|kommissionen|repræsentantskabet)s$/iu, '$1');
}

/** Abbreviations of bodies in competence and routing fields, and the names they stand for. */
export const BODY_ABBREVIATIONS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^kb$/iu, /^kommunalbestyrelse/iu],
  [/^(?:by|br)$/iu, /^byråd/iu],
  [/^(?:øu|øk)$/iu, /^økonomiudvalg/iu],
  [/^br$/iu, /^borgerrepræsentation/iu],
];

/**
 * Abbreviations that stand for one body whatever the municipality, spelled out where the document names its meeting
 * by them alone (Stevns' `Godkendelse af åben dagsorden for KB den 22. januar 2020`). `BR` is not among them: it is
 * `Byrådet` in some municipalities and `Borgerrepræsentationen` in København.
 */
export const BODY_ABBREVIATION_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^kb$/iu, 'Kommunalbestyrelsen'],
  [/^by$/iu, 'Byrådet'],
  [/^(?:øu|øk)$/iu, 'Økonomiudvalget'],
];

/** The verb after a body named in a competence field: `Kommunalbestyrelsen beslutter.`, `Udvalget træffer beslutning`. */
export const BODY_DECIDES = /\s+(?:beslutter|træffer\s+beslutning|afgør)\s*\.?\s*$/iu;

/**
 * A body named by its kind alone (`Udvalget`, `Rådet`, `Nævnet`): the body whose minutes these are. `udvalget` is read so
 * in any minutes (committees' minutes call themselves so); another kind only where this meeting's body is of that kind
 * (`Rådet drøftede ...` in the Handicapråd's minutes), else it is kept as written.
 */
export function isOwnBodyByKind(name: string, meetingBody: string | undefined): boolean {
  const kind = name.trim().toLowerCase();
  if (kind === 'udvalget') return true;
  const stem = OWN_BODY_KINDS.get(kind);
  if (stem === undefined || meetingBody === undefined) return false;
  // (A body without the definite ending is of the kind too: `Rådet` in the minutes of `Det Lokale Beskæftigelsesråd`.)
  const body = meetingBody.toLowerCase();
  return body.endsWith(kind) || body.endsWith(stem);
}

/** A body's kind alone (`Rådet`, `Udvalget`): the own body where it is of that kind, else no body a text names. */
export function isBodyKindAlone(name: string): boolean {
  const kind = name.trim().toLowerCase();
  return kind === 'udvalget' || OWN_BODY_KINDS.has(kind);
}

/** The kinds of body a text names its own body by, besides `udvalget`, each with its stem (no definite ending). */
const OWN_BODY_KINDS = new Map([
  ['rådet', 'råd'],
  ['nævnet', 'nævn'],
  ['bestyrelsen', 'bestyrelse'],
  ['kommissionen', 'kommission'],
  ['lokaludvalget', 'lokaludvalg'],
]);

/** The kinds alone as a sentence's capitalised subject (`Rådet drøftede ...`), for patterns that match case. */
export const OWN_BODY_KIND_CAPITALISED = '(?:Udvalget|Rådet|Nævnet|Bestyrelsen|Kommissionen|Lokaludvalget)';

/**
 * A committee named by its fields alone, without a body word (many municipalities name theirs so: `Økonomi og Erhverv`,
 * `Børn og Unge`, `Klima, Miljø og Teknik`, `Børn & Læring`): two or more fields of one or two capitalised words each,
 * joined by `og`, `&` or a comma. Told a committee only where the head's structure says so (`field-named-body.ts`).
 */
export const FIELDS_NAME = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?(?:(?:, | og | & )\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)+$/u;
/** Words no field of a committee's name is: a document's kind, a place, the municipality, a head label. */
export const NO_FIELD_WORD = /(?<![\p{L}])(?:referat(?:er)?|dagsorden(?:er)?|beslutning(?:er|sprotokol)?|indhold(?:sfortegnelse)?|kommune|rådhus(?:et)?|mødested|mødelokale|mødedato|deltagere|afbud|bilag)(?![\p{L}])/iu;
/** A document's kind, and what joins it to the committee's name on a title line (`Referat - `, ` – referat`, `Referat fra `). */
export const KIND_ON_TITLE = /^(?:(?:referat|dagsorden|beslutningsprotokol)(?:\s+(?:fra|af|for)(?:\s+mødet\s+i)?)?\s*[-–:,]?\s+)|(?:\s*[-–:,]\s*|\s+)(?:referat|dagsorden|beslutningsprotokol)$/giu;
/** A document's kind alone on its line, between a committee's name and the meeting's date. */
export const KIND_LINE = /^(?:referat|dagsorden|beslutningsprotokol|åbent referat|åben dagsorden)$/iu;
