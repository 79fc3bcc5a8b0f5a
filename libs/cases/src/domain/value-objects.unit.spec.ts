import { isProvisionalCaseId, parseCaseId, provisionalCaseId } from './case-id.js';
import { CaseNumber } from './case-number.js';
import { InvalidCaseNumber, InvalidInput } from './errors.js';
import { meetingIdFor, parseMeetingId } from './meeting-id.js';
import { outcomeFromDanish } from './outcome.js';
import { danishDate, listOf, optionalText, parseIsoDate, requireText } from './calendar.js';
import { LIMITS } from './limits.js';

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

describe('journal numbers stay text', () => {
  it('two long running numbers are two cases, never rounded into one or printed as 1e+23', () => {
    const a = parseCaseId('15.00.05-A00-12345678901234567890-19');
    const b = parseCaseId('15.00.05-A00-12345678901234567891-19');
    expect(a).toBe('15.00.05-A00-12345678901234567890-19');
    expect(b).not.toBe(a);
    expect(parseCaseId('15.00.05-A00-99999999999999999999999-19')).toBe('15.00.05-A00-99999999999999999999999-19');
    expect(parseCaseId('15.00.05-A00-000000000000000000000042-19')).toBe('15.00.05-A00-42-19');
  });

  it('refuses a running number over 30 digits and an oversized id without echoing it whole', () => {
    expect(() => parseCaseId(`15.00.05-A00-${'1'.repeat(31)}-19`)).toThrow(InvalidCaseNumber);
    const error = (() => {
      try {
        parseCaseId('9'.repeat(100_000));
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(InvalidCaseNumber);
    expect(error!.message.length).toBeLessThan(400);
    expect(() => parseCaseId(`P-${'a'.repeat(400)}-1`)).toThrow(InvalidInput);
  });
});

describe('meeting ids from long names', () => {
  it('shortens a slug over 200 characters with a hash of the whole: stable, distinct and readable back', () => {
    const long = 'Udvalget for ' + 'Æblemost og '.repeat(15);
    const id = meetingIdFor(long, '2024-02-06');
    expect(id.length).toBeLessThanOrEqual(211);
    expect(meetingIdFor(long, '2024-02-06')).toBe(id);
    expect(meetingIdFor(long + 'x', '2024-02-06')).not.toBe(id);
    expect(parseMeetingId(id)).toBe(id);
  });

  it('keeps slugs up to 200 characters as they were, and reads back stored ids up to 300', () => {
    const name = 'u'.repeat(200);
    expect(meetingIdFor(name, '2024-02-06')).toBe(`${name}-2024-02-06`);
    const stored = `${'b'.repeat(244)}-2024-02-06`;
    expect(parseMeetingId(stored)).toBe(stored);
    expect(() => parseMeetingId('b'.repeat(301))).toThrow(InvalidInput);
  });
});

describe('texts are bounded', () => {
  it('refuses a text over its limit, NUL and a lone surrogate, naming the field', () => {
    expect(requireText('x'.repeat(LIMITS.name), 'body', LIMITS.name)).toHaveLength(LIMITS.name);
    expect(() => requireText('x'.repeat(LIMITS.name + 1), 'body', LIMITS.name)).toThrow(/body: must be at most 200 characters/);
    expect(() => optionalText('a\u0000b', 'reason')).toThrow(/reason: must not contain NUL/);
    expect(() => optionalText('a\ud800b', 'reason')).toThrow(/reason: must not contain NUL/);
    expect(optionalText('a\ud83d\ude00b', 'reason')).toBe('a\ud83d\ude00b');
  });

  it('a list must be a list of objects, not too long', () => {
    expect(listOf(undefined, 'summary', (e) => e)).toEqual([]);
    expect(() => listOf('x' as never, 'summary', (e) => e)).toThrow(/summary: must be a list/);
    expect(() => listOf([null] as never, 'summary', (e) => e)).toThrow(/summary\[0\]: must be an object/);
    expect(() => listOf(Array.from({ length: LIMITS.list + 1 }, () => ({})), 'summary', (e) => e)).toThrow(/at most 200 entries/);
  });
});
