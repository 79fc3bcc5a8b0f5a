import { overallOutcome, readOutcome } from './decision-outcome.js';

describe('readOutcome', () => {
  it.each([
    ['Taget til efterretning', 'noted'],
    ['Til efterretning.', 'noted'],
    ['Orienteringen taget til efterretning', 'noted'],
    ['Indstillingen godkendt', 'approved'],
    ['Godkendt', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Indstilles til godkendelse', 'recommended'],
    ['Indstilles til Kommunalbestyrelsens godkendelse', 'recommended'],
    ['Anbefales', 'recommended'],
    ['Anbefalet.', 'recommended'],
    ['Drøftet', 'discussed'],
    ['Sagen blev drøftet', 'discussed'],
    ['Afvist', 'rejected'],
    ['Ikke godkendt', 'rejected'],
    ['Indstillingen ikke godkendt.', 'rejected'],
    ['Anbefales ikke.', 'rejected'],
    ['Indstillingen anbefales ikke', 'rejected'],
    ['Erhvervs-, Beskæftigelses- og Uddannelsesudvalget bemærker:', 'commented'],
    ['Udgår', 'withdrawn'],
    ['Sagen blev trukket', 'withdrawn'],
    ['**Godkendt**', 'approved'],
  ])('%s -> %s', (text, outcome) => {
    expect(readOutcome(text)).toMatchObject({ outcome, postponed: false });
  });

  it('reads postponement as a flag, not an outcome', () => {
    expect(readOutcome('Udsættes')).toEqual({ postponed: true });
    expect(readOutcome('Sagen udsættes til næste møde.')).toEqual({ postponed: true, rest: 'til næste møde.' });
  });

  it('matches whole words at the start only', () => {
    expect(readOutcome('Godkendtes ikke').outcome).toBe('other');
    expect(readOutcome('For at godkende referatet skal alle klikke på "Godkendt".').outcome).toBe('other');
    expect(readOutcome('Punktet blev ikke nået').outcome).toBe('other');
  });

  it('keeps text after the phrase as remarks, but not boilerplate', () => {
    expect(readOutcome('Taget til efterretning med disse bemærkninger:').rest).toBeUndefined();
    expect(readOutcome('Taget til efterretning med de faldne bemærkninger.').rest).toBeUndefined();
    expect(readOutcome('Taget til efterretning med disse bemærkninger: Udvalget ønsker en status.').rest).toBe('Udvalget ønsker en status.');
    expect(readOutcome('Godkendt med den ændring, at punkt 2 udgår.')).toEqual({ outcome: 'approved', postponed: false, rest: 'med den ændring, at punkt 2 udgår.' });
  });
});

describe('overallOutcome', () => {
  it('takes the most consequential point outcome', () => {
    expect(overallOutcome(['noted', 'noted', 'discussed', 'approved'])).toBe('approved');
    expect(overallOutcome(['approved', 'recommended'])).toBe('recommended');
    expect(overallOutcome(['discussed', 'noted'])).toBe('noted');
  });

  it('is `other` when any point is unclassified, and absent when all were postponed', () => {
    expect(overallOutcome(['approved', 'other'])).toBe('other');
    expect(overallOutcome([undefined, undefined])).toBeUndefined();
  });
});
