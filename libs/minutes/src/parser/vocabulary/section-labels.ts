import { BODY_WORD } from './bodies.js';

/** The sections an item can have; `container` is `Indhold`, which only groups the narrative sections. */
export type SectionKind =
  | 'container'
  | 'description'
  | 'summary'
  | 'background'
  | 'presentation'
  | 'additionalParticipation'
  | 'economy'
  | 'attachments'
  | 'decidingBody'
  | 'routing'
  | 'recommendation'
  | 'decision'
  | 'course'
  | 'earlierTreatment';

/**
 * Section labels, matched against the label lower-cased with markers, trailing colons and full stops removed.
 * Upper-case forms (`BESLUTNING`, `RESUMÉ`) are the same labels. Order matters only where two could match.
 */
export const SECTION_LABELS: ReadonlyArray<[RegExp, SectionKind]> = [
  [/^indhold$/u, 'container'],
  [/^beskrivelse$/u, 'description'],
  [/^(?:sammendrag|resumé|resume|sagsresumé|sagsresume|beslutningstema|sagens kerne|anledning|problemstilling|kort fortalt|formål|tema|sagstema)$/u, 'summary'],
  [/^baggrund$/u, 'background'],
  [/^(?:sagsfremstilling(?: og økonomi)?|supplerende sagsfremstilling|beskrivelse af sagen|gennemgang af sagen|sagsbeskrivelse|løsning|videre proces|effekt|personale|lovgrundlag|høring|vurdering|kommunikation|retsgrundlag|administrationens vurdering|redegørelse|andre konsekvenser|retsregler og andre forskrifter)$/u, 'presentation'],
  [/^yderligere deltagelse(?: på mødet)?$/u, 'additionalParticipation'],
  [/^(?:økonomiske konsekvenser(?: og finansiering)?|økonomi(?: og finansiering)?|økonomiske og personalemæssige konsekvenser|bevillingsmæssige konsekvenser|personalemæssige konsekvenser)$/u, 'economy'],
  [/^(?:bilag(?:sliste)?|vedhæftede bilag)$/u, 'attachments'],
  [/^(?:beslutning(?:en)? træffes af|kompetence|beslutningskompetence|kompetenceudvalg|sagen afgøres i|sagen afgøres af|afgøres af|beslutningsniveau|hvem beslutter)$/u, 'decidingBody'],
  [/^(?:forventet sagsgang|sagsgang og sagstype|sagsgang|politisk behandling|behandlingsforløb|høring og sagsgang|sagen behandles i)$/u, 'routing'],
  // (The administration named in its label: `Administrationens indstilling`, a pre-2007 site's `Forvaltningens indstilling:`.)
  [/^(?:indstilling(?:er)?|forslag til beslutning|administrativ indstilling|(?:administrationens|forvaltningens|direktionens|direktørens) indstilling|beslutningspunkter|indstilling og beslutning|administrationen indstiller|forvaltningen indstiller)$/u, 'recommendation'],
  // `Vedtagelse:`: pre-2007 protocols' word for the decision, `Konklusion:` a Word referat's (both with their colon only:
  // LABELS_ONLY_WITH_COLON). A protocol's
  // undated `Byrådets beslutning:` names the body whose decision it is (a dated one is a decision block).
  // A working group's `Referat:` over each item's notes holds its decision where no other label does (with its colon
  // and alone on its line only: `Referat` is a page's running head, `Referat: 13. maj 2024` a head's date line).
  // Unknown systems word it their own way (the decision-style generator's): `Beslutning i mødet`, `Mødets beslutning`,
  // `Udvalgets afgørelse`, and the body's verb over its decision, `Udvalget besluttede`; an old protocol's `Beslutning i
  // Byrådet:` (any body's name after `i`), also where a transcript lost the block's date (`Beslutning i Byrådet den :`; with
  // its colon only, as `prepass/segment-pages.ts` writes a transcript's, a column's date may stand apart): read as the
  // item's own decision, the date being the meeting's. A Word table's decision column
  // head (`Referat / beslutning`) over its cells, as `prepass/cell-table.ts` writes it.
  [/^(?:beslutning(?:er)?|afgørelse|(?:udvalgets|byrådets|kommunalbestyrelsens|borgerrepræsentationens|regionsrådets|økonomiudvalgets|magistratens) (?:beslutning|afgørelse)|beslutning i sagen|beslutning (?:i|på) mødet|beslutning (?:i|fra) (?:[\p{L}-]+ ){0,3}[\p{L}-]*(?:udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|repræsentation(?:en)?|kommission(?:en)?|nævn(?:et)?)|beslutning(?:er)? (?:i )?(?:[\p{L},-]+ ){1,6}den|mødets beslutning|afgørelse i sagen|(?:udvalget|byrådet|kommunalbestyrelsen|borgerrepræsentationen|regionsrådet|økonomiudvalget|magistraten) besluttede|vedtagelse|konklusion|referat|referat ?\/ ?beslutning|beslutning ?\/ ?referat)$/u, 'decision'],
  [/^(?:sagens forløb|sagsforløb)$/u, 'course'],
  [/^(?:tidligere behandling(?:er)?|tidligere behandlet|tidligere politisk behandling|tidligere beslutninger)$/u, 'earlierTreatment'],
];

/**
 * Labels that are also words a wrapped title ends on (`... - endelig` / `vedtagelse`) or a paragraph opens with
 * (`Konklusion` over a report's summary): labels only with their colon.
 */
export const LABELS_ONLY_WITH_COLON = /^(?:vedtagelse|konklusion|referat|beslutning (?:i )?(?:[\p{L},-]+ ){1,6}den)$/u;

/** Labels followed on the same line by no content with a digit (`Referat: 13. maj 2024 kl. 16:30` is a head's; `Referat: Godkendt.` an item's). */
export const LABELS_ONLY_ALONE = /^referat$/u;

/** A label that holds the item's notes, its decision only where no other decision label follows (`Konklusion:`). */
export const NOTES_LABEL = /^referat$/u;

/**
 * Labels some exports glue to their value (`BeslutningGodkendt.`, `BilagSkitse.pdf`): recognised only when a
 * capital letter or digit follows at once, so `Beslutningstema` stays one word.
 */
// (Stevns' head prints `MødestedRådssalen` / `UdvalgÆldreråd` the same way.)
export const GLUED_LABELS = /^(Beslutning(?:er)?|Sagsfremstilling|Bilag|Indstilling|Resum[eé]|Sammendrag|Baggrund|Økonomi|Fraværende|Afbud|Indholdsfortegnelse|Udvalg|Mødested)(?=[\p{Lu}\d"“])/u;

/**
 * Labels a label column prints on the line of their value's first line, parted by one space and no colon
 * (`pdftotext -raw` of a print whose labels stand left of their text: `Beslutninger Godkendt.`, `Resume Sagen ...`,
 * `Sagsforløb Udvalg: ...`): recognised only when a capital letter follows that opens no body's name (`Beslutning
 * Økonomiudvalget` over its date opens a decision block, read as one), a town's before it or a suspended compound's
 * included (`Beslutning Allerød Byråd`, `Beslutning Børne- og Familieudvalget`) or a body named for its field
 * (`Beslutning Udvalget for Idræt den`), nor a block dated after ` den `.
 * (Not `Fraværende`: `Fraværende Ahmad Rahimi` is a per-item absence line as Ballerup's `Afbud <navn>`, read as one.)
 * Group 1 the label.
 */
export const COLUMN_LABELS = new RegExp(
  String.raw`^(Beslutning(?:er)?|Beslutningspunkter|Sagsfremstilling|Sagsforløb|Sagens forløb|Tidligere behandling|Indstilling|Resum[eé]|Sammendrag|Baggrund) (?=\p{Lu}\p{Ll})(?!(?:\p{Lu}\p{L}+\s+)?(?:\p{L}+-,?\s+(?:og\s+|eller\s+)?)*\p{L}*${BODY_WORD}(?!\p{L}))(?!(?:\p{Lu}\p{L}+\s+)?(?:Udvalg(?:et)?|\p{Lu}\p{Ll}+udvalg(?:et)?|Råd(?:et)?)\s+for\s)(?![^.]{0,80}\sden\s+\d)`,
  'u',
);

/**
 * Item text inside a line, where no line starts an item (docplayer transcripts run each page into one line): a
 * section label, a case-number label or a numbered title (`342. Fritagelse ...`). A document whose text after
 * the head has none of these (`Mødet blev aflyst.`, `Ingen punkter.`) has no items.
 */
// Case-sensitive (no `i` flag): with it, `\p{Lu}` would match `27. august`.
// (A local council's prose referat names its one subject: `Dagsorden for mødet var færdiggørelse af planerne.`)
// (Nor a number that a word for items stands before, a head's sentence's end: `A var fraværende under punkt 13. B ...`;
// nor a date's year that a sentence ends with, a download title's `Dato 24. juni 2015. Tid 19:00.`.)
export const ITEM_TEXT_SIGNAL = /\b(?:[Bb]eslutning|BESLUTNING|[Ii]ndstilling|INDSTILLING|[Ss]agsfremstilling|SAGSFREMSTILLING|[Ss]agsnr|[Rr]esum[eé]|RESUM[EÉ])\b|(?:^|(?<!\b(?:punkt(?:erne)?\.?|pkt\.?|sag(?:erne)?|nr\.|§|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december))\s)\d{1,4}\.\s+\p{Lu}\p{Ll}|^Dagsorden(?:en)?\s+(?:for|til)\s+mødet\s+(?:var|er)\b/u;
