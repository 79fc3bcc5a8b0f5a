import fc from 'fast-check';
import { holdsWord, indexOfWord } from './whole-text-search.js';

describe('holdsWord', () => {
  const words = ['ndholdsfortegnelse', 'Pkt.Tekst', 'Pkt. Tekst', ':\nBeslutning:', ':\r\nBeslutning:', 'PUNKTER', 'Klik', 'niveau', 'eading level'];
  const texts = [
    '',
    'Indholdsfortegnelse\n1. Godkendelse',
    'Indholdsfortegnels',
    'Pkt. Pkt.Tekst',
    'Pkt.Tek Pkt. Teks Pkt. Tekst',
    'Sagsnr.:\nBeslutning: Godkendt.',
    'Sagsnr.:\r\nBeslutning:',
    'Sagsnr.: \nBeslutning:',
    'PUNKTE PUNKTER',
    'klik her',
    'veau niveau',
    'niv eau veau',
    'heading level',
    'eading leve vel',
  ];

  it('answers as includes does, for a word found at the probe\'s later places too', () => {
    for (const text of texts) for (const word of words) expect([text, word, holdsWord(text, word)]).toEqual([text, word, text.includes(word)]);
  });

  it('answers as includes does for any text made of the words\' pieces', () => {
    const unit = fc.constantFrom('Pkt.', 'Pkt', ' ', 'Tekst', 'Teks', '.', ':', '\n', '\r\n', 'Beslutning:', 'Beslut', 'ni', 'veau', 'vel', 'eading', 'lev', 'h', 'e');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }).map((units) => units.join('')), fc.constantFrom(...words), (text, word) => {
        expect(holdsWord(text, word)).toBe(text.includes(word));
      }),
      { seed: 19, numRuns: 2000 },
    );
  });

  it('finds a word whose first characters stand earlier without it', () => {
    expect(holdsWord('Pkt. 1, Pkt. 2, Pkt.Tekst', 'Pkt.Tekst')).toBe(true);
    expect(holdsWord('Pkt. 1, Pkt. 2, Pkt.Teks', 'Pkt.Tekst')).toBe(false);
    // (A probe from the word's middle: `vel` of `eading level`, standing at the text's start too.)
    expect(holdsWord('vel, level, heading level', 'eading level')).toBe(true);
    expect(holdsWord('vel, level, heading leve', 'eading level')).toBe(false);
  });
});

describe('indexOfWord', () => {
  const words = ['mer:', 'ere:', 'Pkt.Tekst', ':\nBeslutning:', '\n>', '\n  * ', 'References', 'x', ''];

  it('finds where indexOf does, from any place, searching by the word\'s rarest character', () => {
    expect(indexOfWord('Medlemmer: A (C), sluttede kl. 20.10. mer: B (V),', 'mer:')).toBe(6);
    expect(indexOfWord('Medlemmer: A (C), sluttede kl. 20.10. mer: B (V),', 'mer:', 7)).toBe(38);
    expect(indexOfWord('Deltagere: A (C)', 'mer:')).toBe(-1);
    // (Its colon standing before the word's place `from` on: the word is not found there.)
    expect(indexOfWord('mer: mer:', 'mer:', 1)).toBe(5);
    expect(indexOfWord('mer:', 'mer:', 3)).toBe(-1);
    // (A quote mark at a line's start, searched by the mark; a bullet's line, by its star.)
    expect(indexOfWord('Referat\n> Punkt 1', '\n>')).toBe(7);
    expect(indexOfWord('a > b\n>', '\n>')).toBe(5);
    expect(indexOfWord('Sager\n  * Budget', '\n  * ')).toBe(5);
    expect(indexOfWord('Sager\n * Budget *', '\n  * ')).toBe(-1);
  });

  it('answers as indexOf does for any text made of the words\' pieces and any place', () => {
    const unit = fc.constantFrom('mer', 'er', 'e', ':', ' ', '  ', '*', '>', '\n', 'Pkt.', 'Tekst', 'Teks', 'Beslutning:', 'Refer', 'ences', 'R', 'x', 'm');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }).map((units) => units.join('')), fc.constantFrom(...words), fc.integer({ min: 0, max: 60 }), (text, word, from) => {
        expect(indexOfWord(text, word, from)).toBe(text.indexOf(word, from));
      }),
      { seed: 31, numRuns: 3000 },
    );
  });
});
