import { parseMinutes } from './parse-minutes.js';

/**
 * Leftovers of the fourteenth real-minutes probe (session 28), re-collected and read again: conventions of the
 * publishing systems the probe met. Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function listed(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}`);
}

describe('fourteenth probe leftovers: a long contents list whose entries all carry the council routing code', () => {
  // A printable agenda page of a constituting meeting: `Indholdsfortegnelse` over 20 and more entries `N. KB - <titel>`
  // (every entry routed to the council alone), the page start holding the head and the list only.
  const entries = [
    'Valggrupper ved besættelse af pladser',
    'Valg af borgmester',
    'Valg af 1. viceborgmester',
    'Valg af 2. viceborgmester',
    'Økonomiudvalget',
    'Teknik- og Havneudvalget',
    'Skole- og Ungdomsudvalget',
    'Kultur- og Idrætsudvalget',
    'Ældre- og Sundhedsudvalget',
    'Beskæftigelsesudvalget',
    'Udvalg for Havnefronten (§17 stk. 4)',
    'Udvalg for Landdistrikter (§17 stk. 4)',
    'Folkeoplysningsudvalget',
    'Handicaprådet',
    'Ældrerådet',
    'Integrationsrådet',
    'Grønt Råd',
    'Huslejenævnet',
    'Beboerklagenævnet',
    'Skatteankenævnet',
    'Bestyrelsen for Havnby Musikskole',
    'Bestyrelsen for Havnby Ungdomsskole',
    'Bestyrelsen for Havnby Forsyning',
  ];
  const text = [
    'Udvalg: Kommunalbestyrelsen',
    '',
    'Dato: Tirsdag den 04. december 2029',
    '',
    'Tid: Kl. 19:00',
    '',
    'Sted: Byrådssalen',
    '',
    'Indholdsfortegnelse',
    '',
    ...entries.map((title, index) => `${index + 1}. KB - ${title}`),
  ].join('\n');

  it('reads every entry with its own number (`11. KB` is entry 11, no `1` glued to the first entry) and the title without the routing', () => {
    expect(listed(text)).toEqual(entries.map((title, index) => `${index + 1} ${title}`));
  });
});

describe('fourteenth probe leftovers: a page transcript whose head prints the month with a capital', () => {
  // A viewer's transcript runs each PDF page into one line numbered by the page; the head's date is printed
  // `24. August 2031`: a day's number before a capitalised word, which is no item heading `24. Titel` to cut at.
  const text = [
    'Kultur- og Fritidsudvalget',
    '',
    'Transkript',
    '',
    `1 Kultur- og Fritidsudvalget Referat fra ordinært møde 24. August 2031 Onsdag kl. 16:30 Følgende sager behandles på mødet Side Ny kunstgræsbane ved Skovbakken 2 Meddelelser 4 Fraværende Bemærkninger til dagsorden ${'Udvalget fik en orientering om arbejdet med kunstgræsbanen og den videre proces for udbuddet. '.repeat(3)}`,
    '',
    `2 Kultur- og Fritidsudvalget Punkt: 1 Acadre sagsnr.: 31/1234 Journalnr.: P20 Sagsforløb: KFU - Åben sag Mødedato: Sagsansvarlig enhed: Kultur Sagsbehandler: Lise Holm Ny kunstgræsbane ved Skovbakken Baggrund ${'Banen ved Skovbakken er slidt og skal udskiftes i løbet af næste år. '.repeat(3)}Beslutning Kultur- og Fritidsudvalget den Godkendt.`,
  ].join('\n');

  it('reads the meeting date and time from the head', () => {
    const { meeting } = parse(text);
    expect(meeting.body).toBe('Kultur- og Fritidsudvalget');
    expect(meeting.date).toBe('2031-08-24');
    expect(meeting.startTime).toBe('16:30');
  });
});

describe('fourteenth probe leftovers: a room label run on before a room of its own name', () => {
  // A PDF head's labels in a row without colons: `Mødelokale` before `Rådssalen` is the label; before `B` or `1`,
  // `Mødelokale B` is the room itself.
  const head = (room: string) =>
    ['Dagsorden til møde i Kommunalbestyrelsen', '', `Mødedato 16. december 2031 Mødetidspunkt 18.00 Mødelokale ${room}`, '', '1 Åbent Meddelelser fra formanden', '', 'Beslutning', '', 'Taget til efterretning.'].join('\n');

  it('reads the place without the label where the value names a room', () => {
    expect(parse(head('Rådssalen')).meeting.location).toBe('Rådssalen');
    expect(parse(head('Udvalgsværelse D')).meeting.location).toBe('Udvalgsværelse D');
  });

  it('keeps `Mødelokale B` whole: the room is named by the label word', () => {
    expect(parse(head('B')).meeting.location).toBe('Mødelokale B');
  });
});

describe('fourteenth probe leftovers: a region journal number labelled over the heading', () => {
  // A region's meeting page: `Sagnr.: <groups of digits joined by hyphens>` on its own line over each `N. Titel`,
  // a page of one item holding only the first.
  const page = (items: Array<[string, string]>) =>
    [
      'Referat',
      'til',
      'mødet i regionsrådet',
      'den 15. december 2031 kl. 16:00',
      'i Regionsrådssalen, Regionshuset',
      '',
      ...items.flatMap(([caseNumber, title], index) => [`Sagnr.: ${caseNumber}`, '', `${index + 1}. ${title}`, '', 'Resume', '', 'Der gives en orientering.', '', 'Beslutning', '', 'Taget til efterretning.', '']),
    ].join('\n');

  it('reads the number over each heading as that item’s', () => {
    const { items } = parse(page([['1-23-4-56', 'Valg af formand'], ['0-3-1-13', 'Budget 2032']]));
    expect(items.map((item) => [item.number, item.caseNumber])).toEqual([[1, '1-23-4-56'], [2, '0-3-1-13']]);
  });

  it('reads it over the one heading of a page of one item', () => {
    const { items } = parse(page([['1-51-71-3321-08', 'Afgørelse om afværgetiltag']]));
    expect(items.map((item) => [item.number, item.caseNumber])).toEqual([[1, '1-51-71-3321-08']]);
  });
});

describe('fourteenth probe leftovers: a closed item marked `LUKKET PUNKT - ` before its title', () => {
  // A region's referat page marks its closed item in capitals with a dash after the marker.
  const text = [
    'Forretningsudvalget - Referat - 10. april 2031',
    '',
    'Mødedato',
    '10-04-2031 kl. 15:00 - 16:25',
    '',
    '1. Budgetopfølgning',
    '',
    'Beslutning',
    '',
    'Godkendt.',
    '',
    '2. LUKKET PUNKT - Redegørelse om en hændelse',
    '',
    'Beslutning',
    '',
    'Taget til efterretning.',
  ].join('\n');

  it('reads the item closed, its title without the marker', () => {
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Budgetopfølgning', false],
      [2, 'Redegørelse om en hændelse', true],
    ]);
  });
});

describe('fourteenth probe leftovers: the same partial-presence bullet under two members', () => {
  // A meeting page's participant list: `• Navn (X) - Deltog`, and under two of the members the same bullet
  // `Deltog ikke under punkterne 20-21`: a note about the member above each, no running head printed twice.
  const text = [
    'Kommunalbestyrelsen',
    '',
    '26.08.2031 kl. 18:00',
    'Rådhusets mødesal',
    '',
    'Deltagere',
    '  • Lise Holm (A) - Deltog',
    '  • Ole Berg (V) - Deltog',
    '  • Deltog ikke under punkterne 20-21',
    '  • Anne Dal (C) - Deltog',
    '  • Per Vang (O) - Deltog',
    '  • Deltog ikke under punkterne 20-21',
    '  • Eva Lind (F) - Deltog',
    'AFBUD/FRAVÆRENDE',
    '  • Karl Bro (O) - Afbud',
    '',
    'Åben dagsorden',
    '',
    'Beslutning',
    '',
    'Intet',
  ].join('\n');

  it('reads each as the partial presence of the member above it', () => {
    const partial = parse(text).participants.filter((person) => person.partial).map((person) => [person.name, person.partial]);
    expect(partial).toEqual([
      ['Ole Berg', 'Deltog ikke under punkterne 20-21'],
      ['Per Vang', 'Deltog ikke under punkterne 20-21'],
    ]);
  });
});
