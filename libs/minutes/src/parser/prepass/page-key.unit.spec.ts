import fc from 'fast-check';
import { asciiPairCode, furnitureKey } from './page-key.js';

describe('page keys', () => {
  it('compares page heads whatever their case, spacing and page number', () => {
    expect(furnitureKey('Referat  Økonomiudvalget\tSide 3 af 12')).toBe(furnitureKey('referat økonomiudvalget side 4 af 12'));
    expect(furnitureKey('Side 3')).toBe('side #');
    expect(furnitureKey('Godkendt.')).toBe('godkendt.');
  });

  it('starts a key with the two characters its text starts with (lines are counted by them before they are keyed)', () => {
    const unit = fc.constantFrom('S', 's', 'i', 'd', 'e', 'P', 'a', 'g', ' ', '  ', '\t', '3', '12', 'af', 'of', '#', 'Ø', 'K', '\u212a', '.');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }).map((units) => units.join('').trim()), (text) => {
        const pair = asciiPairCode(text);
        if (pair >= 0) expect(asciiPairCode(furnitureKey(text))).toBe(pair);
      }),
      { seed: 6, numRuns: 2000 },
    );
  });
});
