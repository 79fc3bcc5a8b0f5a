import { InvalidCaseNumber } from './errors.js';

// subject NN.NN.NN - action facet (capital letter incl. Æ Ø Å, two digits) - running number - two-digit year
const KLE = /^(\d{2})\.(\d{2})\.(\d{2})-([A-ZÆØÅ])(\d{2})-(\d{1,30})-(\d{2})$/u;
const MAX_RAW = 100;

/** A KLE journal number, normalised (NFC, upper case, no surrounding space). */
export class CaseNumber {
  private constructor(readonly value: string) {}

  /** Normalises and validates; throws InvalidCaseNumber naming `field` and showing the format. */
  static parse(raw: string, field = 'caseNumber'): CaseNumber {
    // NFC first: a decomposed Ø/Å from a PDF must compare equal to the composed one.
    const text = String(raw ?? '');
    // Checked before normalising: an oversized input is not worth the work, nor echoing back whole.
    if (text.length > MAX_RAW) throw new InvalidCaseNumber(`${text.slice(0, 40)}…`, field);
    const match = KLE.exec(text.normalize('NFC').trim().toLocaleUpperCase('da-DK'));
    if (!match) throw new InvalidCaseNumber(text, field);
    // A running number of "01" and "1" name the same case. It stays text: as a JS number, two
    // long running numbers would round to one (and print as 1e+23).
    const [, g, s, t, letter, facet, running, year] = match;
    return new CaseNumber(`${g}.${s}.${t}-${letter}${facet}-${withoutLeadingZeros(running!)}-${year}`);
  }

  static isValid(raw: string): boolean {
    try {
      CaseNumber.parse(raw);
      return true;
    } catch {
      return false;
    }
  }

  /** The KLE subject, e.g. `15.00.05`. */
  get subject(): string {
    return this.value.slice(0, 8);
  }

  equals(other: CaseNumber): boolean {
    return other.value === this.value;
  }

  toString(): string {
    return this.value;
  }
}

const withoutLeadingZeros = (digits: string): string => digits.replace(/^0+(?=\d)/, '');
