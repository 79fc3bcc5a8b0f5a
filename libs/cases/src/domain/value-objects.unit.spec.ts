import { isProvisionalCaseId, parseCaseId, provisionalCaseId } from './case-id.js';
import { CaseNumber } from './case-number.js';
import { InvalidCaseNumber, InvalidInput } from './errors.js';
import { meetingIdFor, parseMeetingId } from './meeting-id.js';
import { outcomeFromDanish } from './outcome.js';
import { danishDate, parseIsoDate } from './calendar.js';

describe('CaseNumber', () => {
  it('accepts KLE journal numbers, Danish facet letters included', () => {
    expect(CaseNumber.parse('15.00.05-A00-1-19').value).toBe('15.00.05-A00-1-19');
    expect(CaseNumber.parse('88.20.04-Ø54-10-18').value).toBe('88.20.04-Ø54-10-18');
    expect(CaseNumber.parse('00.01.10-Æ35-9-23').subject).toBe('00.01.10');
  });

  it('normalises: NFC, upper case, trimmed, running number without leading zeros', () => {
    expect(CaseNumber.parse(' 88.20.04-ø54-10-18 ').value).toBe('88.20.04-Ø54-10-18');
    // Å written decomposed (a + combining ring), as PDF text extraction sometimes gives it
    expect(CaseNumber.parse('27.12.00-a\u030A00-1-19').value).toBe('27.12.00-Å00-1-19');
    expect(CaseNumber.parse('15.00.05-a00-01-19').value).toBe('15.00.05-A00-1-19');
    expect(CaseNumber.parse('15.00.05-a00-1-19').equals(CaseNumber.parse('15.00.05-A00-1-19'))).toBe(true);
  });

  it.each(['15.00.05', '15.0.05-A00-1-19', '15.00.05-A0-1-19', '15.00.05-100-1-19', '15.00.05-A00-1-2019', '15.00.05-Q00-x-19', ''])(
    'rejects %p with a message that shows the format',
    (raw) => {
      expect(() => CaseNumber.parse(raw)).toThrow(InvalidCaseNumber);
      expect(() => CaseNumber.parse(raw)).toThrow(/NN\.NN\.NN-XNN-N-YY, e\.g\. 15\.00\.05-A00-1-19/);
    },
  );

  it('names the field it was given', () => {
    expect(() => CaseNumber.parse('nope', 'items[3].caseNumber')).toThrow(expect.objectContaining({ field: 'items[3].caseNumber', kind: 'validation' }));
  });
});

describe('meeting and case ids', () => {
  it('derives a readable meeting id from the body as written and the date', () => {
    expect(meetingIdFor('Erhvervs-, Beskæftigelses- og Uddannelsesudvalget', '2024-02-06')).toBe('erhvervs-beskaeftigelses-og-uddannelsesudvalget-2024-02-06');
    expect(meetingIdFor('Økonomiudvalget', '2023-10-24')).toBe('oekonomiudvalget-2023-10-24');
    // small variations in writing land on the same meeting
    expect(meetingIdFor('Erhvervs- Beskæftigelses og Uddannelsesudvalget ', '2024-02-06')).toBe(meetingIdFor('Erhvervs-, Beskæftigelses- og Uddannelsesudvalget', '2024-02-06'));
  });

  it('accepts a caller-given meeting id only in the slug alphabet', () => {
    expect(parseMeetingId('ebu-2024-02-06-b')).toBe('ebu-2024-02-06-b');
    expect(() => parseMeetingId('EBU 6/2')).toThrow(InvalidInput);
  });

  it('gives an item without a case number a stable provisional id, recognised as such', () => {
    const id = provisionalCaseId('erhvervs-og-beskaeftigelsesudvalget-2019-01-15', 3);
    expect(id).toBe('P-erhvervs-og-beskaeftigelsesudvalget-2019-01-15-3');
    expect(isProvisionalCaseId(id)).toBe(true);
    expect(parseCaseId(id)).toBe(id);
    expect(parseCaseId('15.00.05-a00-1-19')).toBe('15.00.05-A00-1-19');
    expect(() => parseCaseId('P-Bad id')).toThrow(/provisional case id/);
  });
});

describe('dates and outcomes', () => {
  it('validates calendar dates and reads today in Danish time', () => {
    expect(parseIsoDate('2024-02-29', 'date')).toBe('2024-02-29');
    expect(() => parseIsoDate('2023-02-29', 'date')).toThrow(/date: "2023-02-29" is not a date/);
    expect(danishDate(new Date('2024-02-05T23:30:00Z'))).toBe('2024-02-06');
  });

  it.each([
    ['Taget til efterretning', 'noted'],
    ['Til efterretning.', 'noted'],
    ['Taget til efterretning med disse bemærkninger: ...', 'noted'],
    ['Indstillingen godkendt', 'approved'],
    ['Godkendt', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Indstilles til godkendelse', 'recommended'],
    ['Sagen blev drøftet', 'discussed'],
    ['Erhvervs-, Beskæftigelses- og Uddannelsesudvalget bemærker: høringssvar ...', 'commented'],
    ['Noget helt andet', 'other'],
  ])('reads %p as %p', (text, outcome) => {
    expect(outcomeFromDanish(text)).toBe(outcome);
  });
});
