import { readAbsenceSentences, readAbsenceSentencesShared } from './attendance.recogniser.js';

describe('absence sentences read once per text (decisions repeat them in every item)', () => {
  const sentences = [
    'Mikkel Sand var fraværende.',
    'Jonas Krogh og Lene Bach var fraværende.',
    'Bo Lind (V) deltog ikke under punkterne 3-4.',
    'Eva Bro forlod mødet under behandlingen af punktet.',
    'Imod stemte: F og Ø Jonas Krogh og Lene Bach var fraværende.',
    'Godkendt.',
    '',
  ];

  it.each(sentences)('reads %j as the unshared reader does, the first time and again', (sentence) => {
    const expected = readAbsenceSentences(sentence);
    expect(readAbsenceSentencesShared(sentence)).toEqual(expected);
    expect(readAbsenceSentencesShared(sentence)).toEqual(expected);
  });

  it('reads the names of a repeated sentence', () => {
    expect(readAbsenceSentencesShared('Jonas Krogh og Lene Bach var fraværende.').map((person) => person.name)).toEqual(['Jonas Krogh', 'Lene Bach']);
    expect(readAbsenceSentencesShared('Godkendt.')).toHaveLength(0);
  });
});
