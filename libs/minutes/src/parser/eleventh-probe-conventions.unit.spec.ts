import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by an eleventh probe of the reader with real minutes it had not seen (20 documents from 11
 * municipalities and a region, 2007-2022, scored fact by fact against fact sheets written before the reader ran).
 * Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

function attendance(text: string): string[] {
  return parse(text).participants.map((person) => `${person.name}:${person.attendance ?? '-'}`);
}

describe('eleventh real-minutes probe: a flipbook of an older PDF referat, its head labels without colons', () => {
  // A PDF's first page as a flipbook gives it: double-spaced lines, the head's label column run into its values without
  // colons, the member column (each name closed by its party, `(u.p.)` for a member outside the parties) wrapped over
  // lines with the letterhead's address printed beside it, then a contents list whose heading wears a colon, its
  // entries closed by dotted leaders and page numbers, a long title wrapped over a blank line.
  const text = [
    'Referat af Byrådets møde d. 14.03.2011',
    '',
    'Åbent referat for Byrådet',
    '',
    'Mødedato 14.03.2011',
    '',
    'Tid 19:00',
    '',
    'Sted Rådhussalen, Torvegade 4',
    '',
    'Medlemmer Anna Berg (A) Bent Dahl (u.p.) Carla Eskildsen (V) Dan Frost (C)',
    '',
    'Egon Gravesen (A) Freja Holm (F)',
    '',
    'Solby Kommune Rådhuset, Torvegade 4 9999 Solby',
    '',
    'Gitte Iversen (O) Hans Juhl (V)',
    '',
    'Fraværende Ingen.',
    '',
    'Gæster',
    '',
    'Indholdsfortegnelse:',
    '',
    'Punkter på åben dagsorden: 41. Regnskab 2010 ................................ 101',
    '',
    '42. Anlægsbevilling til ny cykelsti langs Skovvej og',
    '',
    'Mosevej i Nordby .............................................. 104',
    '',
    '43. Takster for vinterbadning ..................................... 107',
  ].join('\n');

  it('reads the contents list under `Indholdsfortegnelse:`, the wrapped title joined over its blank line', () => {
    expect(titles(text)).toEqual([
      '41 Regnskab 2010',
      '42 Anlægsbevilling til ny cykelsti langs Skovvej og Mosevej i Nordby',
      '43 Takster for vinterbadning',
    ]);
  });

  it('reads the members of every line of the column, past the address beside it', () => {
    expect(attendance(text)).toEqual([
      'Anna Berg:attended',
      'Bent Dahl:attended',
      'Carla Eskildsen:attended',
      'Dan Frost:attended',
      'Egon Gravesen:attended',
      'Freja Holm:attended',
      'Gitte Iversen:attended',
      'Hans Juhl:attended',
    ]);
  });

  it('reads the place without its label, and the date and hour', () => {
    expect(parse(text).meeting).toMatchObject({ body: 'Byrådet', date: '2011-03-14', startTime: '19:00', location: 'Rådhussalen, Torvegade 4' });
  });

  it('keeps a title cut at a blank line where no leader follows (a note, not a wrap)', () => {
    const noted = [
      'Referat af Byrådets møde d. 14.03.2011',
      '',
      'Indholdsfortegnelse:',
      '',
      '1. Meddelelser',
      '',
      'Der var ingen meddelelser.',
      '',
      '2. Spørgetid',
    ].join('\n');
    expect(titles(noted)).toEqual(['1 Meddelelser', '2 Spørgetid']);
  });
});

describe('eleventh real-minutes probe: absences said with a label`s colon or the status said again', () => {
  it('reads the apologies a head`s note reports with a colon after `fra` (`Der var afbud fra: A`)', () => {
    const text = [
      'Beslutningsprotokol',
      '',
      'tirsdag den 3. marts 2026 kl. 15:00',
      '',
      'Mødested: Lokale 7, Torvet',
      'Udvalg: Miljøudvalget',
      'Medlemmer: Lise Holm, Bo Vang, Ane Krog',
      'Bemærkninger: Der var afbud fra: Bo Vang',
      '',
      '1. Godkendelse af dagsorden',
      '',
      'Beslutning Miljøudvalget den 03-03-2026',
      '',
      'Godkendt.',
    ].join('\n');
    expect(attendance(text)).toContain('Bo Vang:apologies');
  });

  it('reads the name of an absence label`s entry without the status said again after it (`deltog ikke i mødet`)', () => {
    const text = [
      'Skoleudvalget - 05-03-2026',
      '',
      'Referat',
      'Dato:',
      'Torsdag, 5 marts, 2026 - 16:30',
      '',
      '12. Godkendelse af dagsorden',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      'Fraværende: Mads Lind (A) deltog ikke i mødet.',
    ].join('\n');
    expect(parse(text).items[0]!.absences.map((absence) => absence.name)).toEqual(['Mads Lind']);
  });
});

describe('eleventh real-minutes probe: a web page`s fold-out sections, each label led by a bullet', () => {
  // An older municipal site prints each item's sections as a bulleted fold-out list: `• Resume`, `• Indstilling`,
  // `• Beslutning i <udvalg> den DD-MM-YYYY`, `• Sagsfremstilling`.
  const text = [
    'Kulturudvalget - Referat fra mødet den 12-02-2026',
    '',
    'Referat',
    '',
    '  • 1 Orientering om biblioteksplanen',
    '    • Resume',
    '',
    '      Udvalget orienteres om planen.',
    '',
    '    • Indstilling',
    '',
    '      Direktøren indstiller, at orienteringen tages til efterretning.',
    '',
    '    • Beslutning i Kulturudvalget den 12-02-2026',
    '',
    '      Kulturudvalget tog orienteringen til efterretning.',
    '',
    '    • Sagsfremstilling',
    '',
    '      Planen blev vedtaget i 2024 og følges op hvert år.',
  ].join('\n');

  it('reads the decision under the bulleted dated label, and ends it at the next bulleted label', () => {
    const decision = parse(text).items[0]!.decision;
    expect(decision).toMatchObject({ outcome: 'noted' });
    expect(decision!.text).toContain('tog orienteringen til efterretning');
    expect(decision!.text).not.toContain('Planen blev vedtaget');
  });
});

describe('eleventh real-minutes probe: a flipbook`s deciding body followed by the item`s title said again', () => {
  it('reads the body of `Kompetenceudvalg: <organ> <titel>` without the title', () => {
    const text = [
      'Referat af Byrådets møde d. 10.03.2015',
      '',
      'Byrådet 10-03-2015',
      '',
      'Punkt 41: Takster for vinterbadning 2015',
      '',
      '00.30.10-S00-3-15 Resume Kompetenceudvalg: Byrådet Takster for vinterbadning 2015 INDSTILLING Kultur- og Fritidsudvalget indstiller, at taksterne godkendes. Beslutning Byrådet, 10.03.2015 Godkendt.',
    ].join('\n');
    expect(parse(text).items[0]).toMatchObject({ title: 'Takster for vinterbadning 2015', decidingBody: 'Byrådet' });
  });
});
