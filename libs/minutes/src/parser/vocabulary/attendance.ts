import type { Attendance } from '../parsed-minutes.types.js';
import { DATE_SOURCE } from './dates.js';

/** Status words after a name or over a list, and what they mean. Matched on the whole (lower-cased) word group. */
export const ATTENDANCE_STATUSES: ReadonlyArray<[RegExp, Attendance]> = [
  [/^(?:afbud|meldt afbud|meldt forfald|forfald|fraværende med afbud|havde meldt afbud|har meldt afbud|havde meldt forfald|har meldt forfald)$/u, 'apologies'],
  [/^(?:deltog ikke|fraværende|ikke til stede|udeblev|udeblev uden afbud|fraværende uden afbud|var fraværende|ikke mødt|orlov|på orlov)$/u, 'absent'],
  [/^(?:deltog|til stede|tilstede|deltager|mødt|deltog i mødet)$/u, 'attended'],
];

/** `Stedfortræder for <navn>`, `Suppleant for <navn>`, `mødte for <navn>`, `i stedet for <navn>`. */
export const SUBSTITUTE = /[,;(]?\s*(?:som\s+)?(?:stedfortræder|suppleant|mødte)\s+(?:for|i stedet for)\s+(?<for>.+?)\s*$/iu;

/** Tårnby's member list: `Winnie Sand ( i stedet for Brian Frisk)`, the stand-in in brackets after the name; also
 * `Karl Nørgaard (V) (stedfortræder for Kristian Møller)`, `(suppleant for <navn>)` and `(for <navn>)`. The member
 * stood in for may keep a party's bracket inside it, `(stedfortræder for Ib Riis (A))`: not the name's. */
export const BRACKETED_STAND_IN = /\s*\(\s*(?:i\s+stedet\s+for|(?:stedfortræder|suppleant)\s+for|for)\s+(?<for>\p{Lu}[^()]*?)(?:\s*\([^()]{1,6}\))?\s*\)\s*$/iu;

/**
 * A PDF transcript's member column run into one line, each name closed by its party letter in brackets, with or without
 * a comma between them (`Anne Holm (A) Bo Lund (V) Eva Berg (F)`); `PARTY_THEN_NAME` is where one member meets the next.
 */
// (A member outside the parties wears `(u.p.)`, uden for partierne: Næstved's `Carsten Bering (u.p.)`.)
// (A note in a second bracket may follow the party: `Jens Berg (Ø) (Orlov)`, `Eva Lund (Ø) (Stedfortræder for Jens Berg)`.)
const NAME_THEN_PARTY = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|la|le|de|af|von|van)){0,4}\s+\((?:\p{Lu}{1,2}|u\.\s?p\.?)\)(?:\s+\([^()]{1,60}\))?`;
// (The chair's role after the party, `Erik Holm (A) - Formand`, as the column prints it.)
const ROLE_AFTER_PARTY = String.raw`(?:\s+-\s+(?:[Ff]ormand|[Nn]æstformand|[Bb]orgmester))?`;
export const PARTY_CLOSED_RUN = new RegExp(String.raw`^${NAME_THEN_PARTY}${ROLE_AFTER_PARTY}(?:,?\s+${NAME_THEN_PARTY}${ROLE_AFTER_PARTY})+$`, 'u');
export const PARTY_THEN_NAME = /\),?\s+(?=\p{Lu})/gu;

/** `Lars Bjerg var substitueret ved Mogens Dall og Inge Holt var substitueret ved Tove Rask.`: who stood in for whom. */
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4}`;
/** A recommendation's point that seats a substitute: `at A indtræder som stedfortræder for B,` (the names, every word capitalised; a numbered point's `at` may stand apart). */
export const SEATED_SUBSTITUTE = new RegExp(String.raw`(?:(?<![\p{L}])at\s+)?(?<name>${CAPITALISED_NAME})(?:\s*\([^()]{0,40}\))?\s+(?:indtræder|deltager|indkaldes)\s+som\s+(?:\d+\.\s+)?(?:stedfortræder|suppleant)\s+for\s+(?<for>${CAPITALISED_NAME})`, 'gu');
/**
 * A head's sentences after the member list, each absent member followed by who came instead (Lyngby-Taarbæk: `Mette Holm
 * (A) var fraværende. I stedet deltog Bo Lind (A) Eva Mose (F) var fraværende. I stedet deltog Kim Lund (F).`): the
 * substitute's name ends at a party's bracket or a full stop, where the transcript may have lost the full stop before
 * the next member's sentence. A member without a party prints the bracket empty (`Eva Mose () var fraværende.`).
 */
export const ABSENT_THEN_INSTEAD_SENTENCE = new RegExp(String.raw`(?<for>${CAPITALISED_NAME})(?:\s*\([^()]{0,6}\))?\s+var\s+fraværende\.\s+I\s+stedet\s+(?:deltog|mødte)\s+(?<name>${CAPITALISED_NAME})(?:\s*\([^()]{1,6}\)|(?=\.))`, 'gu');
/** A sentence that names who came in whose place (`I stedet for Eva Mose deltog Kim Lund.`), among other sentences. */
export const INSTEAD_OF_SENTENCE = new RegExp(String.raw`^I\s+stedet\s+for\s+(?<for>${CAPITALISED_NAME})(?:\s*\([^()]{1,6}\))?\s+(?:deltog|mødte)\s+(?<name>${CAPITALISED_NAME})(?:\s*\([^()]{1,6}\))?\.?$`, 'u');
export const SUBSTITUTED_BY_SENTENCE = new RegExp(String.raw`(?<for>${CAPITALISED_NAME})(?:\s*\([^()]*\))?\s+var\s+substitueret\s+(?:ved|af)\s+(?<name>${CAPITALISED_NAME})`, 'gu');

/**
 * Both named in one sentence: `Ole Bagger deltog som stedfortræder for Karin Bøje og Lene Fisker deltog som stedfortræder
 * for Søren Frisk` (Langeland, under `Afbud under hele mødet:` in every decision), `B deltog i stedet for A.`
 */
/**
 * The absent member first: `I stedet for Signe Holt (A) deltog stedfortræder Mette Berg (A).` (København's council, in the
 * first decision), `I stedet for Morten Skov mødte Bo Kragh.`
 */
export const INSTEAD_OF_IN_TEXT = new RegExp(
  String.raw`\b[Ii]\s+stedet\s+for\s+(?<for>${CAPITALISED_NAME})(?:\s*\([^()]*\))?\s+(?:deltog|mødte)\s+(?:\d+\.\s*)?(?:stedfortræder\s+|suppleant\s+)?(?<name>${CAPITALISED_NAME})`,
  'gu',
);
// (`Suppleant B deltog i mødet i stedet for A, der havde meldt afbud.`: the word before the name is no part of it. A
// substitute approved in the council's first decision `indtræder i Byrådet som stedfortræder for A`.)
export const STOOD_IN_FOR_IN_TEXT = new RegExp(
  String.raw`(?:(?:[Ss]uppleant|[Ss]tedfortræder)(?:en)?\s+)?(?<name>${CAPITALISED_NAME})(?:\s*\([^()]*\))?\s+(?:deltog|mødte|indtræder|indtrådte)\s+(?:i\s+(?:mødet|\p{Lu}[\p{L}-]+)\s+)?(?:som\s+(?:\d+\.\s*)?(?:stedfortræder|suppleant)|i\s+stedet)\s+for\s+(?<for>${CAPITALISED_NAME})`,
  'gu',
);

/** The role word before the substitute and a bare `for`: `Suppleant B (V) deltog for A (V).`, `Stedfortræder B mødte for A.` */
export const ROLE_CAME_FOR_IN_TEXT = new RegExp(
  String.raw`(?:[Ss]uppleant|[Ss]tedfortræder)(?:en)?\s+(?<name>${CAPITALISED_NAME})(?:\s*\([^()]*\))?\s+(?:deltog|mødte)\s+for\s+(?<for>${CAPITALISED_NAME})`,
  'gu',
);

/** An absence list that ends in who came for whom: `Afbud: A (V). Stedfortræder for A: B (V)`. */
export const SUBSTITUTE_FOR_LABEL_AFTER_LIST = /\.\s+(?:[Ss]tedfortræder|[Ss]uppleant)\s+for\s+(?<for>\p{Lu}[^:.]*?)\s*:\s*(?<name>\p{Lu}[^:]*?)\.?$/u;

/**
 * The absent member named in the label: `Stedfortræder for Dorthe Riis: Mikkel Sand (A).` (after the absence sentence in the
 * first decision).
 */
export const SUBSTITUTE_FOR_LABEL_IN_TEXT = new RegExp(
  String.raw`\b(?:[Ss]tedfortræder|[Ss]uppleant)\s+for\s+(?<for>${CAPITALISED_NAME})(?:\s*\([^()]*\))?\s*:\s*(?<name>${CAPITALISED_NAME})`,
  'gu',
);

/** An entry under a head's `Stedfortræder:` label: `Niels Brink (V) for Erik Dam (V)`, `Lise Mortensen mødte for Holger Kure.` */
// (`Lise Mortensen mødte for Holger Kure.`: the verb between the names, the closing full stop no part of a name.)
export const SUBSTITUTE_LIST_ENTRY = /^(?<name>\p{Lu}.*?)\s+(?:(?:mødte|deltog)\s+)?(?:for|i stedet for)\s+(?<for>\p{Lu}.+?)\.?$/u;

/**
 * A member list's entry that names a stand-in and the member, both with party letters (`Mogens Friis (V) for Allan
 * Holt (V)` under `Til stede:`): the brackets on both sides keep a role (`formand for udvalget`) out.
 */
export const MEMBER_FOR_MEMBER_ENTRY = /^(?<name>\p{Lu}[^()]*?\s*\([^()]{1,12}\))\s+for\s+(?<for>\p{Lu}[^()]*?\s*\([^()]{1,12}\))\.?$/u;

/** København's `Stedfortræder: A (V) for B (V)` among the attendance lines of the first decision. */
export const SUBSTITUTE_LABEL_LINE = /^(?:stedfortræder|suppleant)\s*:\s*(.+)$/iu;

/**
 * Hvidovre's `Afbud fra <navn> stedfortræder <navn>`, Roskilde's `Fraværende: A (C) - B (C) mødte som stedfortræder.`:
 * who came instead follows the absent member.
 */
export const SUBSTITUTED_BY = /\s+(?:(?:stedfortræder|suppleant)\s+(?!for\b)\p{Lu}.*|[-–]\s+\p{Lu}[^()]*(?:\([^()]*\))?\s+(?:mødte|deltog|deltager)\s+som\s+(?:stedfortræder|suppleant)\.?)$/u;

const SENTENCE_NAME = String.raw`\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:\s*\([^()]{0,40}\))?`;

/**
 * A substitute in a sentence of its own, for the member whose absence the sentence before states: `Stedfortræder
 * B (V) deltog.` (Rebild; an SBSYS preview's `... deltog i mødet.`), `B (F) deltog som stedfortræder.`, `B (C) mødte som stedfortræder.` (Roskilde), `Som suppleant
 * deltog B (V).` (Svendborg), `B deltager i stedet.` (Faaborg-Midtfyn, after `Afbud fra A (V).`), `I stedet deltog stedfortræder
 * B (A).` (an SBSYS council's first decision, after `Afbud: A (A).`; a joint body's `I stedet mødte B.`), `Mødt stedfortræder: B (V).` (an SBSYS decision's
 * first line, after `Afbud: A (V).`), and the label alone after the absence on one line: `Afbud: A (V). Stedfortræder: B (V).`
 * (Vejen's per-item line), `Fraværende: A (A). Stedfortræder: B (A).` (an SBSYS preview's first decision), and the
 * substitute called in without `for` after the apology (`..., at der var afbud fra A (Ø). B (Ø) var indkaldt som
 * stedfortræder efter styrelsesvedtægtens § 25.`: a council's first decision).
 */
export const SUBSTITUTE_SENTENCE = new RegExp(
  String.raw`^(?:(?:\d+\.\s*)?(?:[Ss]tedfortræder|[Ss]uppleant)\s+(?<name>${SENTENCE_NAME})\s+(?:deltog|mødte)(?:\s+i\s+(?:stedet|mødet))?|[Ii]\s+stedet\s+(?:deltog|mødte)\s+(?:(?:\d+\.\s*)?(?:stedfortræder|suppleant)\s+)?(?<insteadAfter>${SENTENCE_NAME})|(?<named>${SENTENCE_NAME})\s+(?:deltog|deltager|mødte)\s+som\s+(?:stedfortræder|suppleant)|[Ss]om\s+(?:stedfortræder|suppleant)\s+(?:deltog|deltager|mødte)\s+(?<after>${SENTENCE_NAME})|(?<instead>${SENTENCE_NAME})\s+(?:deltog|deltager|mødte)\s+i\s+stedet|(?:(?:[Mm]ødt|[Mm]ødte|[Dd]eltog)\s+(?:som\s+)?)?(?:stedfortræder|suppleant)\s*:\s*(?<came>${SENTENCE_NAME})|(?<called>${SENTENCE_NAME})\s+(?:var|er|blev)\s+indkaldt\s+som\s+(?:\d+\.\s*)?(?:stedfortrædere?|suppleant(?:er)?)(?:\s+(?!for\s)[^.]{1,80})?)\s*\.?$`,
  'iu',
);

/**
 * An apology told as what someone reported, or as `der var`: `Borgmesteren oplyste, at der var afbud fra A (Ø).`, `Der
 * var afbud fra A.`: what comes before `afbud fra`/`forfald fra` (the rest reads as an absence line).
 */
// (Also with a label's colon after `fra`: Aabenraa's `Bemærkninger: Der var afbud fra: A`; and as what the secretariat
// received, Region Hovedstaden's `Der var modtaget afbud fra A (B), C (V) og D (ufp).`)
export const REPORTED_APOLOGY = /^(?:[^,.]{1,80},\s*at\s+)?der\s+(?:(?:var|er)(?:\s+modtaget)?|havde\s+meldt|har\s+meldt)\s+(?=(?:afbud|forfald)\s+fra[:\s])/iu;

/** Where a line of attendance sentences splits: after a full stop (not an initial's), and at Roskilde's ` - ` before a name. */
export const ATTENDANCE_SENTENCE_BREAK = /(?<!(?:^|[\s(])\p{Lu}\.)(?<=\.)\s+(?=\p{Lu})|\s+[-–]\s+(?=\p{Lu})/u;

/** Partial presence: `forlod mødet efter pkt. 5`, `deltog fra pkt. 3`, `, sag 3-4`, `ankom kl. 17.30`. */
export const PARTIAL = /(?:,\s*)?(?<partial>(?:forlod mødet|gik)\s+(?:efter|kl\.?|under)\s*.+|(?:deltog|ankom|mødte)\s+(?:fra|kl\.?|efter|under)\s*.+|(?:deltog ikke i (?:behandlingen af )?)?(?:sag(?:erne)?|pkt\.?|punkt(?:erne)?)\s+\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|og)\s*\d+)*)\s*\.?$/iu;

/**
 * A member's partial presence in a sentence of the meeting's first decision (København): `Helle Storm (V) forlod
 * mødet kl. 16.30 under behandlingen af punkt 3.`, `A ankom kl. 17.15.`, `A mødte kl. 16.05 under punkt 3.`, `A kom kl.
 * 19.10 under ...`, `A erklærede sig inhabil under punkt 5 og forlod lokalet ...`, an old protocol's `A deltog i pkt. 8-11
 * og 13-16's behandling` (not `A mødte for B`, a substitute).
 */
/**
 * The same told of several members at once (`A (A) og B (A) deltog ikke i dette punkt.`, `A, B og C forlod mødet kl.
 * 17.30.`): the names, each read as `PARTIAL_SENTENCE`'s one.
 */
export const SEVERAL_PARTIAL_SENTENCE = /^(?<names>\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?(?:\s*,\s*\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)*\s+og\s+\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)\s+(?<partial>(?:forlod|deltog\s+ikke\s+i\s+(?:behandlingen\s+af|dette\s+punkt|denne\s+sag|punktet))\b.*)$/u;
/** Where `SEVERAL_PARTIAL_SENTENCE`'s names part. */
export const NAMES_APART = /\s*,\s*|\s+og\s+/u;

/**
 * An absence label and its one name, then who was called in for that member, in one sentence (Næstved's head:
 * `Fraværende A – B er indkaldt som stedfortræder.`), maybe with more sentences after it (`C var fraværende ved
 * behandlingen af sag nr. 118.`: `rest`). The label with or without its colon.
 */
export const ABSENT_THEN_CALLED_IN_LINE = new RegExp(
  String.raw`^(?<label>Fraværende|Afbud(?:\s+fra)?)\s*:?\s+(?<absent>${SENTENCE_NAME})\s+[–-]\s+(?<called>${SENTENCE_NAME})\s+(?:er|var|blev)\s+indkaldt\s+som\s+(?:stedfortræder|suppleant)\s*\.?(?<rest>.*)$`,
  'u',
);

export const PARTIAL_SENTENCE = /^(?<name>\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)\s+(?<partial>(?:forlod|ankom\s+til|ankom|(?:mødte|kom)\s+(?:først\s+)?(?:kl\.?|under|efter|fra)|deltog\s+fra|deltog\s+(?:kun\s+)?under\s+(?:pkt|punkt|punkterne|sag|sagerne)\.?\s*\d+(?:\s*[-–]\s*\d+|(?:\s*,\s*\d+)*\s+og\s+\d+)|deltog\s+i\s+(?:pkt|punkt|punkterne|sag|sagerne)\.?\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|og)\s*\d+(?:\s*[-–]\s*\d+)?)*(?:'s|s)?\s+behandling|deltog\s+ikke\s+i\s+behandlingen\s+af|deltog\s+ikke\s+(?:under|i)\s+(?:pkt|punkt|punkterne|sag|sagerne)\.?\s*\d+|var\s+fraværende\s+(?:under|i|ved)\s+(?:behandlingen\s+af\s+)?(?:pkt|punkt|punkterne|sag|sagerne)\.?\s*(?:nr\.?\s*)?\d+|deltog\s+ikke\s+i\s+(?:dette\s+punkt|denne\s+sag|punktet)|erklærede\s+sig\s+inhabil\b.*?\bforlod)\b.*)$/u;

/**
 * Over København's list of those present in the first decision: `Deltagerne var:`, `Tilstede var:`, `Til stede var:`, and
 * a committee's whose members come from several groups, `I mødet deltog:` over the groups' labels and names.
 */
export const PRESENT_LIST_OPENER = /^(?:deltagerne\s+var|tilstede\s+var|til\s+stede\s+var|i\s+mødet\s+deltog)\s*:?$/iu;

/**
 * Under that opener, a label over one group's names (`Borgerrepræsentanter:`, `Fra den folkeoplysende voksenundervisning:`):
 * a line of a few words ending in a colon. The administration's staff are no members (`Fra forvaltningen:`).
 */
export const MEMBER_GROUP_LABEL = /^\p{Lu}[\p{L} -]{2,80}:$/u;
export const STAFF_GROUP_LABEL = /^(?:fra\s+)?(?:forvaltningen|administrationen|sekretariatet|direktionen)\s*:$/iu;

/** Capitalised names (a bracketed note allowed) joined by commas and a last `og`: `A B, C D og E F`. */
export const NAMES_IN_A_SENTENCE = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:\s*\([^()]*\))?(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:\s*\([^()]*\))?)*\s+og\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:\s*\([^()]*\))?$/u;
export const NAMES_SEPARATOR = /,\s*|\s+og\s+(?=\p{Lu})/u;

/**
 * Over the attendance sentences of a København local committee's first decision: `Fremmøde og inhabilitet:`; or its
 * item page's section `Om mødet` over the meeting's times, absence labels and sentences (under a one-item page's decision).
 */
export const ATTENDANCE_SENTENCES_OPENER = /^(?:fremmøde(?:\s+og\s+inhabilitet)?|om\s+mødet)\s*:?$/iu;
/**
 * `Mødet startede kl. 17.30 og sluttede kl. 22.05.` at the top of a decision: København's council writes the meeting's
 * times and then its absences there without a list of those present (`Deltagerne var:`).
 */
export const MEETING_TIMES_OPENER = /^mødet\s+(?:startede|begyndte)\s+kl\./iu;

/**
 * København's absence labels alone on their line with the names on the next ones: `Afbud fra:`, `Fraværende uden
 * afbud:` (not a bare `Fraværende:`, which Slagelse prints empty in every decision block).
 */
export const ABSENCE_LIST_LABEL_WITH_COLON = /^(?<label>afbud\s+fra|fraværende\s+(?:med|uden)\s+afbud)\s*:\s*$/iu;
/** The same labels with or without the colon: København's `Om mødet` section prints `Fraværende med afbud` bare. */
export const ABSENCE_LABEL_ALONE = /^(?<label>afbud\s+fra|fraværende\s+(?:med|uden)\s+afbud)\s*:?\s*$/iu;

/** Under such a label, `A. I stedet deltog B.`: A was away, B came instead (København's `Om mødet`). */
export const INSTEAD_CAME_ENTRY = new RegExp(String.raw`^(?<absent>${SENTENCE_NAME})\.?\s+I\s+stedet\s+deltog\s+(?<name>${SENTENCE_NAME})\s*\.?$`, 'u');

/**
 * København's label over the members away for part of the meeting, one a line with when and where in the meeting
 * (`Fraværende i mødet:` / `A (V) til kl. 18.40 i punkt 2` / `B (A) fra kl. 21.10 i punkt 12`).
 */
export const PARTIAL_LIST_LABEL = /^fraværende\s+i\s+mødet\s*:\s*$/iu;
/** An entry of that list: the name, then `fra`/`til kl. HH.MM` and perhaps the item. */
export const PARTIAL_LIST_ENTRY = /^(?<name>\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)\s+(?<partial>(?:fra|til)\s+kl\.?\s*\d{1,2}[.:]\d{2}.*?)\.?$/u;
/**
 * An entry of København's absence list that names who was called in instead (`A (DH), B (DH) indkaldt`; `A og B, C
 * deltog`): the absent member(s) before the comma, the substitute after it.
 */
export const CALLED_IN_ENTRY = /^(?<absent>\p{Lu}[^,]*?)\s*,\s*(?<name>\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)\s+(?:indkaldt|deltog)\.?$/u;

/** `A havde meldt afbud, og B deltog i stedet.`: B stood in for A. */
export const STOOD_IN_SENTENCE =
  /^(?<absent>\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)\s+havde\s+meldt\s+afbud\s*,?\s+og\s+(?<name>\p{Lu}[\p{L}.' -]+?(?:\s*\([^()]*\))?)\s+deltog\s+i\s+stedet\.?$/u;

/**
 * An absence list's entry that names who came instead after the absent member, the role word between them and no `for`
 * (Hvidovre's `Afbud fra A stedfortræder B`, `A, stedfortræder: B`, `A – stedfortræder B`), or after the substitute's
 * name, every word of it capitalised (a region's `A (F) - B stedfortræder`; not `A (V) - Deltog som stedfortræder`): A sent
 * apologies, B stood in for A.
 */
export const ABSENT_THEN_SUBSTITUTE_ENTRY =
  /^(?:[•·▪]\s*)?(?<absent>\p{Lu}[^:]*?)(?:(?:\s*,\s*|\s+[-–]\s+|\s+)(?:stedfortræder|suppleant)\s*:?\s+(?!for\b)(?<name>\p{Lu}[\p{L}.' -]*?(?:\s*\([^()]*\))?)|\s+[-–]\s+(?<nameFirst>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+(?:\s*\([^()]*\))?)\s+(?:stedfortræder|suppleant))\.?$/u;

/** The same in a decision's sentence: `Afbud fra A (A). B (A) deltog i As sted.` */
export const IN_PLACE_OF_IN_TEXT = new RegExp(
  String.raw`(?<name>${CAPITALISED_NAME})(?:\s*\([^()]{0,40}\))?\s+(?:deltager|deltog|mødte|indtræder|indtrådte)\s+i\s+(?<for>${CAPITALISED_NAME}?)s\s+(?:sted|fravær)\b`,
  'gu',
);

/** On an absence list, who came in a listed member's place: `B deltager i As sted` (the member in the genitive). */
export const IN_PLACE_OF_ENTRY = new RegExp(
  String.raw`^(?<name>${CAPITALISED_NAME})(?:\s*\([^()]{0,40}\))?\s+(?:deltager|deltog|mødte|indtræder|indtrådte)\s+i\s+(?<for>${CAPITALISED_NAME}?)s\s+(?:sted|fravær)\.?$`,
  'u',
);

/** The same label again after a sentence's end inside one line (`Afbud fra A stedfortræder B. Afbud fra C`): the list goes on. */
export const LABEL_REPEATED_IN_LIST = /\.\s+(?:afbud(?:\s+fra)?|fraværende(?:\s+med\s+afbud)?)\s*:?\s+(?=\p{Lu})/giu;

/** The reason after a name on an absence list: `Ole Ravn pga. arbejde.`, `Ole Ravn grundet sygdom`. */
export const ABSENCE_REASON = /\s+(?:pga\.?|på\s+grund\s+af|grundet)\s+.*$/iu;

/**
 * An absence stated for one item: a label and the names (`Fraværende: A (V)`, `Afbud A (C), B (Ø)`,
 * `Ikke til stede: A`, `Fraværende- A ()`, `Fraværende med afbud: A (V), sygdom`, `Uden afbud A.` after the apologies, a local committee's `Følgende udeblev
 * uden afbud: A, B og C.`); not `Fraværende i <organ>`,
 * which is another body's absence.
 */
export const ABSENCE_LABEL_LINE =
  /^(?<label>afbud(?:\s+fra)?|fraværende(?:\s+med\s+afbud|\s+uden\s+afbud)?|uden\s+afbud|ikke\s+til\s+stede|deltog\s+ikke|meldt\s+afbud|følgende\s+(?:udeblev(?:\s+uden\s+afbud)?|var\s+fraværende|deltog\s+ikke|havde\s+meldt\s+afbud)(?=\s*:))\s*(?:[:-]\s*|\s+(?![/]|i\s))(?<names>.*)$/iu;

/**
 * A dated absence list's label, the names on the next lines: `Fraværende i <organ>, <dato>:` (a municipal web page prints
 * one under the decision it shows; under an earlier meeting's decision it names that meeting). Its absentees are the
 * named meeting's only: not a decision block's heading, and this meeting's only where the date is this meeting's.
 */
export const DATED_ABSENCE_LABEL = new RegExp(
  String.raw`^(?:fraværende|fravær|afbud)\s+(?:i|fra|ved)\s+(?<body>\p{Lu}[^:]{0,100}?)(?:\s*,|\s+[-–])?\s+(?:den\s+|d\.\s*)?(?<date>${DATE_SOURCE})\s*:?$`,
  'iu',
);

/** A staff cooperation committee (`Område-MED Teknik`, `Hoved-MED-udvalget`): never a political body's meeting. */
export const STAFF_COMMITTEE = /(?:^|[\s-])MED(?:$|[\s-])/u;

/** `Følgende deltog ikke i behandlingen af punktet:` with the names on the next lines. */
export const ABSENCE_LIST_OPENER = /^følgende\s+(?:deltog\s+ikke|var\s+fraværende|havde\s+meldt\s+afbud)(?:\s+i\s+behandlingen)?(?:\s+af\s+(?:punktet|sagen))?\s*:?$/iu;

/**
 * A member who came late, in a sentence of the decision (`Jørn Petersen deltog fra punkt 63.`): away from the items before
 * it, so present for part of the meeting, as `forlod mødet` tells the other end.
 */
// (With the clock first too: `Preben Ask deltog fra kl. 16.40 under punkt 32.`)
const ARRIVED_LATE_STATUS = String.raw`deltog\s+(?:først\s+)?fra\s+(?:kl\.?\s*\d{1,2}[.:]\d{2}\s+under\s+(?:behandlingen\s+af\s+)?)?(?:punkt|pkt\.?|sag)\s*\d+`;
export const ARRIVED_LATE = new RegExp(ARRIVED_LATE_STATUS, 'u');

/** Item numbers as minutes list them after `punkt`: `12-15`, `3, 5 og 7-9`. */
export const ITEM_NUMBER_LIST = String.raw`\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|og)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*`;

/**
 * Away from named items, told in any item's text: `A (F) deltog ikke under punkterne 12-15.`, `A deltog ikke i behandlingen
 * af punkt 4 og 5.`: those items' absence, and the member's partial presence (the whole meeting where they are all its items).
 */
const AWAY_FROM_ITEMS_STATUS = String.raw`deltog\s+ikke\s+(?:under|i)\s+(?:behandlingen\s+af\s+)?(?:punkt(?:erne)?|pkt\.?|sag(?:erne)?|dagsordenspunkt(?:erne)?)\s*${ITEM_NUMBER_LIST}`;
export const AWAY_FROM_ITEMS = new RegExp(AWAY_FROM_ITEMS_STATUS, 'u');

/**
 * Kept from one item by something else, as a magistrate's or committee's referat writes it under the decision: `A og B
 * var forhindret i at deltage i sagens behandling.`, `A, B og C, var forhindrede i at deltage i udvalgets behandling af
 * sagen.`: away from that item only.
 */
const PREVENTED_FROM_ITEM_STATUS = String.raw`var\s+forhindre(?:t|de)\s+i\s+at\s+deltage\s+i\s+(?:sagens\s+behandling|udvalgets\s+behandling\s+af\s+sagen|behandlingen\s+af\s+(?:sagen|punktet))`;

/** What an absence sentence says of the names before it (`var fraværende`, `havde meldt afbud`, ...). */
const ABSENCE_SENTENCE_STATUS =
  String.raw`var\s+fraværende|${PREVENTED_FROM_ITEM_STATUS}|(?:der\s+)?(?:havde|har)\s+meldt\s+(?:afbud|forfald)|havde\s+meldt\s+afbud|har\s+meldt\s+afbud|havde\s+meldt\s+forfald|har\s+meldt\s+forfald|udeblev(?:\s+uden\s+afbud)?|${AWAY_FROM_ITEMS_STATUS}|deltog\s+ikke(?:\s+i\s+(?:behandlingen|mødet|sagens\s+behandling|dette\s+punkt|denne\s+sag|punktet))?|var\s+ikke\s+til\s+stede|forlod\s+mødet[^.]*|${ARRIVED_LATE_STATUS}`;

/**
 * White space inside a name list that does not cross a blank line (`Godkendt` / ` ` / `Lars Kjeldsen ...` are apart),
 * nor a line end after a lone capital (`Undlod at stemme: F` / `A (V) var fraværende.`: a party, not a first name).
 */
const NAME_GAP = String.raw`(?:[^\S\n]+|(?<=\p{L}\p{L}|\.)[^\S\n]*\n[^\S\n]*)`;

/**
 * A word of a name: no full stop inside, or a short abbreviation that ends in one (`Chr.`, `J.`); a longer word with
 * a full stop ends a sentence (`Godkendt. A deltog ikke i mødet.`: A, not `Godkendt. A`).
 */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'-]*|\p{L}{0,3}\.(?:\p{Lu}\.)*)`;

/** A name's first word: a lone capital without a full stop is a party's letter (`Undlod at stemme: F A (V) var ...`). */
const FIRST_NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'-]+|\p{L}{0,3}\.(?:\p{Lu}\.)*)`;

/** Disqualification told before the absence it causes: `A erklærede sig inhabil og deltog ikke i behandlingen ...`. */
const DISQUALIFIED_AND = String.raw`(?:erklærede\s+sig|var|blev\s+erklæret)\s+inhabil\s*,?\s+og`;

/**
 * `<navn> (V) var fraværende.`, `A og B havde meldt afbud.`, `A deltog ikke i behandlingen.`, `A erklærede sig inhabil og deltog ikke ...`,
 * `... i stedet for A, der havde meldt afbud.`
 */
/**
 * A surname the writer typed in lower case (`Gert winther`), read only as the last word of a list's name that another
 * name follows (`A, Gert winther og B deltog ikke`): a lower-case word before the status is the sentence's.
 */
const LOWER_CASE_SURNAME_IN_LIST = String.raw`${NAME_GAP}\p{Ll}{3,}(?=\s*,\s*\p{Lu}|\s+og\s+\p{Lu})`;
export const ABSENCE_SENTENCE = new RegExp(
  String.raw`(?<names>(?:${FIRST_NAME_WORD}(?:${NAME_GAP}(?:${NAME_WORD}|af|de|von|van))*(?:${LOWER_CASE_SURNAME_IN_LIST})?(?:\s*\([^()]{0,40}\))?)(?:\s*(?:,|og)\s*${FIRST_NAME_WORD}(?:${NAME_GAP}(?:${NAME_WORD}|af|de|von|van))*(?:${LOWER_CASE_SURNAME_IN_LIST})?(?:\s*\([^()]{0,40}\))?)*)(?:\s*,)?\s+(?:${DISQUALIFIED_AND}\s+)?(?<status>${ABSENCE_SENTENCE_STATUS})`,
  'gu',
);

/** An absence sentence about the item it stands in only: `A deltog ikke i behandlingen af dette punkt.` */
export const ITEM_ONLY_ABSENCE = new RegExp(String.raw`deltog\s+ikke\s+i\s+(?:behandlingen|sagens\s+behandling|dette\s+punkt|denne\s+sag|punktet)|${PREVENTED_FROM_ITEM_STATUS}`, 'u');

/**
 * A status as an absence sentence writes it, after a space: a text without one holds no absence sentence, and this
 * one search spares the sentence pattern's attempt at every capital letter.
 */
export const ABSENCE_SENTENCE_STATUS_AFTER_SPACE = new RegExp(String.raw`\s(?:${ABSENCE_SENTENCE_STATUS})`, 'u');

/** Words that are not names, though capitalised at a sentence start. */
export const NOT_NAMES = /^(?:ingen|alle|udvalget|byrådet|mødet|sagen|punktet|der|det|den|og|samt|følgende|formanden|borgmesteren|bemærkninger(?:\s+til\s+\S+)?)$/iu;

/** Lists with nobody on them. */
export const NOBODY = /^(?:ingen|-|–|ingen\s+afbud|ingen\s+fraværende|alle\s+var\s+til\s+stede|alle\s+mødt)\.?$/iu;

/**
 * An official's title in front of the name (`Sundhedschef Lone Brandt`, `Vicepolitiinspektør A`, `Teknisk chef A`,
 * `Sekretær A`): a capitalised word ending in a post (or the post alone), before a capitalised name. (Kept apart from `NAME_TITLE`, whose literal start
 * lets most entries skip it.) The post may name its field, `for` and capitalised words joined by `og` or commas
 * (`Direktør for Teknik og Miljø Jens Holm`): the name starts at the first capitalised word no joining word leads to.
 */
export const OFFICIAL_TITLE =
  /^(?<title>(?:\p{Lu}\p{Ll}*(?:chef|direktør|inspektør|sekretær|konsulent|fuldmægtig|koordinator|leder)|(?:Chef|Direktør|Sekretær|Konsulent|Fuldmægtig|Koordinator)|(?:Teknisk|Administrerende|Vicekommunal)\s+(?:chef|direktør))(?:\s+for\s+\p{Lu}\p{Ll}+(?:(?:,\s*|\s+og\s+)\p{Lu}\p{Ll}+)*)?)\s+(?=\p{Lu}\p{Ll})/u;

const ORGANISATION = String.raw`(?:\p{Lu}\p{Ll}+s\s+(?:Politi|Beredskab|Brandvæsen)|Region\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+Kommune)`;
/** The organisation an official's name is followed by (`Jens Helmer Fyns Politi`, `A, Region Syddanmark`). */
export const ORGANISATION_TAIL = new RegExp(String.raw`(?:,\s*|\s+)${ORGANISATION}$`, 'u');
/** The same organisation as a part of its own after a comma (`Politiinspektør A, Nordsjællands Politi`): a seat, no name. */
export const ORGANISATION_NAME = new RegExp(String.raw`^${ORGANISATION}$`, 'u');

/**
 * A seat or role word written alone where a member list names the seat after a comma (`Lars Holt, Borgermedlem,` in a
 * rural committee of members and citizens): the member's role, never a member's name.
 */
export const SEAT_WORD =
  /^(?:formand|forperson|næstformand|næstforperson|borgermedlem|borgerrepræsentant|medlem|suppleant|stedfortræder|tilforordnet|observatør|gæst|sekretær|referent|udvalgsformand|byrådsmedlem|kommunalbestyrelsesmedlem|regionsrådsmedlem|menigt\s+medlem|eksternt?\s+medlem)$/iu;

/**
 * A member's partial presence on a line of its own under the member's line (Ballerup's web page: `• Birgitte Holm (O) -
 * Deltog` / `• Deltog ikke under punkterne 20-21`): about the member above, no name of its own.
 */
export const PARTIAL_UNDER_MEMBER = /^deltog\s+(?:ikke|kun)?\s*(?:under|i|fra)\s+(?:behandlingen\s+af\s+)?(?:pkt\.?|punkt(?:erne)?|sag(?:erne)?)\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|og)\s*\d+)*\.?$/iu;

/** Titles in front of names in member lists (a joint body's `Byrådsmedlem A, Frederikssund`) and head sentences (`Udvalgsmedlem A forlod mødet ...`). */
export const NAME_TITLE = /^(?:bestyrelsesmedlem|regionsrådsmedlem|formand|næstformand|borgmester|overborgmester|viceborgmester|rådmand|\d\.\s*viceborgmester|byrådsmedlem|kommunalbestyrelsesmedlem|udvalgsmedlem|observatør|tilforordnet)\s*(?::|\s[-–])?\s+/iu;

/**
 * The same titles after a member's party (the print view's `Hanne Wulff (DH) Formand`, København's numbered list's
 * `Birthe Lund (DH), formand`): the title is a role, not the name's.
 */
export const TRAILING_NAME_TITLE = /(?<=\))(?:\s+|\s*,\s*)(?:formand|næstformand|borgmester|viceborgmester|\d\.\s*(?:vice)?borgmester|\d\.\s*næstformand)$/iu;

/** An agenda item about absence (Brønderslev `Fraværende`, Bornholm `Fraværende og bemærkninger til dagsordenen`). */
export const ABSENCE_ITEM_TITLE = /^(?:fraværende|fravær|afbud|afbud og fravær|meddelelse om fravær)\b/iu;

/** Words saying an absence was announced: the absence item's text `Der er afbud fra A og B.` makes its names apologies. */
export const APOLOGY_WORD = /\b(?:afbud|forfald)\b/iu;

/**
 * Brønderslev's standing item `Godkendelse af indkaldte stedfortrædere` (and `Indkaldelse af stedfortræder`).
 * Asked of every item's title: the word start is `(?<!\w)`, the same as `\b` before a letter, since V8 tries `\b` in
 * an unanchored `iu` pattern on a slow path at every position (about ten times dearer).
 */
export const SUBSTITUTE_ITEM_TITLE = /(?<!\w)stedfortræder/iu;

/**
 * The substitute such an item calls in and whom for: `..., at 1. stedfortræder på liste V, Kirsten Dahl, indkaldes
 * som følge af afbud fra Jonas Krogh.` (Brønderslev), `Ivar Kjeldsen (O) er som 1. stedfortræder indkaldt for
 * Marianne Hviid.` (Helsingør: the substitute first, the member he stands in for after `indkaldt for`).
 */
export const CALLED_IN_SUBSTITUTE_FORMS: readonly RegExp[] = [
  /stedfortræder\b[^.]*?,\s*(?<name>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+),\s*(?:indkaldes|er\s+indkaldt|blev\s+indkaldt)\b[^.]*?\b(?:afbud|forfald)\s+fra\s+(?<for>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+)/u,
  // (A name stays on its line: the sentence may wrap between its words, not inside a name.)
  /(?<name>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)(?:\s*\([^()]{0,40}\))?\s+(?:er|blev)\s+(?:som\s+(?:\d+\.\s+)?(?:stedfortræder|suppleant)\s+)?indkaldt\s+(?:som\s+(?:\d+\.\s+)?(?:stedfortræder|suppleant)\s+)?for\s+(?<for>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)/u,
  // The council's decision: `..., at 1. stedfortræder Mette Holm (A) indkaldes for Kaj Lund (A), der har forfald.`
  /stedfortræder\s+(?<name>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)(?:\s*\([^()]{0,40}\))?\s+(?:indkaldes|er\s+indkaldt|blev\s+indkaldt)\s+for\s+(?<for>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)/u,
  // A protocol's decision: `Emil Holm (A) blev godkendt som stedfortræder for Trine Lund (A).`
  /(?<name>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)(?:\s*\([^()]{0,40}\))?\s+(?:er|blev)\s+godkendt\s+som\s+(?:\d+\.\s+)?(?:stedfortræder|suppleant)\s+for\s+(?<for>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)/u,
  // Nyborg's: `..., at A har forfald til Byrådsmødet 27. november 2018, hvorfor liste V ønsker at indkalde B, Ullerslev.` (B's town after a comma).
  /(?<for>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)(?:\s*\([^()]{0,40}\))?\s+har\s+(?:meldt\s+|meddelt\s+)?forfald\b(?:[^.\n]|\.(?!\s+\p{Lu}|$))*?\bindkalde\s+(?:(?:\d+\.\s+)?(?:stedfortræder|suppleant)\s+)?(?<name>\p{Lu}[\p{L}.'-]*(?:[^\S\n]+\p{Lu}[\p{L}.'-]*)+)/u,
  // `..., at 1. stedfortræder fra kandidatlisten, B, indtræder i As fravær.` (Halsnæs): the member in the genitive.
  new RegExp(String.raw`(?<name>${CAPITALISED_NAME})(?:\s*\([^()]{0,40}\))?,?\s+(?:indtræder|indkaldes|deltager|deltog|mødte)\s+i\s+(?<for>${CAPITALISED_NAME}?)s\s+(?:fravær|sted)\b`, 'u'),
];

/**
 * The stems the forms above hold, in the case the forms write them: a text without one is not searched (`godkendt` and
 * `som` apart by any white space, as the forms read them: a tab between them is still the sentence).
 */
export const CALLED_IN_STEM = /indkald|godkendt\s+som|\ssted\b|fravær\b/u;

/** The meeting's opening item, where SBSYS and eDoc note the meeting's absences (`Godkendelse af dagsorden`). */
export const AGENDA_APPROVAL_TITLE = /^(?:godkendelse\s+af\s+dagsorden(?:en)?|dagsorden(?:en)?\s+godkendes|fraværende\s+og\s+bemærkninger\s+til\s+dagsordenen)\b/iu;

/** `i stedet deltog 1. suppleant B (V).` after an absent member in the same list: B came for that member. */
export const STOOD_IN_AFTER_ABSENT = /^i\s+stedet\s+(?:deltog|mødte)\s+(?:\d+\.\s*)?(?:suppleant|stedfortræder)?\s*(?<name>\p{Lu}.+?)\.?$/iu;

/**
 * A board's `Afbud: Lis Klitgaard, suppleant Hans Jørgen Mørk deltog`: after the absent member, who came for her, named
 * between the word `suppleant` (or `stedfortræder`) and the verb.
 */
export const SUBSTITUTE_CAME_AFTER_ABSENT = /^(?:\d+\.\s*)?(?:[Ss]uppleant|[Ss]tedfortræder)(?:en)?\s+(?<name>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})(?:\s*\([^()]*\))?\s+(?:deltog|mødte)(?:\s+i\s+stedet)?\.?$/u;

/**
 * The member stood in for first: `For Aage Kure mødte stedfortræderen Bodil Hansen.` (an old protocol's head), `I stedet
 * for A (V) deltog suppleant B (V).`
 */
export const FOR_MEMBER_STOOD_IN_SENTENCE = new RegExp(
  String.raw`^(?:[Ff]or|[Ii]\s+stedet\s+for)\s+(?<for>${SENTENCE_NAME})\s+(?:mødte|deltog)\s+(?:\d+\.\s*)?(?:stedfortræder(?:en)?|suppleant(?:en)?)\s+(?<name>${SENTENCE_NAME})\s*\.?$`,
  'u',
);

/**
 * A head sentence that names a substitute and whom they stood in for: `Lise Brandt (D) deltog som stedfortræder for Per
 * Sindal (D).` (Allerød), Hvidovre's `Særlige forhold: Jonas Krogh er suppleant for Birgit Lerche`, `B deltog i stedet
 * for A.`
 */
export const STOOD_IN_FOR_SENTENCE = new RegExp(
  String.raw`^(?<name>${SENTENCE_NAME})\s+(?:(?:(?:deltog|mødte)\s+som|er|var)\s+(?:stedfortræder|suppleant)|(?:deltog|mødte)(?:\s+i\s+stedet)?)\s+for\s+(?<for>${SENTENCE_NAME})\s*\.?$`,
  'u',
);

/**
 * A joint committee's member list grouped by the municipality each member sits for: `Esbjerg Kommune: A (V), B (A)`,
 * `Region Syddanmark: C`. The group's name is no member's.
 */
export const MEMBER_GROUP_PREFIX = /^(?:\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?\s+Kommune|Region\s+\p{Lu}[\p{L}-]+)\s*:\s+(?=\p{Lu})/u;

/**
 * A joint body's attendee list names whom each member represents in brackets after the name, a role before it
 * (`Bestyrelsesformand Anne Holm (Nordby Kommune), næstformand for bestyrelsen Bo Lund (Region Midtjylland), Eva Berg
 * (Sydby Kommune)`): the roles, and the bodies a member represents (a municipality, a region, an amt).
 */
export const REPRESENTATIVE_ROLE = String.raw`(?:[Bb]estyrelses(?:formand|medlem)|[Rr]epræsentantskabs(?:formand|medlem)|[Nn]æstformand|[Ff]ormand|[Mm]edlem|[Bb]orgmester|[Rr]ådmand|[Rr]egionsrådsformand|[Rr]epræsentant|[Ss]uppleant)(?:\s+for\s+(?:[Bb]estyrelsen|[Rr]epræsentantskabet|[Uu]dvalget|[Rr]ådet))?`;
export const REPRESENTED_BODY = String.raw`[^()]{0,40}?(?:Kommune|Region\s+\p{Lu}[\p{L}-]+|Amt|Amtskommune|Regionsråd)`;
/** `Afbud A og dennes suppleant B (Nordby Kommune)`: the member and the member's substitute both sent apologies. */
export const MEMBER_AND_SUBSTITUTE_AWAY = String.raw`\s+og\s+(?:dennes|hans|hendes)\s+(?:suppleant|stedfortræder)\s+`;

/** A section of the meeting's members with each member's status, as a meeting page prints it after the agenda. */
export const MEMBER_STATUS_SECTION = /^(?:Medlemmer|Deltagere|Fremmøde|Mødedeltagere)$/u;

/**
 * A region's web referat prints each member as a stack of lines, blank lines between them: the name, the role if any
 * (`Formand`, `2. næstformand`, `Løsgænger`), then the party letter alone in brackets (`(A)`), under `Medlemmer af
 * udvalget:` and `Fraværende:` (Region Sjælland). The list labels such stacks stand under; the party line; the roles.
 */
export const STACKED_MEMBER_LIST_LABEL = /^(?:medlemmer(?:\s+af\s+(?:udvalget|rådet))?|deltagere|fraværende|afbud)\s*:$/iu;
export const LONE_PARTY_LINE = /^\(\p{Lu}{1,2}\)$/u;
export const STACKED_ROLE_LINE = /^(?:formand|næstformand|\d\.\s*næstformand|løsgænger|borgmester|regionsrådsformand)$/iu;
/** A role that stands in the party's place: the member has no party letter. */
export const PARTYLESS_ROLE = /^løsgænger$/iu;
/** A name line of such a stack: capitalised words, no digit, colon or bracket. */
export const STACKED_NAME_LINE = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}?[\p{L}.'-]+){0,5}$/u;

/**
 * A decision's absence label that says the names under it were away from the whole meeting, not the item only
 * (Langeland's `Afbud under hele mødet:` over `A og B`, in every decision): the meeting's absence, stated once suffices.
 */
export const WHOLE_MEETING_ABSENCE_LABEL = /^(afbud|fraværende)\s+under\s+hele\s+mødet\s*:?$/iu;
