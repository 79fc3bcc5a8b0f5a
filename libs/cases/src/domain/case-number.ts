import { InvalidCaseNumber } from './errors.js';

/**
 * The journal-number schemes Danish minutes print. Each is recognised on the matching form of the
 * number (below) and gives the key cases are matched by across documents. Running numbers stay
 * text everywhere: `0104` is not `104`, and no number is ever converted to a JavaScript number.
 */
export type CaseNumberScheme = 'kle' | 'first-agenda' | 'slagelse' | 'edoc' | 'acadre' | 'sbsys' | 'year-serial' | 'serial-year' | 'sag-nr' | 'serial';

export const CASE_NUMBER_SCHEMES: readonly CaseNumberScheme[] = ['kle', 'first-agenda', 'slagelse', 'edoc', 'acadre', 'sbsys', 'year-serial', 'serial-year', 'sag-nr', 'serial'];

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** Text that is its own matching form: ASCII capitals, digits and separators, no space, a separator between others only. */
const ALREADY_MATCHING = /^[0-9A-Z]+(?:[-/.][0-9A-Z]+)*$/;

/**
 * The form numbers are matched in: NFC (a decomposed Ø/Å from a PDF equals the composed one), upper
 * case, every dash a hyphen, no space around `-`, `/` and `.`, other runs of space as one.
 */
export function matchingForm(raw: string): string {
  // Most numbers arrive in that form already (every case id does): nothing to normalise.
  if (typeof raw === 'string' && ALREADY_MATCHING.test(raw)) return raw;
  return String(raw ?? '')
    .normalize('NFC')
    .toLocaleUpperCase('da-DK')
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ ?([-/.]) ?/g, '$1');
}

const MAX_RAW = 100;

const withoutLeadingZeros = (digits: string) => digits.replace(/^0+(?=\d)/, '');

interface Recogniser {
  scheme: CaseNumberScheme;
  pattern: RegExp;
  key: (match: RegExpExecArray) => string;
}

// KLE: subject NN.NN.NN, action facet (a capital letter, Æ Ø Å included, and two digits), then
// either the running number and two-digit year, a serial, or a four-digit year and a serial.
const KLE = '(\\d{2}\\.\\d{2}\\.\\d{2})-?([A-ZÆØÅ]\\d{2})';

/** One small recogniser per scheme, tried in order: the first that matches names the scheme. */
const RECOGNISERS: readonly Recogniser[] = [
  // 15.00.05-A00-1-19; a running number of "01" and "1" name the same case (as KLE numbers always did here).
  { scheme: 'kle', pattern: new RegExp(`^${KLE}-(\\d{1,30})-(\\d{2})$`, 'u'), key: (m) => `${m[1]}-${m[2]}-${withoutLeadingZeros(m[3]!)}-${m[4]}` },
  // 00.01.00P35-0104 (no hyphen before the letter), 00.01.00A04 - 2007/34364 (year and serial after it)
  { scheme: 'kle', pattern: new RegExp(`^${KLE}-(\\d{1,30}|\\d{4}/\\d{1,30})$`, 'u'), key: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // First Agenda: EMN-2025-003383
  { scheme: 'first-agenda', pattern: /^(EMN)-(\d{4})-(\d{1,30})$/, key: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // Slagelse: 330-2019-12345
  { scheme: 'slagelse', pattern: /^(\d{3})-(\d{4})-(\d{1,30})$/, key: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // eDoc: 2011-29298
  { scheme: 'edoc', pattern: /^(\d{4})-(\d{1,30})$/, key: (m) => `${m[1]}-${m[2]}` },
  // Acadre-style year/serial: 14/30210, 20/8545
  { scheme: 'acadre', pattern: /^(\d{2})\/(\d{1,30})$/, key: (m) => `${m[1]}/${m[2]}` },
  // SBSYS year/serial: 2009/041177
  { scheme: 'sbsys', pattern: /^(\d{4})\/(\d{1,30})$/, key: (m) => `${m[1]}/${m[2]}` },
  // Two-digit year and serial (Ringkøbing-Skjern): 24-031877
  { scheme: 'year-serial', pattern: /^(\d{2})-(\d{4,30})$/, key: (m) => `${m[1]}-${m[2]}` },
  // Serial and four-digit year (Gentofte): 031288-2025; the serial's leading zeros are printed and kept.
  { scheme: 'serial-year', pattern: /^(\d{5,8})-((?:19|20)\d{2})$/, key: (m) => `${m[1]}-${m[2]}` },
  // Sag nr. 162
  { scheme: 'sag-nr', pattern: /^SAG[ -]?NR\.?[ -]?(\d{1,30})$/u, key: (m) => `SAG-NR-${m[1]}` },
  // A bare serial as Roskilde's web pages print it (`Sagsnr. 299835`): five digits or more, so no item number is one.
  { scheme: 'serial', pattern: /^(\d{5,30})$/u, key: (m) => m[1]! },
];

/**
 * A journal number: as printed, its key (what two documents' numbers are matched by, and the case
 * id) and its scheme. KLE's rules (subject, facet letter) apply to KLE numbers only.
 */
export class CaseNumber {
  private constructor(
    /** Exactly as the document (or the caller) gave it, surrounding space trimmed. */
    readonly printed: string,
    readonly key: string,
    readonly scheme: CaseNumberScheme,
  ) {}

  /** Recognises the scheme and builds the key; throws InvalidCaseNumber naming `field` and the accepted forms. */
  static parse(raw: string, field = 'caseNumber'): CaseNumber {
    const text = String(raw ?? '');
    // Checked before normalising: an oversized input is not worth the work, nor echoing back whole.
    if (text.length > MAX_RAW) throw new InvalidCaseNumber(`${text.slice(0, 40)}…`, field);
    const printed = ALREADY_MATCHING.test(text) ? text : text.normalize('NFC').trim();
    const form = matchingForm(printed);
    for (const { scheme, pattern, key } of RECOGNISERS) {
      const match = pattern.exec(form);
      if (match) return new CaseNumber(printed, key(match), scheme);
    }
    throw new InvalidCaseNumber(String(raw ?? ''), field);
  }

  static isValid(raw: string): boolean {
    try {
      CaseNumber.parse(raw);
      return true;
    } catch {
      return false;
    }
  }

  /** The key: the case id of a numbered case. */
  get value(): string {
    return this.key;
  }

  /** The KLE subject, e.g. `15.00.05`; undefined for other schemes. */
  get subject(): string | undefined {
    return this.scheme === 'kle' ? this.key.slice(0, 8) : undefined;
  }

  equals(other: CaseNumber): boolean {
    return other.key === this.key;
  }

  toString(): string {
    return this.key;
  }
}

/** The scheme of a case id (a key; a key parses to itself); undefined for a provisional id. */
export function schemeOfCaseId(caseId: string): CaseNumberScheme | undefined {
  if (caseId.startsWith('P-')) return undefined;
  try {
    return CaseNumber.parse(caseId).scheme;
  } catch {
    return undefined;
  }
}
