import fc from 'fast-check';
import { CaseNumber, matchingForm, schemeOfCaseId } from './case-number.js';
import { InvalidCaseNumber } from './errors.js';

describe('journal-number schemes', () => {
  // printed, key, scheme
  it.each([
    ['15.00.05-A00-1-19', '15.00.05-A00-1-19', 'kle'],
    ['88.20.04-Ø54-10-18', '88.20.04-Ø54-10-18', 'kle'],
    ['88.20.04-ø54-010-18', '88.20.04-Ø54-10-18', 'kle'],
    ['27.12.00-a\u030A00-1-19', '27.12.00-Å00-1-19', 'kle'],
    ['15.00.05 – A00 – 1 – 19', '15.00.05-A00-1-19', 'kle'],
    ['00.01.00P35-0104', '00.01.00-P35-0104', 'kle'],
    ['00.01.00-P35-0104', '00.01.00-P35-0104', 'kle'],
    ['00.01.00A04 - 2007/34364', '00.01.00-A04-2007/34364', 'kle'],
    ['EMN-2025-003383', 'EMN-2025-003383', 'first-agenda'],
    ['emn‐2025‐003383', 'EMN-2025-003383', 'first-agenda'],
    ['330-2019-12345', '330-2019-12345', 'slagelse'],
    ['2011-29298', '2011-29298', 'edoc'],
    ['2011 - 29298', '2011-29298', 'edoc'],
    ['14/30210', '14/30210', 'acadre'],
    ['20/8545', '20/8545', 'acadre'],
    ['20 / 08545', '20/08545', 'acadre'],
    ['2009/041177', '2009/041177', 'sbsys'],
    ['24-031877', '24-031877', 'year-serial'],
    ['Sag nr. 162', 'SAG-NR-162', 'sag-nr'],
    ['Sag nr.0162', 'SAG-NR-0162', 'sag-nr'],
    ['299835', '299835', 'serial'],
  ])('%s: key %s, scheme %s, kept as printed, its key a fixed point, its URL form a round trip', (printed, key, scheme) => {
    const number = CaseNumber.parse(printed);
    expect(number.printed).toBe(printed.normalize('NFC').trim());
    expect(number.key).toBe(key);
    expect(number.scheme).toBe(scheme);
    expect(CaseNumber.parse(key).key).toBe(key);
    expect(schemeOfCaseId(key)).toBe(scheme);
    expect(decodeURIComponent(encodeURIComponent(key))).toBe(key);
    expect(encodeURIComponent(key)).not.toContain('/');
  });

  it('applies KLE rules to KLE numbers only', () => {
    expect(CaseNumber.parse('15.00.05-A00-1-19').subject).toBe('15.00.05');
    expect(CaseNumber.parse('14/30210').subject).toBeUndefined();
    // a letter where a KLE facet needs one; digits where eDoc wants them
    expect(() => CaseNumber.parse('15.00.05-100-1-19')).toThrow(InvalidCaseNumber);
    expect(() => CaseNumber.parse('2011-ABCDE')).toThrow(InvalidCaseNumber);
  });

  it('keeps running numbers as text: leading zeros stay outside the KLE running number', () => {
    expect(CaseNumber.parse('EMN-2025-003383').key).toBe('EMN-2025-003383');
    expect(CaseNumber.parse('EMN-2025-003383').equals(CaseNumber.parse('EMN-2025-3383'))).toBe(false);
    expect(CaseNumber.parse('2011-99999999999999999999').key).toBe('2011-99999999999999999999');
  });

  it('matches across spacing, dash variants and decomposed letters', () => {
    expect(matchingForm(' 00.01.00A04 \u2013 2007 / 34364 ')).toBe('00.01.00A04-2007/34364');
    expect(CaseNumber.parse('27.12.00\u2212a\u030A00-1-19').key).toBe('27.12.00-Å00-1-19');
  });

  it('returns text already in matching form as it is, and normalises the rest as the full rules do', () => {
    // The rules spelled out once more, as the reference the shortcut for already-matching text must agree with.
    const reference = (raw: string) =>
      raw
        .normalize('NFC')
        .toLocaleUpperCase('da-DK')
        .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/ ?([-/.]) ?/g, '$1');
    const pieces = fc.constantFrom('0', '1', '9', '15', 'A', 'Z', 'a', 'ø', 'Ø', '-', '/', '.', ' ', '\u2013', '\t', 'EMN', 'a\u030A');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const raw = parts.join('');
        expect(matchingForm(raw)).toBe(reference(raw));
      }),
      { numRuns: 2000, seed: 1414 },
    );
  });

  it('has no scheme for a provisional id', () => {
    expect(schemeOfCaseId('P-oekonomiudvalget-2019-01-15-3')).toBeUndefined();
  });
});
