/**
 * Denmark's 98 municipalities: official code, name and slug (æ -> ae, ø -> oe, å -> aa), plus web-host
 * labels that differ from the slug. The parser only uses them to say which municipality a document names
 * (in its text or its source address); identity itself belongs to the domain.
 */
export interface MunicipalityName {
  code: number;
  name: string;
  slug: string;
  /** Host labels of the municipality's sites that are not derived from the slug (`kk` for København). */
  hosts?: readonly string[];
}

const TABLE = `101 København kk;147 Frederiksberg;151 Ballerup;153 Brøndby;155 Dragør;157 Gentofte;159 Gladsaxe;161 Glostrup;
163 Herlev;165 Albertslund;167 Hvidovre;169 Høje-Taastrup htk;173 Lyngby-Taarbæk ltk;175 Rødovre;183 Ishøj;185 Tårnby taarnby;
187 Vallensbæk;190 Furesø;201 Allerød;210 Fredensborg;217 Helsingør;219 Hillerød;223 Hørsholm;230 Rudersdal;240 Egedal;
250 Frederikssund;253 Greve;259 Køge;260 Halsnæs;265 Roskilde;269 Solrød;270 Gribskov;306 Odsherred;316 Holbæk;320 Faxe;
326 Kalundborg;329 Ringsted;330 Slagelse;336 Stevns;340 Sorø;350 Lejre;360 Lolland;370 Næstved;376 Guldborgsund;
390 Vordingborg;400 Bornholm brk;410 Middelfart;420 Assens;430 Faaborg-Midtfyn fmk;440 Kerteminde;450 Nyborg;461 Odense;
479 Svendborg;480 Nordfyns nordfynskommune;482 Langeland;492 Ærø;510 Haderslev;530 Billund;540 Sønderborg;550 Tønder;
561 Esbjerg;563 Fanø;573 Varde;575 Vejen;580 Aabenraa;607 Fredericia;615 Horsens;621 Kolding;630 Vejle;657 Herning;
661 Holstebro;665 Lemvig;671 Struer;706 Syddjurs;707 Norddjurs;710 Favrskov;727 Odder;730 Randers;740 Silkeborg;741 Samsø;
746 Skanderborg;751 Aarhus aar;756 Ikast-Brande;760 Ringkøbing-Skjern rksk;766 Hedensted;773 Morsø;779 Skive;787 Thisted;
791 Viborg;810 Brønderslev;813 Frederikshavn;820 Vesthimmerlands vesthimmerland;825 Læsø;840 Rebild;846 Mariagerfjord;
849 Jammerbugt;851 Aalborg;860 Hjørring`;

const DANISH: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa' };

export function municipalitySlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/gu, (c) => DANISH[c]!)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

export const MUNICIPALITIES: readonly MunicipalityName[] = TABLE.split(';').map((entry) => {
  const [code, name, ...hosts] = entry.trim().split(/\s+/u);
  return { code: Number(code), name: name!, slug: municipalitySlug(name!), ...(hosts.length > 0 ? { hosts } : {}) };
});

/** Host labels: the slug with and without hyphens, the ASCII spelling without Danish digraphs, and the extra labels. */
export const MUNICIPALITY_BY_HOST_LABEL: ReadonlyMap<string, MunicipalityName> = new Map(
  MUNICIPALITIES.flatMap((m) => {
    const plain = m.name.toLowerCase().replace(/æ/gu, 'ae').replace(/ø/gu, 'o').replace(/å/gu, 'a').replace(/[^a-z0-9-]/gu, '');
    const labels = new Set([m.slug, m.slug.replace(/-/gu, ''), plain, plain.replace(/-/gu, ''), ...(m.hosts ?? [])]);
    return [...labels].map((label) => [label, m] as const);
  }),
);

/**
 * The five regions' own web hosts (`edagsorden.regionh.dk`, `www.regionsjaelland.dk`, `www.rm.dk`): a region publishes
 * its own minutes, no municipality's, though its items name the municipalities they concern.
 */
export const REGION_HOST_LABELS: ReadonlySet<string> = new Set(['regionh', 'regionsjaelland', 'regionsyddanmark', 'rsyd', 'rm', 'regionmidtjylland', 'rn', 'regionnordjylland']);

/** `Ballerup Kommune`, `Københavns Kommune`, `Nordfyns Kommune`: the name as the text writes it. */
export const MUNICIPALITY_IN_TEXT = new RegExp(
  `(?<![\\p{L}])(${MUNICIPALITIES.map((m) => m.name.replace(/-/gu, '[-‐ ]')).sort((a, b) => b.length - a.length).join('|')})s?\\s+[Kk]ommunes?(?![\\p{L}])`,
  'u',
);

/**
 * A municipality whose own name is not `<Navn> Kommune`: Bornholm is `Bornholms Regionskommune` (also in capitals). The
 * table's name in group 1; asked only of a line that holds `egionskommune`.
 */
export const REGIONAL_MUNICIPALITY_IN_TEXT = /(?<![\p{L}])(Bornholm)s?\s+regionskommunes?(?![\p{L}])/iu;

/** The table by slug (the first municipality of a slug, as a search of the table in order finds it). */
const MUNICIPALITY_BY_SLUG: ReadonlyMap<string, MunicipalityName> = new Map([...MUNICIPALITIES].reverse().map((m) => [m.slug, m]));

/** The municipality a name spells, with or without its genitive `s` (`Nordfyns` is in the table with it). */
export function municipalityNamed(name: string): MunicipalityName | undefined {
  // (Asked of every comma part of a head's member lines: one look-up per spelling, not a slug per table row.)
  return MUNICIPALITY_BY_SLUG.get(municipalitySlug(name.replace(/s$/u, ''))) ?? MUNICIPALITY_BY_SLUG.get(municipalitySlug(name));
}

/**
 * `Aalborg Byråd` on a line of its own (Aalborg's pages and PDFs are issued in the council's name, over the body's own
 * name): the municipality's council, naming the municipality. The town is checked against the table.
 */
export const MUNICIPAL_COUNCIL_LINE = /^(?<town>\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?)s?\s+byråd$/iu;

/** Whether a line names a municipality's council (`Aalborg Byråd`, `AALBORG BYRÅD`): the municipality, when so. */
export function councilMunicipality(text: string): MunicipalityName | undefined {
  const council = text.length <= 40 ? MUNICIPAL_COUNCIL_LINE.exec(text) : null;
  return council ? municipalityNamed(council.groups!.town!) : undefined;
}
