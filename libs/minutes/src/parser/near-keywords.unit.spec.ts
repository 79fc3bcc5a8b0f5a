import fc from 'fast-check';
import { matchesNearKeywords, type KeywordReach } from './near-keywords.js';
import { BODY_WORD } from './vocabulary/bodies.js';
import { LONGEST_BODY_WORD, PROSE_POSTPONED_FROM, PROSE_POSTPONED_FROM_KEYWORDS, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS } from './vocabulary/decision-blocks.js';

const asFound = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => ({ at: match.index, text: match[0], groups: { ...match.groups } }));

/** Texts of up to 30 pieces: `matchesNearKeywords` finds in each what `matchAll` finds; how many texts held a match. */
function textsMatchedAsMatchAll(piece: fc.Arbitrary<string>, pattern: RegExp, where: KeywordReach, seed: number, numRuns: number): number {
  let withMatches = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(' ')), (text) => {
      const expected = asFound(text.matchAll(pattern));
      if (expected.length > 0) withMatches++;
      expect(asFound(matchesNearKeywords(text, pattern, where))).toEqual(expected);
    }),
    { seed, numRuns },
  );
  return withMatches;
}

describe('matches near keywords', () => {
  it('finds the earlier treatments a Historik tells, after other sentences', () => {
    const text = 'Udvalget skal anbefale planen.\nHistorik\nForslaget blev behandlet på Teknik- og Miljøudvalgets møde den 4. februar 2025 punkt 12, hvor det blev sendt i høring.';
    const found = matchesNearKeywords(text, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS);
    expect(found.map((match) => match.groups!.ownDate)).toEqual(['4. februar 2025']);
    expect(matchesNearKeywords('Ingen bemærkninger.', PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS)).toEqual([]);
  });

  it('finds what matchAll finds, in any text of names, telling words, dates and punctuation', () => {
    const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t', ' '.repeat(30));
    const filler = fc.constantFrom('Historik', 'Lorem ipsum dolor', 'x'.repeat(90), 'Udvalget', 'sagen', 'møde', '.', ',', ';', ':', 'og', 'ſagen', 'Ø');
    const body = fc.constantFrom('Teknik- og Miljøudvalget', 'Byrådet', 'kommunalbestyrelsen', 'Borgerrepræsentationen', 'Det Lokale Råd', `${'Et meget langt navn '.repeat(4)}Udvalget`, 'Udvalget. Byrådet');
    const own = fc.constantFrom('udvalgets', 'Økonomiudvalgets', 'Teknik- og Miljøudvalgets', 'byrådets');
    const date = fc.constantFrom('4. februar 2025', '10.10.2024', '1. april 2025');
    const told = fc.oneof(
      fc.tuple(body, space, fc.constantFrom('behandlede', 'drøftede'), space, fc.constantFrom('sagen', 'Sagen'), space, fc.constantFrom('', 'på sit møde '), fc.constantFrom('den', 'd.'), space, date, fc.constantFrom('', ' og anbefalede indstillingen', ', hvor den blev udsat')),
      fc.tuple(fc.constantFrom('Sagen', 'Forslaget', 'forslaget'), space, fc.constantFrom('var', 'blev behandlet'), space, fc.constantFrom('på'), space, own, space, fc.constantFrom('møde den'), space, date, fc.constantFrom('', ' punkt 12', ' punkt 30, hvor det blev sendt i høring')),
    ).map((parts) => parts.join(''));
    // The texts hold treatments often enough for the comparison to mean something.
    expect(textsMatchedAsMatchAll(fc.oneof(filler, told, space), PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS, 12, 3000)).toBeGreaterThan(1000);
  });

  it('finds the earlier postponements matchAll finds, the body as subject or the case postponed from a meeting', () => {
    const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t', ' '.repeat(30));
    const filler = fc.constantFrom('Udsat til næste møde', 'Lorem ipsum dolor', 'x'.repeat(90), 'Udvalget', 'sagen', 'udsat', '.', ',', ';', ':', '(', ')', 'og', 'Ø');
    const body = fc.constantFrom('Teknik- og Miljøudvalget', 'Ældrerådet', 'kommunalbestyrelsen', 'Borgerrepræsentationen', `${'Et meget langt navn '.repeat(4)}Udvalget`, 'Udvalget. Byrådet', 'Rådet (A)');
    const date = fc.constantFrom('4. februar 2025', '10.10.2024', '1. april 2025');
    const told = fc.oneof(
      fc.tuple(body, space, fc.constantFrom('udsatte', 'Udsatte'), space, fc.constantFrom('sagen', 'Sagen'), space, fc.constantFrom('', 'på mødet ', 'på sit møde '), fc.constantFrom('den', 'd.'), space, date, fc.constantFrom('', ', pkt. 5', ' punkt 12')),
      fc.tuple(fc.constantFrom('Sagen', 'Punktet', 'forslaget', 'Retssagen'), space, fc.constantFrom('var', 'blev'), space, fc.constantFrom('', 'også ', 'tidligere '), fc.constantFrom('udsat'), space, fc.constantFrom('fra mødet', 'på mødet', 'fra Økonomiudvalgets møde', 'fra udvalgets møde'), space, fc.constantFrom('den', 'd.'), space, date, fc.constantFrom('', ', sag nr. 6', ' (pkt. 3)')),
    ).map((parts) => parts.join(''));
    expect(textsMatchedAsMatchAll(fc.oneof(filler, told, space), PROSE_POSTPONED_FROM, PROSE_POSTPONED_FROM_KEYWORDS, 18, 2000)).toBeGreaterThan(600);
  });

  it('reaches back over the longest body word (the reach is counted from it)', () => {
    // Each body word with its optional ending, as `BODY_WORD` writes them: `udvalg(?:et)?`.
    const words = [...BODY_WORD.matchAll(/([\p{L}]+)(?:\(\?:([\p{L}]+)\)\?)?/gu)].map((word) => word[1]! + (word[2] ?? ''));
    expect(words).toContain('borgerrepræsentationen');
    for (const word of words) expect(word.length).toBeLessThanOrEqual(LONGEST_BODY_WORD);
  });
});
