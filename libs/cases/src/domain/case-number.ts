import { InvalidCaseNumber } from './errors.js';

// subject NN.NN.NN - action facet (capital letter incl. Æ Ø Å, two digits) - running number - two-digit year
const KLE = /^(\d{2})\.(\d{2})\.(\d{2})-([A-ZÆØÅ])(\d{2})-(\d+)-(\d{2})$/u;

/** A KLE journal number, normalised (NFC, upper case, no surrounding space). */
export class CaseNumber {
  private constructor(readonly value: string) {}

  /** Normalises and validates; throws InvalidCaseNumber naming `field` and showing the format. */
  static parse(raw: string, field = 'caseNumber'): CaseNumber {
    // NFC first: a decomposed Ø/Å from a PDF must compare equal to the composed one.
    const normalised = String(raw ?? '').normalize('NFC').trim().toLocaleUpperCase('da-DK');
    const match = KLE.exec(normalised);
    if (!match) throw new InvalidCaseNumber(String(raw ?? ''), field);
    // A running number of "01" and "1" name the same case.
    const [, g, s, t, letter, facet, running, year] = match;
    return new CaseNumber(`${g}.${s}.${t}-${letter}${facet}-${Number(running)}-${year}`);
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
