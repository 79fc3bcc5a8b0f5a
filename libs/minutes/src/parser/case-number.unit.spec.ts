import { readCaseNumber, readWholeCaseNumberOfAnyScheme } from './case-number.js';
import { CASE_NUMBER_SCHEMES } from './vocabulary/case-numbers.js';

describe('case numbers', () => {
  it('reads a number after a case-number label written in any case', () => {
    for (const line of ['Sagsnr.: 2009/041177', 'SAGSNUMMER: 2009/041177', 'Sagsid 2009/041177', 'Journalnr. 2009/041177', 'J. NR. 2009/041177', 'sags nr: 2009/041177']) {
      expect(readCaseNumber(line)).toMatchObject({ value: '2009/041177', scheme: 'sbsys', labelled: true, whole: true });
    }
  });

  it('does not take a number of another label, or an unlabelled number of a shape that is not distinctive, for the case', () => {
    expect(readCaseNumber('Dok.nr.: 2012-123456')).toBeUndefined();
    expect(readCaseNumber('DOKUMENTNR 2012-123456')).toBeUndefined();
    expect(readCaseNumber('2009/041177')).toBeUndefined();
    expect(readCaseNumber('Sag nr. 162')).toBeUndefined();
  });

  it('reads a distinctive number without a label, after an access word, and past another number and its label', () => {
    expect(readCaseNumber('15.00.05-A00-1-19')).toMatchObject({ value: '15.00.05-A00-1-19', scheme: 'kle', labelled: false, whole: true, atStart: true });
    expect(readCaseNumber('Åbent - 2009/041177')).toMatchObject({ value: '2009/041177', labelled: true, whole: true });
    expect(readCaseNumber('Dok.nr.: 2012-123456 Sagsnr.: 24-031877')).toMatchObject({ value: '24-031877', scheme: 'year-serial', labelled: true, whole: true });
  });

  it('passes over other numbers and access words only where they stand as words', () => {
    expect(readCaseNumber('Bilagsnr. 5 Sagsnr.: 24-031877')).toMatchObject({ value: '24-031877', labelled: true, whole: true });
    expect(readCaseNumber('Akt nr 7, sagsnr. 24-031877')).toMatchObject({ value: '24-031877', labelled: true, whole: true });
    expect(readCaseNumber('Sagsnr.: 24-031877, lukket')).toMatchObject({ value: '24-031877', whole: true });
    expect(readCaseNumber('LUKKET - 15.00.05-A00-1-19')).toMatchObject({ value: '15.00.05-A00-1-19', labelled: true, whole: true });
    // Inside a longer word an access word or another label is text beside the number.
    expect(readCaseNumber('Sagsnr.: 24-031877 Åbentlys')).toMatchObject({ value: '24-031877', whole: false });
    expect(readCaseNumber('Sagsnr.: 24-031877 Madokumentnr')).toMatchObject({ value: '24-031877', whole: false });
  });

  it('reads a group-level classification with a space before its facet after a label only (`Journalnr. 00.01 A26`)', () => {
    expect(readCaseNumber('Journalnr. 00.01 A26')).toMatchObject({ value: '00.01 A26', scheme: 'kle', labelled: true, whole: true });
    expect(readCaseNumber('J.nr. 18.15 Ø54')).toMatchObject({ value: '18.15 Ø54', scheme: 'kle', labelled: true });
    expect(readCaseNumber('00.01 A26')).toBeUndefined();
  });

  it('reads a number of every scheme after a label, and alone on its line when the layout says so', () => {
    const samples: [string, string][] = [
      ['2009/041177', 'sbsys'],
      ['15.00.05-A00-1-19', 'kle'],
      ['00.01A00', 'kle'],
      ['EMN-2025-000418', 'first-agenda'],
      ['031288-2025', 'serial-year'],
      ['25-014233', 'year-serial'],
      ['2016-071130', 'edoc'],
      ['306-2009-600', 'slagelse'],
      ['2011-29298', 'edoc'],
      ['14/30210', 'acadre'],
      ['24-0318', 'year-serial'],
      ['299835', 'serial'],
    ];
    for (const [value, scheme] of samples) {
      expect(readCaseNumber(`Sagsnr.: ${value}`)).toMatchObject({ value, scheme, labelled: true, whole: true });
      expect(readWholeCaseNumberOfAnyScheme(value)).toMatchObject({ value, scheme, whole: true });
    }
    // An old journal's serial over the year (`Sag nr. 106/80`), read only after its label (`4188/25` alone is an Acadre
    // document's number).
    expect(readCaseNumber('Sag nr. 106/80.')).toMatchObject({ value: '106/80', scheme: 'serial-year', labelled: true });
    expect(readWholeCaseNumberOfAnyScheme('4188/25')).toBeUndefined();
    // Digits joined by a hyphen are no Acadre number (`14/30210`): Ringkøbing-Skjern's.
    expect(readCaseNumber('Sagsnr.: 14-30210')).toMatchObject({ value: '14-30210', scheme: 'year-serial' });
    expect(readCaseNumber('Godkendt med 4 stemmer mod 1 (C).')).toBeUndefined();
    expect(readWholeCaseNumberOfAnyScheme('Sagsnr.: 14/30210')).toBeUndefined();
  });

  it("searches with a scheme's pattern only a text that holds what every number of the scheme holds", () => {
    const numbers = ['2009/041177', '15.00.05-A00-1-19', '00.01.00P35-0104', '00.01.00A04 - 2007/34364', '00.01A00', '00.01 A26', 'EMN-2024-000123', '031288-2025', '25-014233', '2016-071130', '306-2009-600', '2011-29298', '14/30210', '24-0318', '299835', '106/80', '1-51-71-3321-08'];
    for (const scheme of CASE_NUMBER_SCHEMES) {
      const matched = numbers.filter((number) => scheme.pattern.test(number));
      expect(matched.length).toBeGreaterThan(0);
      if (scheme.holds !== undefined) for (const number of matched) expect(scheme.pattern.exec(number)![0]).toContain(scheme.holds);
    }
  });
});
