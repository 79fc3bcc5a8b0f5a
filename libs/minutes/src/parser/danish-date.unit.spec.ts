import { findClockTime, findDanishDate, isoDate } from './danish-date.js';

describe('danish dates', () => {
  it('reads long dates with Danish month names and abbreviations', () => {
    expect(findDanishDate('den 17. januar 2023 Punkt 1')).toMatchObject({ iso: '2023-01-17', index: 4 });
    expect(findDanishDate('Tirsdag d. 06. februar 2024 kl. 08:00')?.iso).toBe('2024-02-06');
    expect(findDanishDate('7. december 2021')?.iso).toBe('2021-12-07');
    expect(findDanishDate('3 okt. 2019')?.iso).toBe('2019-10-03');
    expect(findDanishDate('14. Marts 2023')?.iso).toBe('2023-03-14');
  });

  it('reads numeric dates and takes whichever date comes first', () => {
    expect(findDanishDate('16-01-2024 Erhvervs-, Beskæftigelses- og Uddannelsesudvalget')).toEqual({ iso: '2024-01-16', index: 0, length: 10 });
    expect(findDanishDate('1.2.2020')?.iso).toBe('2020-02-01');
    expect(findDanishDate('d. 06-02-2024, jf. 1. marts 2023')?.iso).toBe('2024-02-06');
  });

  it('reads day/month with the year after a space, and only after a slash', () => {
    expect(findDanishDate('holdt møde den 10/3 2025 kl. 15:00')).toEqual({ iso: '2025-03-10', index: 15, length: 9 });
    expect(findDanishDate('Teknisk Udvalg - 23/11\u00a02017')?.iso).toBe('2017-11-23');
    expect(findDanishDate('punkt 1.2 2024')).toBeUndefined();
    expect(findDanishDate('1-2 2024')).toBeUndefined();
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(findDanishDate('31. juni 2024')).toBeUndefined();
    expect(findDanishDate('45-13-2024')).toBeUndefined();
  });

  it('reads clock times after `kl.`', () => {
    expect(findClockTime('kl. 08:00')).toBe('08:00');
    expect(findClockTime('kl 8.30')).toBe('08:30');
    expect(findClockTime('kl. 25:00')).toBeUndefined();
    expect(findClockTime('14.00-16.00')).toBeUndefined();
  });
});
