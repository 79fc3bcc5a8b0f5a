import fc from 'fast-check';
import { holdsWord } from './whole-text-search.js';

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
