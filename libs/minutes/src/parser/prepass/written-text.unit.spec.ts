import { ARTEFACT_MARKS, ARTEFACT_MARKS_AFTER_CHARACTER, withoutExtractionArtefacts } from './extraction-artefacts.js';
import { CONFUSION_MARKS, withoutOcrConfusions } from './ocr-confusions.js';
import { MISREADING_MARKS, withoutOcrMisreadings } from './ocr-misreadings.js';
import { writtenText } from './written-text.js';

const throughEveryPass = (text: string) => withoutOcrConfusions(withoutOcrMisreadings(withoutExtractionArtefacts(text)));

describe('writtenText', () => {
  it('reads what each pass reads: artefacts, letter-shape misreadings, misread vocabulary', () => {
    const texts = [
      'Udvalget godkendte beslut-\nningen.',
      'om den nye skole-  \r\nstruktur',
      'Ra\u030adhuset og \ufb01nansieringen\n\uf0b7 Anne Hansen\nPunkt 3 \u2014 Plan',
      '| 12. Budget 2025',
      'Udva1gets beslutning',
      'Mødet holdtes i rnødelokale 2',
      'Mødedato: l1. maj 2004',
      'Fravaerende: Jens Holm',
      'BesIutning\nAfbucl: Eva Lund',
      '<strong>TEKNIK- OG MILJØUDVALGET</strong><br />\nPunkt 1: Vejplan',
      'Side 2\n|  7. Budget 2031',
    ];
    for (const text of texts) {
      expect(writtenText(text)).not.toBe(text);
      expect(writtenText(text)).toBe(throughEveryPass(text));
    }
  });

  it('passes a clean text unchanged, names, dates and numbers in it too', () => {
    const clean = 'Punkt 1: Budget 2025\nSagsnr.: 27.00.00-A00-1-13\n- første\nKultur- og Fritidsudvalget\nMøde den 11. maj 2004 kl. 16.00 i lokale 12';
    expect(writtenText(clean)).toBe(clean);
    expect(throughEveryPass(clean)).toBe(clean);
  });

  it('asks a mark kept out of the union only of texts holding its first character, which every match opens with', () => {
    const texts = ['<b>Punkt 2</b>', '<BR>\nTitel', 'a <em>b</em>', '|\u00a012. Titel', 'x |\t3. y', 'a < b og c | d', 'Punkt 2 | 3.'];
    for (const { character, mark } of ARTEFACT_MARKS_AFTER_CHARACTER) {
      for (const text of texts) {
        const match = mark.exec(text);
        if (match) expect(match[0].startsWith(character)).toBe(true);
        if (!text.includes(character)) expect(match).toBeNull();
      }
    }
    expect(texts.filter((text) => ARTEFACT_MARKS_AFTER_CHARACTER.some(({ mark }) => mark.test(text)))).toEqual(['<b>Punkt 2</b>', '<BR>\nTitel', 'a <em>b</em>', '|\u00a012. Titel', 'x |\t3. y']);
  });

  it('joins marks that read alike under the flag the union is compiled with', () => {
    // The union is one `u` pattern of the marks' sources: a mark with another flag (`i`, `m`) would read otherwise there.
    for (const mark of [...ARTEFACT_MARKS, ...ARTEFACT_MARKS_AFTER_CHARACTER.map(({ mark }) => mark), ...MISREADING_MARKS, ...CONFUSION_MARKS]) expect(['', 'u']).toContain(mark.flags);
  });
});
