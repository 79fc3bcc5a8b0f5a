import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a fourteenth probe of the reader with real minutes it had not seen (22 documents from
 * Hovedstaden, Sjælland and Fyn, 2008-2022, scored fact by fact against fact sheets written before the reader ran).
 * Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function listed(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}${item.closed ? ' [closed]' : ''}`);
}

describe('fourteenth real-minutes probe: an agenda list run into one paragraph under the page title', () => {
  // A municipal web page prints its whole item list as one paragraph under `Referat`, each entry `N. Titel`, the closed
  // ones marked `(FOR LUKKEDE DØRE)` after the title; the page start holds the list and the attendance only.
  const text = [
    'Referat',
    '',
    '1. Godkendelse af dagsordenen 2. Meddelelser fra formanden 3. Ny legeplads ved Søparken 4. Budgetopfølgning pr. 30. juni 2031 5. Trafiksikkerhedsplan for Vestbyen 6. Salg af grund ved Mosevej (FOR LUKKEDE DØRE) 7. Personalesag (FOR LUKKEDE DØRE)',
    '',
    'Deltagere:',
    '',
    'Karen Lund, A',
    'Ole Berg, V',
  ].join('\n');

  it('reads each entry as an item, the marked ones closed and their titles without the marker', () => {
    expect(listed(text)).toEqual([
      '1 Godkendelse af dagsordenen',
      '2 Meddelelser fra formanden',
      '3 Ny legeplads ved Søparken',
      '4 Budgetopfølgning pr. 30. juni 2031',
      '5 Trafiksikkerhedsplan for Vestbyen',
      '6 Salg af grund ved Mosevej [closed]',
      '7 Personalesag [closed]',
    ]);
  });

  it('leaves a decision with numbered points run into one line as it was', () => {
    const decided = [
      'REFERAT',
      'Teknisk Udvalg',
      'Mødedato: 3. marts 2031',
      '',
      '1. Vejbelysning i Nordby',
      '',
      'Beslutning',
      '1. Godkendt. 2. Anbefales. 3. Godkendt. 4. Udsat. 5. Godkendt. 6. Anbefales.',
      '',
      '2. Vintertjeneste',
      '',
      'Beslutning',
      'Taget til efterretning.',
    ].join('\n');
    expect(listed(decided)).toEqual(['1 Vejbelysning i Nordby', '2 Vintertjeneste']);
  });
});

describe('fourteenth real-minutes probe: a head run on into its contents list', () => {
  // A transcript of a PDF referat runs the head's labelled fields and the `Sagsoversigt` after them into one line: the
  // absent member's name is followed straight by the list's heading.
  const text = [
    'Referat',
    'Økonomiudvalget',
    'Mødedato: Mandag den 12. maj 2031 Mødetidspunkt: Kl. 16:00 Mødested: Det Grønne Værelse Medlemmer: Lise Holm (C) Per Dam (A) Fraværende: Per Dam Sagsoversigt 01. Godkendelse af dagsorden 02. Salg af grund',
    '',
    '01. Godkendelse af dagsorden',
    '',
    'Beslutning',
    'Godkendt.',
  ].join('\n');

  it('ends the absent names at the list heading', () => {
    const parsed = parse(text);
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Lise Holm:attended', 'Per Dam:absent']);
  });
});
