import fc from 'fast-check';
import { matchesNearKeywords } from './near-keywords.js';
import { BODY_WORD } from './vocabulary/bodies.js';
import { LONGEST_BODY_WORD, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS } from './vocabulary/decision-blocks.js';

const asFound = (matches: Iterable<RegExpExecArray>) => [...matches].map((match) => ({ at: match.index, text: match[0], groups: { ...match.groups } }));

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
    let withMatches = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(filler, told, space), { maxLength: 30 }).map((pieces) => pieces.join(' ')), (text) => {
        const expected = asFound(text.matchAll(PROSE_TREATMENT));
        if (expected.length > 0) withMatches++;
        expect(asFound(matchesNearKeywords(text, PROSE_TREATMENT, PROSE_TREATMENT_KEYWORDS))).toEqual(expected);
      }),
      { seed: 12, numRuns: 3000 },
    );
    // The texts hold treatments often enough for the comparison to mean something.
    expect(withMatches).toBeGreaterThan(1000);
  });

  it('reaches back over the longest body word (the reach is counted from it)', () => {
    // Each body word with its optional ending, as `BODY_WORD` writes them: `udvalg(?:et)?`.
    const words = [...BODY_WORD.matchAll(/([\p{L}]+)(?:\(\?:([\p{L}]+)\)\?)?/gu)].map((word) => word[1]! + (word[2] ?? ''));
    expect(words).toContain('borgerrepræsentationen');
    for (const word of words) expect(word.length).toBeLessThanOrEqual(LONGEST_BODY_WORD);
  });
});
