import { InvalidInput } from '../errors.js';
import { MUNICIPALITY_ALIASES, MUNICIPALITY_DOMAINS, MUNICIPALITY_TABLE } from './municipalities.data.js';

/**
 * One of the 98 municipalities. Every stream, case, meeting and read-model row belongs to one:
 * the same journal number or committee + date in two municipalities are two different things.
 * The slug is the key everywhere (stream keys, URLs, tokens); the code is the official one.
 */
export interface Municipality {
  /** Official municipality code (kommunekode), three digits: `151`. */
  code: string;
  /** `Ballerup`, `København`. */
  name: string;
  /** `ballerup`, `koebenhavn`: lower case, æ ø å as ae oe aa. */
  slug: string;
  region: string;
  /** The name documents use: `Ballerup Kommune`, `Københavns Kommune`, `Bornholms Regionskommune`. */
  officialName: string;
}

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** The slug of a Danish name: lower case, æ/ø/å spelled out, other accents dropped, dashes between words. */
export function danishSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da-DK')
    .replace(/[æøå]/g, (c) => DANISH[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Two names are not `<name> Kommune`: the capital's is in the genitive, Bornholm is a regional municipality. */
const OFFICIAL_NAMES: Readonly<Record<string, string>> = { København: 'Københavns Kommune', Bornholm: 'Bornholms Regionskommune' };

export const officialNameOf = (name: string): string => OFFICIAL_NAMES[name] ?? `${name} Kommune`;

function readTable(table: string): Municipality[] {
  const list: Municipality[] = [];
  let region = '';
  for (const line of table.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const entry = /^(\d{3}) (.+)$/.exec(line);
    if (!entry) region = line;
    else list.push({ code: entry[1]!, name: entry[2]!, slug: danishSlug(entry[2]!), region, officialName: officialNameOf(entry[2]!) });
  }
  return list;
}

export const MUNICIPALITIES: readonly Municipality[] = Object.freeze(readTable(MUNICIPALITY_TABLE));

const bySlug = new Map(MUNICIPALITIES.map((m) => [m.slug, m]));
const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** The slug of the municipality that data written before municipalities existed belongs to, unless configured. */
export const FALLBACK_MUNICIPALITY = 'ballerup';

export const findMunicipality = (slugOrCode: string): Municipality | undefined => {
  const key = String(slugOrCode ?? '').trim().toLowerCase();
  return bySlug.get(key) ?? byCode.get(key) ?? bySlug.get(danishSlug(key));
};

export class UnknownMunicipality extends InvalidInput {
  constructor(field: string, given: string) {
    super(field, `"${given}" is not a Danish municipality; give its slug (e.g. ballerup, koebenhavn, aarhus) or its code (e.g. 151)`);
  }
}

/** A slug, a code or a name (`Høje-Taastrup`) to the municipality; anything else is refused naming `field`. */
export function parseMunicipality(raw: string, field = 'municipality'): Municipality {
  const found = findMunicipality(raw);
  if (!found) throw new UnknownMunicipality(field, String(raw ?? ''));
  return found;
}

/** How a document names its municipality: `Ballerup Kommune`, its official name, plus the aliases above, longest first. */
const NAMES_IN_TEXT: ReadonlyArray<[RegExp, Municipality]> = MUNICIPALITIES.flatMap((m) =>
  [...new Set([m.officialName, `${m.name} Kommune`, ...(MUNICIPALITY_ALIASES[m.slug] ?? [])])].map((name) => [name, m] as const),
)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([name, m]) => [new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'), m]);

/**
 * The municipality a document's text names (`Ballerup Kommune`): the one named most often, if at
 * least twice as often as any other (minutes mention neighbours: "samarbejde med Gladsaxe Kommune").
 */
export function municipalityNamedIn(text: string): Municipality | undefined {
  const counts = new Map<Municipality, number>();
  for (const [pattern, m] of NAMES_IN_TEXT) {
    const n = text.match(new RegExp(pattern.source, 'gu'))?.length ?? 0;
    if (n > 0) counts.set(m, (counts.get(m) ?? 0) + n);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
}

/** The municipality a web address belongs to: `https://ballerup.dk/...`, `www.kk.dk`, `aarhus.dk`. */
export function municipalityOfAddress(address: string): Municipality | undefined {
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(address) ? address : `https://${address}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const m of MUNICIPALITIES) {
    const domains = [`${m.slug}.dk`, `${m.slug}kommune.dk`, ...(MUNICIPALITY_DOMAINS[m.slug] ?? [])];
    if (domains.some((d) => host === d || host.endsWith(`.${d}`))) return m;
  }
  return undefined;
}
