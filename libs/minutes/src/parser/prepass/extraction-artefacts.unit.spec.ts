import { holdsArtefactCharacter, withoutExtractionArtefacts } from './extraction-artefacts.js';

describe('withoutExtractionArtefacts', () => {
  it('joins a word hyphenated at a line end on the first line, keeping the line count', () => {
    expect(withoutExtractionArtefacts('Udvalget godkendte beslut-\nningen.\nNæste linje')).toBe('Udvalget godkendte beslutningen.\n\nNæste linje');
    expect(withoutExtractionArtefacts('om den nye skole-\r\nstruktur for hele kommunen')).toBe('om den nye skolestruktur\r\nfor hele kommunen');
    expect(withoutExtractionArtefacts('budget\u00ad\nlægning for 2025')).toBe('budgetlægning\nfor 2025');
  });

  it('never joins a suspended compound, a case number, a list marker or a capitalised continuation', () => {
    for (const text of ['Kultur-\nog Fritidsudvalget', '27.00.00-A00-1-13-\nnæste', 'Punkter:\n-\nførste', 'Børne-\nUngeudvalget', 'by-\neller landzone']) {
      expect(withoutExtractionArtefacts(text)).toBe(text);
    }
  });

  it('drops zero-width characters, byte-order marks and soft hyphens, composes letters and expands ligatures', () => {
    expect(withoutExtractionArtefacts('\ufeffRa\u030adhuset, bo\u200bligo\u00adrganisationen')).toBe('Rådhuset, boligorganisationen');
    expect(withoutExtractionArtefacts('Beslutning: \ufb01nansieringen a\ufb04ystes, sta\ufb00en')).toBe('Beslutning: finansieringen afflystes, staffen');
  });

  it('reads other bullet glyphs at a line start as the bullet, and leaves them elsewhere', () => {
    expect(withoutExtractionArtefacts('\uf0b7 Anne Hansen\n  \u25aa Bo Jensen\nen \u25aa midt i')).toBe('• Anne Hansen\n  • Bo Jensen\nen \u25aa midt i');
  });

  it('reads an em dash, figure dash or minus between spaces as the en dash the vocabulary knows, and no other dash', () => {
    expect(withoutExtractionArtefacts('Nr.4 \u2014 Budget\nPunkt 3 \u2012 Plan\nkl. 16\u201418, \u2212 5')).toBe('Nr.4 \u2013 Budget\nPunkt 3 \u2013 Plan\nkl. 16\u201418, \u2013 5');
  });

  it('returns a text without artefacts as it came', () => {
    const text = 'Punkt 1: Budget 2025\nSagsnr.: 27.00.00-A00-1-13\n- første\nKultur- og Fritidsudvalget';
    expect(withoutExtractionArtefacts(text)).toBe(text);
  });
});

describe('holdsArtefactCharacter', () => {
  it('finds an artefact character behind the characters above Latin-1 a clean text holds', () => {
    const clean = 'Punkt 3 \u2013 Budget \u201dBørnehuset\u201d, kr. 2.000 \u20ac \u2022 Anne\u2019s forslag';
    expect(holdsArtefactCharacter(clean)).toBe(false);
    for (const artefact of ['\u00ad', 'a\u030a', '\ufb01', '\u200b', '\ufeff', '\uf0b7', '\u2014', '\u2212']) {
      expect(holdsArtefactCharacter(`${clean} ${artefact}`)).toBe(true);
      expect(holdsArtefactCharacter(`${artefact}${clean}`)).toBe(true);
    }
  });

  it('finds a soft hyphen in a text within Latin-1, the only artefact character such a text can hold', () => {
    expect(holdsArtefactCharacter('Udvalget godkendte beslut\u00adningen.')).toBe(true);
    expect(holdsArtefactCharacter('Udvalget godkendte beslutningen, kr. 2.000 \u00a7 3 \u00bd')).toBe(false);
  });

  it('reads the text afresh each time, wherever the last search stopped', () => {
    expect(holdsArtefactCharacter('Punkt\u2013 \u00ad')).toBe(true);
    expect(holdsArtefactCharacter('\u2013')).toBe(false);
    expect(holdsArtefactCharacter('\u00ad')).toBe(true);
  });
});
