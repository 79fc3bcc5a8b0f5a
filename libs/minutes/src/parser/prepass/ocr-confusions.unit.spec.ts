import { withoutOcrConfusions } from './ocr-confusions.js';

describe('OCR confusions', () => {
  it("reads the vocabulary's misread words back, in the case they were printed in", () => {
    expect(withoutOcrConfusions('BesIutning\nGodkcndt.\nFravaerencle: Jens Holm\nMødedato: 3. rnarts 2015\nAfbucl: Eva Lund')).toBe(
      'Beslutning\nGodkendt.\nFraværende: Jens Holm\nMødedato: 3. marts 2015\nAfbud: Eva Lund',
    );
  });

  it('splits a label glued to its value to read it, and leaves names, free text and addresses as printed', () => {
    expect(withoutOcrConfusions('BcsIutningAnbefales.')).toBe('BeslutningAnbefales.');
    expect(withoutOcrConfusions('Bes1utning: Ole Bak mente at vejen er srnal. Se kommune.dk/oekonomiudvalget-2024')).toBe(
      'Beslutning: Ole Bak mente at vejen er srnal. Se kommune.dk/oekonomiudvalget-2024',
    );
  });

  it('passes a text without a misread l or d unchanged (no word is looked up)', () => {
    const clean = 'Beslutning\nRcsume: Godkcndt.';
    expect(withoutOcrConfusions(clean)).toBe(clean);
  });
});
