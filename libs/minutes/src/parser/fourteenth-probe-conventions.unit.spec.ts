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

describe('fourteenth real-minutes probe: lettered groups between contents entries', () => {
  // An SBSYS page lists its items under lettered groups (`A. Sager til afgørelse i byrådet`, `B. ...`, `D. Orientering`):
  // the group line after an entry starts the next group, it is no part of the entry's title.
  const text = [
    'Referat',
    'til',
    'mødet i Teknik- og Miljøudvalget',
    'den 4. maj 2031 kl. 09:00',
    'i Mødesal 2',
    '',
    'A. Sager til afgørelse i byrådet',
    '1 Salg af byggegrund ved Engvej',
    '2 Ny affaldsordning',
    'B. Sager til afgørelse i udvalget',
    '3 Cykelsti langs Åvej',
    'D. Orientering',
    '4 Orientering - diverse',
    '',
    'A. Sager til afgørelse i byrådet',
    '',
    '1. Salg af byggegrund ved Engvej',
    'A. Sager til afgørelse i byrådet',
    'Åbent - 02.34.02-G01-4-31',
    'BESLUTNING',
    '',
    'Anbefales.',
  ].join('\n');

  it('ends each listed title before the next group line', () => {
    expect(listed(text)).toEqual(['1 Salg af byggegrund ved Engvej', '2 Ny affaldsordning', '3 Cykelsti langs Åvej', '4 Orientering - diverse']);
  });
});

describe('fourteenth real-minutes probe: a recommendation printed as one-entry lists under the heading', () => {
  // An older web referat prints each point of a recommendation as its own one-entry ordered list (`  1. ...` each time),
  // indented under the item's own `1. Titel` at the margin: the points are no headings.
  const text = [
    'By- og Kulturudvalget',
    '',
    'Referat',
    '',
    'Tirsdag den 15-02-2031 kl. 08:15',
    '',
    'A: Sager til afgørelse i Økonomiudvalg/Byråd',
    '',
    '1. Forslag til lokalplan nr. 12-345, Engvej, boliger. Indsigelser. Endelig vedtagelse.  ',
    '',
    'Åbent - 2030/001234',
    '',
    'Indstilling',
    '',
    'Forvaltningen indstiller til udvalget, at byrådet godkender:',
    '',
    ' ',
    '',
    '  1. Lokalplanforslaget vedtages endeligt.',
    '',
    ' ',
    '',
    '  1. Tillæg nr. 4 til kommuneplanen vedtages endeligt.',
    '',
    ' ',
    '',
    '  1. Bemærkninger/indsigelser besvares som foreslået.',
    '',
    ' ',
    '',
    'Beslutning',
    '',
    'By- og Kulturudvalget anbefaler indstillingen.',
  ].join('\n');

  it('reads one item, its decision the committee’s', () => {
    const parsed = parse(text);
    expect(parsed.items.map((item) => `${item.number} ${item.title}`)).toEqual(['1 Forslag til lokalplan nr. 12-345, Engvej, boliger. Indsigelser. Endelig vedtagelse.']);
    expect(parsed.items[0]!.decision?.outcome).toBe('recommended');
  });
});

function attendance(text: string): string[] {
  return parse(text).participants.map((person) => `${person.name}:${person.attendance}${person.partial ? ` (${person.partial})` : ''}`);
}

describe('fourteenth real-minutes probe: a member who left, told with the member title under the head', () => {
  // An SBSYS page puts the attendance notes as sentences between its head and its item list, the member's title first.
  const text = [
    'Referat',
    'til',
    'mødet i Kulturudvalget',
    'den 5. april 2031 kl. 08:30',
    'i Salen',
    '',
    ' ',
    '',
    'Udvalgsmedlem Lise Holm forlod mødet kl. 11:30.',
    '',
    'Udvalgsmedlem Per Dam forlod mødet kl. 12:01.',
    '',
    'Mødet hævet kl.: 12:41',
    '',
    'A. Sager til afgørelse i byrådet',
    '1 Garantistillelse',
    '',
    '1. Garantistillelse',
    'A. Sager til afgørelse i byrådet',
    'Åbent - 00.00.00-A00-31-31',
    'BESLUTNING',
    '',
    'Anbefales.',
  ].join('\n');

  it('reads each as the member’s partial presence, without the title', () => {
    expect(attendance(text)).toEqual(['Lise Holm:attended (forlod mødet kl. 11:30)', 'Per Dam:attended (forlod mødet kl. 12:01)']);
  });
});

describe('fourteenth real-minutes probe: partial presence as a bullet of its own under the member', () => {
  // A municipal web page lists who took part as bullets `Name (Party) - Deltog`; a member away for some items has a
  // bullet of its own under their line, `Deltog ikke under punkterne 20-21`.
  const text = [
    'Kommunalbestyrelsen',
    '',
    '26.08.2031 kl. 18:00',
    'Kommunalbestyrelsens mødesal på Rådhuset',
    '',
    'Deltagere',
    '  • Karen Lund (A) - Deltog',
    '  • Ole Berg (O) - Deltog',
    '  • Deltog ikke under punkterne 20-21',
    '  • Per Dam (V) - Deltog',
    'AFBUD/FRAVÆRENDE',
    '  • Lise Holm (O) - Afbud',
    '',
    'Punkt 1 Godkendelse af dagsorden',
    '',
    'Beslutning',
    '',
    'Godkendt.',
  ].join('\n');

  it('gives the member above the partial presence', () => {
    expect(attendance(text)).toEqual(expect.arrayContaining(['Karen Lund:attended', 'Ole Berg:attended (Deltog ikke under punkterne 20-21)', 'Per Dam:attended', 'Lise Holm:apologies']));
    expect(attendance(text).some((entry) => entry.startsWith('Deltog'))).toBe(false);
  });
});
