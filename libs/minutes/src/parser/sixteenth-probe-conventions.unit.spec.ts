import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a sixteenth probe of the reader with real minutes it had not seen (23 documents from
 * Hovedstaden, Sjælland and Syddanmark and the region's own minutes, 2006-2025, scored fact by fact against fact sheets
 * written before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function titles(text: string): string[] {
  return parse(text).items.map((item) => `${item.number ?? '?'} ${item.title}${item.closed ? ' (closed)' : ''}`);
}

describe('sixteenth real-minutes probe: a web page that bullets its `Punkt N Titel` headings', () => {
  // A municipal web page's meeting: the head's fields, then each item a bullet `• Punkt N Titel`; closed items carry
  // `(Lukket)` glued to the title and show nothing more.
  const text = [
    'Kommunalbestyrelsen - 12-03-2021',
    '',
    'Dato: Onsdag den 12. marts 2021 Tid: Kl. 17:30',
    'Udvalg: Kommunalbestyrelsen',
    'Sted: Mødesalen',
    '  • Punkt 1 Godkendelse af dagsorden',
    '',
    '    Indstilling',
    '',
    '    Borgmesteren indstiller, at dagsordenen godkendes.',
    '',
    '    Beslutning Kommunalbestyrelsen den 12-03-2021',
    '',
    '    Godkendt.',
    '',
    '  • Punkt 2 Salg af grund ved Egevej(Lukket)',
    '',
    '  • Punkt 3 Renovering af svømmehallen',
    '',
    '    Indstilling',
    '',
    '    Center for Ejendomme indstiller, at der gives en anlægsbevilling på 2 mio. kr.',
    '',
    '    Beslutning Kommunalbestyrelsen den 12-03-2021',
    '',
    '    Godkendt.',
  ].join('\n');

  it('reads each bulleted heading with its number, and the glued closed marker', () => {
    expect(titles(text)).toEqual(['1 Godkendelse af dagsorden', '2 Salg af grund ved Egevej (closed)', '3 Renovering af svømmehallen']);
  });

  it('reads the decisions under the headings', () => {
    const items = parse(text).items;
    expect(items[0]!.decision?.outcome).toBe('approved');
    expect(items[2]!.decision?.text).toContain('Godkendt.');
  });
});

describe('sixteenth real-minutes probe: an agenda page of more than ten entries, each routed to the council', () => {
  // A constituting meeting's page: the head's fields, the summoned members, then `Indholdsfortegnelse` with the
  // entries `N. KB - Titel` and nothing under them (the page start shows the list only). `11.` and `21.` are entries
  // of their own, and `KB - ` names the body the case goes to, not the title.
  const entries = ['Valg af borgmester', 'Valg af viceborgmester', 'Økonomiudvalget', 'Teknik- og Miljøudvalget', 'Børne- og Skoleudvalget', 'Kulturudvalget', 'Socialudvalget', 'Beskæftigelsesudvalget', 'Handicaprådet', 'Ældrerådet', 'Idrætsrådet', 'Integrationsrådet', 'Huslejenævnet', 'Beboerklagenævnet', 'Valgbestyrelser ved skolerne', 'Bestyrelsen for Musikskolen', 'Bestyrelsen for Ungdomsskolen', 'Bestyrelsen for Egeparken', 'Fonden for Lindehuset', 'Repræsentantskabet for Vestforsyning', 'Bestyrelsen for Byens Hus', 'Skatteankenævnet'];
  const text = [
    'Udvalg: Kommunalbestyrelsen',
    '',
    'Dato: Tirsdag den 07. december 2021',
    '',
    'Tid: Kl. 19:00',
    '',
    'Indholdsfortegnelse',
    '',
    ...entries.map((title, index) => `${index + 1}. KB - ${title}`),
  ].join('\n');

  it('reads every entry with its own number, the routing prefix left out of the title', () => {
    expect(titles(text)).toEqual(entries.map((title, index) => `${index + 1} ${title}`));
  });
});
