import fc from 'fast-check';
import { mayConcernAbsence, opensAbsenceList, readAbsenceLine } from './attendance.recogniser.js';
import { literalStarts, mayStartLike } from './line-prefilter.js';
import { HEAD_LABELS } from './vocabulary/head-labels.js';
import { LINK_LABEL, NAVIGATION, PAGE_COUNTER, STRAY } from './vocabulary/noise.js';
import { NUMBERING_STYLES } from './vocabulary/numbering.js';
import { SECTION_LABELS } from './vocabulary/section-labels.js';

describe('line pre-checks derived from vocabulary tables', () => {
  it('reads the literal start of each alternative, up to an optional character or the first space', () => {
    expect(literalStarts(/^(?:sagens forløb|sagsforløb)$/u)).toEqual(['sagens', 'sagsforløb']);
    expect(literalStarts(/^beslutning(?:er)?$/u)).toEqual(['beslutning']);
    expect(literalStarts(/^åbent?\s+referat$/iu)).toEqual(['åben']);
    expect(literalStarts(/^nr\.\s*(?<number>\d{1,4})/iu)).toEqual(['nr']);
  });

  it('opens groups that start an alternative and keeps a class or escape that must match', () => {
    expect(literalStarts(/^(?:(?:side|page)\s+\d+|\d{1,4}\s*of\s*\d+)$/iu)).toEqual(['side', 'page', '\\d']);
    expect(literalStarts(/^[•·▪]\s*\d/u)).toEqual(['[•·▪]']);
    expect(literalStarts(/^(?<number>\d{1,3})\.?$/u)).toEqual(['\\d']);
    expect(literalStarts(/^\p{Lu}[\p{L} ]+$/u)).toEqual(['\\p{Lu}']);
  });

  it('reads an optional group that opens an alternative as its starts and those of what follows it', () => {
    expect(literalStarts(/^(?:a|b)?c$/u)).toEqual(['a', 'b', 'c']);
    expect(literalStarts(/^(?:[•·▪]\s*(?=kap\s))?(?:kap|kp\.?)\s*\d/iu)).toEqual(['[•·▪]', 'kap', 'kp']);
    expect(literalStarts(/^(?:(?:alfa|beta)[\s-]+)?(?:jnr|sagsnr)\s*:/iu)).toEqual(['alfa', 'beta', 'jnr', 'sagsnr']);
    expect(literalStarts(/^(?:ny\s+)*sag\s+\d/u)).toEqual(['ny\\s', 'sag\\s']);
    expect(literalStarts(/^(?:ny\s+){0,2}?sag/u)).toEqual(['ny\\s', 'sag']);
    // (Nothing known where the group or what follows it can start with anything, or nothing follows it.)
    expect(literalStarts(/^(?:.+:)?sag/u)).toBeUndefined();
    expect(literalStarts(/^(?:ny\s+)?\s*sag/u)).toBeUndefined();
    expect(literalStarts(/^(?:ny)?$/u)).toBeUndefined();
  });

  it('lets through every text an optional group before a table word can start (an invented bulleted numbering)', () => {
    const pattern = /^(?:[•·▪]\s*(?=kap\s))?(?:kap|kp\.?)(?![a-zæøå])\s*(?<number>\d{1,3})\s+(?<title>.*)$/iu;
    const test = mayStartLike([pattern]);
    for (const text of ['• Kap 4 Vejplan', '·Kap 12 Budget', 'KP. 3 Skolestruktur', 'kap 7 Høring']) expect(pattern.test(text) && test(text)).toBe(true);
    for (const text of ['Budget 2030', '- Kap 4 Vejplan', '4. Kap', 'Kommunen', 'Punkt 4 Vejplan']) expect(test(text)).toBe(false);
    const char = fc.constantFrom(...'•·▪ kKaApP.14 xæ'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 8 }).map((chars) => chars.join('')), (text) => !pattern.test(text) || test(text)), { numRuns: 3000 });
  });

  it('reads a class of plain characters before literal text as one start per character, and whitespace the pattern demands', () => {
    expect(literalStarts(/^[Kk]ap\s+\d/u)).toEqual(['Kap\\s', 'kap\\s']);
    expect(literalStarts(/^(?:[Vv]ej|ikke\s+med)\b/iu)).toEqual(['Vej', 'vej', 'ikke\\s']);
    // (Whitespace only where it must stand, and only after two characters: the whole test is keyed by the first two.)
    expect(literalStarts(/^mød\s*kl/u)).toEqual(['mød']);
    expect(literalStarts(/^ab?\s+x/u)).toEqual(['a']);
    expect(literalStarts(/^x\s+y/u)).toEqual(['x']);
    // (A class that repeats, or holds a range or an escape, stays the start it is.)
    expect(literalStarts(/^[Kk]+ap/u)).toEqual(['[Kk]']);
    expect(literalStarts(/^[a-c]ap/u)).toEqual(['[a-c]']);
    expect(literalStarts(/^[Kk]\s/u)).toEqual(['[Kk]']);
  });

  it('rejects an invented table word that opens a longer word, and lets it through before any kind of whitespace', () => {
    const patterns = [/^[Kk]ap\s+nr\.\s*\d/u, /^ikke\s+offentligt?/iu];
    const test = mayStartLike(patterns);
    for (const text of ['Kap nr. 3', 'kap\tnr. 3', 'Kap\u00a0nr. 3', 'Kap\u3000nr. 3', 'IKKE offentligt', 'Ikke\u2002offentlig']) expect(test(text)).toBe(true);
    for (const text of ['Kapitel 3', 'Kaptajnen', 'kap', 'Kap', 'Ikkeoffentligt', 'Ikke', 'K', 'Karen']) expect(test(text)).toBe(false);
    const whole = new RegExp(`^(?:${[...new Set(patterns.flatMap((pattern) => literalStarts(pattern)!))].join('|')})`, 'iu');
    const char = fc.constantFrom(...'kKapPiIeE \t\u00a0\u2002\u3000\u200bx1'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 6 }).map((chars) => chars.join('')), (text) => test(text) === whole.test(text)), { numRuns: 3000 });
  });

  it('knows nothing of patterns that are not anchored or whose alternatives can start with anything', () => {
    expect(literalStarts(/\bcookies?\b/iu)).toBeUndefined();
    expect(literalStarts(/^(.*?\S)\s*\d$/u)).toBeUndefined();
    expect(literalStarts(/^(?:a|b)?$/u)).toBeUndefined();
    expect(literalStarts(/^\d*x$/u)).toBeUndefined();
    expect(literalStarts(/^(?!til\b)\p{L}+$/u)).toBeUndefined();
    expect(literalStarts(/^a|.+b$/u)).toBeUndefined();
  });

  it('lets every text through when one pattern of the table cannot be known', () => {
    const test = mayStartLike([/^afbud$/iu, /\bfravær/iu]);
    expect(test('hvad som helst')).toBe(true);
  });

  it('rejects only texts that no pattern of the table can match (case-insensitive when a pattern is)', () => {
    const labels = SECTION_LABELS.map(([pattern]) => pattern);
    const mayBeLabel = mayStartLike(labels, { ignoreCase: true });
    for (const label of ['Beslutning', 'BESLUTNING', 'Sagens forløb', 'Økonomiske konsekvenser og finansiering', 'Bilag']) expect(mayBeLabel(label)).toBe(true);
    expect(mayBeLabel('Kommunaldirektøren indstiller, at:')).toBe(false);
    expect(mayBeLabel('Godkendt.')).toBe(false);

    const mayBeHeadLabel = mayStartLike(HEAD_LABELS.map(([pattern]) => pattern));
    expect(mayBeHeadLabel('Afbud fra')).toBe(true);
    expect(mayBeHeadLabel('Mødested')).toBe(true);
    expect(mayBeHeadLabel('Strategien indfører betalingsparkering')).toBe(false);

    const mayBeChrome = mayStartLike([PAGE_COUNTER, LINK_LABEL, NAVIGATION, STRAY]);
    for (const chrome of ['Side 3 af 12', '3/12', 'Til toppen', 'Spring til indhold', '—', '•']) expect(mayBeChrome(chrome)).toBe(true);
    expect(mayBeChrome('Beslutning i Byrådet den 23-04-2025')).toBe(false);
  });

  it('never rejects a text that a pattern of the table matches', () => {
    const tables: RegExp[][] = [
      SECTION_LABELS.map(([pattern]) => pattern),
      HEAD_LABELS.map(([pattern]) => pattern),
      NUMBERING_STYLES.map((style) => style.pattern),
      [PAGE_COUNTER, LINK_LABEL, NAVIGATION, STRAY],
    ];
    const texts = ['beslutning', 'sagens forløb', 'afbud fra', 'mødedato', 'Punkt 4: Titel', 'Pkt. 4 - Titel', '4. Titel', '4.Titel', '• 110. Titel', 'Nr.4 - Titel', '12', 'side 3', 'page 2 of 3', '3 af 4', 'hent som pdf', 'accepter alle cookies', '...', 'Dagsordenspunkt 3: Titel'];
    for (const table of tables) {
      const test = mayStartLike(table, { ignoreCase: true });
      for (const text of texts) if (table.some((pattern) => pattern.test(text))) expect(test(text)).toBe(true);
    }
  });

  it('answers by the first character as the whole test would, in either case and outside the basic plane', () => {
    const test = mayStartLike([/^(?:økonomi|åbent|\d{1,3}\.|[•·]\s)/iu, /^𝐁ilag/u]);
    for (const text of ['Økonomi', 'ØKONOMI', 'økonomiske', 'Åbent møde', '12. Titel', '• 110', '· a', '𝐁ilag 1']) expect(test(text)).toBe(true);
    for (const text of ['', 'Øvrige', 'Ø', 'Kommunen', 'x', '-', '𝐁eslutning', '𝐂ilag']) expect(test(text)).toBe(false);
    // Asked again, the answer comes from the table and stays the same.
    expect(['Økonomi', 'Øvrige', 'ØKONOMI'].map(test)).toEqual([true, false, true]);
  });

  it('answers a table whose starts are single characters or classes as the whole test would', () => {
    const patterns = NUMBERING_STYLES.filter((style) => /^\^(?:\(\?<number>)?(?:\\d|\[)/u.test(style.pattern.source)).map((style) => style.pattern);
    expect(patterns.length).toBeGreaterThan(3);
    const test = mayStartLike(patterns);
    const whole = new RegExp(`^(?:${[...new Set(patterns.flatMap((pattern) => literalStarts(pattern)!))].join('|')})`, 'u');
    for (const text of ['', '4. Titel', '12', '• 110. Titel', '·', 'Punkt 4', ' 4', '𝟒. Titel', 'x']) expect(test(text)).toBe(whole.test(text));
    // Mixed with longer starts: a character that only they begin with still takes the whole test.
    const all = NUMBERING_STYLES.map((style) => style.pattern);
    const mixed = mayStartLike(all);
    const wholeMixed = new RegExp(`^(?:${[...new Set(all.flatMap((pattern) => literalStarts(pattern)!))].join('|')})`, 'iu');
    for (const text of ['4. Titel', 'Sag nr. 4 Titel', 'sagen', 'Punkt 4', 'Pladser', 'pkt. 3', 'Nr.4 - Titel', 'Næstved', 'Dagsordenspunkt 2', 'Dato', '• 1', 'x', '']) expect(mixed(text)).toBe(wholeMixed.test(text));
  });

  it('lets through every line the absence readers read, with or without bold markers', () => {
    const lines = ['Fraværende: Ole Olsen (V)', 'Afbud: Bo Berg (A)', 'Fravær**ende**: Ole Olsen (V)', '**Afbud:** Bo Berg (A)', '__Fraværende__: Kaj Lund (C)', 'Ikke til stede: Lis Lund (F)', 'Deltog ikke', 'Følgende deltog ikke i behandlingen af punktet:', 'Meldt afbud: Per Pind (Ø)'];
    const read = lines.filter((line) => readAbsenceLine(line) !== undefined || opensAbsenceList(line) !== undefined);
    expect(read.length).toBeGreaterThan(5);
    for (const line of read) expect(mayConcernAbsence(line)).toBe(true);
    for (const line of ['Godkendt.', 'Sagsfremstilling', 'Anbefales.']) expect(mayConcernAbsence(line)).toBe(false);
  });

  it('answers every text as the test of its starts would, whatever its first and second characters', () => {
    const tables: [RegExp[], boolean][] = [
      [SECTION_LABELS.map(([pattern]) => pattern), true],
      [HEAD_LABELS.map(([pattern]) => pattern), false],
      [NUMBERING_STYLES.map((style) => style.pattern), false],
      [[PAGE_COUNTER, LINK_LABEL, NAVIGATION, STRAY], false],
    ];
    const char = fc.constantFrom(...'abdefiklmnoprstuvæøåBDFIKLMPRSTUÆØÅ 1.:-–•·\u212a\u0130'.split(''), '𝐁');
    for (const [patterns, ignoreCase] of tables) {
      const test = mayStartLike(patterns, ignoreCase ? { ignoreCase } : {});
      const starts = [...new Set(patterns.flatMap((pattern) => literalStarts(pattern)!))];
      const flags = ignoreCase || patterns.some((pattern) => pattern.flags.includes('i')) ? 'iu' : 'u';
      const whole = new RegExp(`^(?:${starts.join('|')})`, flags);
      fc.assert(fc.property(fc.array(char, { maxLength: 6 }).map((chars) => chars.join('')), (text) => test(text) === whole.test(text)), { numRuns: 3000 });
      for (const text of ['Beslutning', 'Bilag', 'Bemærkninger', 'Pladser', 'Personale', 'Sagen', 'Se tabellen', 'Side 2 af 3', 'Til toppen', 'Tilbage']) expect(test(text)).toBe(whole.test(text));
    }
  });

  it('compares the starts written in any case, cut short or gone on, as the pattern of the starts would', () => {
    // (Characters that a case-insensitive pattern folds onto Latin-1 letters from past it: the Kelvin sign, the long s,
    // the Ångström sign, the capital sharp s, `Ÿ`, the Greek `μ`; and Latin-1 letters whose case is special.)
    const variant = fc.tuple(fc.nat(), fc.constantFrom('lower', 'upper', 'as written'), fc.nat(), fc.constantFrom('', ' ', 'x', 'ø', 'Æ', 'ß', 'ÿ', 'µ', '×', '÷', '\u212a', '\u017f', '\u212b', '\u1e9e', '\u0178', '\u03bc', '1'), fc.boolean());
    const tables: [RegExp[], boolean][] = [
      [SECTION_LABELS.map(([pattern]) => pattern), true],
      [HEAD_LABELS.map(([pattern]) => pattern), false],
      [[/^(?:skabelon|sløjfe|kørsel|åbne|æbler|µg|ß-dag|ÿ|×|mødested)\b/iu, /^(?:ÅBEN|Kl\.|fødsel)/u], true],
    ];
    for (const [patterns, ignoreCase] of tables) {
      const test = mayStartLike(patterns, ignoreCase ? { ignoreCase } : {});
      const starts = [...new Set(patterns.flatMap((pattern) => literalStarts(pattern)!))];
      const flags = ignoreCase || patterns.some((pattern) => pattern.flags.includes('i')) ? 'iu' : 'u';
      const whole = new RegExp(`^(?:${starts.join('|')})`, flags);
      const words = starts.map((start) => start.replace(/\\(.)/gu, '$1')).filter((word) => !word.includes('['));
      const texts = fc.constantFrom(...words).chain((word) =>
        variant.map(([cut, kind, at, character, replace]) => {
          const cased = kind === 'lower' ? word.toLowerCase() : kind === 'upper' ? word.toUpperCase() : word;
          const kept = cased.slice(0, word.length - (cut % 2));
          const place = at % (kept.length + 1);
          return kept.slice(0, place) + character + kept.slice(replace ? place + 1 : place);
        }),
      );
      fc.assert(fc.property(texts, (text) => test(text) === whole.test(text)), { numRuns: 5000 });
    }
  });
});
