import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a ninth probe of the reader with real minutes it had not seen (28 documents and excerpts from
 * 17 municipalities and a joint fire service, 2008-2025: Kommunalbestyrelse, Byråd, Økonomiudvalg, fagudvalg,
 * Folkeoplysningsudvalg, Handicapråd, Ældreråd, Seniorråd, Beredskabskommission; scored fact by fact against fact sheets
 * written before the reader ran). Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

function items(text: string): string[] {
  return parse(text).items.map((item) => `${item.number} ${item.title}${item.closed ? ' [closed]' : ''}`);
}

describe('ninth real-minutes probe: a contents list whose entries open with their access word', () => {
  // Bornholm's web page lists the agenda as `åbent N Titel` / `lukket 1NN Titel` lines, indented by the page's text
  // rendering; an excerpt that ends after the first item leaves the rest to the list.
  const text = [
    'Referat',
    'Skoleudvalget',
    '12-03-2022 kl. 15:00',
    'Mødelokale 4, Torvet 2',
    'Dagsordenspunkter',
    '',
    '  åbent 1 Fraværende og bemærkninger til dagsordenen',
    '  åbent 2 Ny skoledistriktsgrænse i Nordby',
    '  åbent 3 § 18-midler til frivilligt arbejde 2022',
    '  åbent 4 Orientering fra formanden',
    '  lukket 101 Lukket punkt: køb af grund',
    '',
    'Til indholdsfortegnelse',
    '',
    ' Åbent  punkt',
    '',
    ' 1  Fraværende og bemærkninger til dagsordenen',
    '',
    'Fraværende',
    '',
    'Ingen.',
  ].join('\n');

  it('ends each title where the next entry\'s access word begins, and reads the closed entry after its jump', () => {
    expect(items(text)).toEqual([
      '1 Fraværende og bemærkninger til dagsordenen',
      '2 Ny skoledistriktsgrænse i Nordby',
      '3 § 18-midler til frivilligt arbejde 2022',
      '4 Orientering fra formanden',
      '101 køb af grund [closed]',
    ]);
  });
});
