import { parseMinutes } from './parse-minutes.js';

// Conventions the sixteenth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

/** A meeting app's export: one item a page, each page under the same `Møde:` / `Mødedato:` / `Punkt: N af M` head. */
const appPage = (number: number, of: number, lines: readonly string[], page: number): string =>
  ['Møde: Ældrerådet', 'Mødedato: 03.03.2020 kl. 10:00', `Punkt: ${number} af ${of}`, '', ...lines, '', `Eksporteret 04.03.2020 09:15 - Side ${page} af ${of + 1}`].join('\n');

describe('conventions from the sixteenth held-out round (half B)', () => {
  it('reads a meeting app`s export: the body from `Møde: <organ>`, items under the repeated page head, and no page furniture in the decisions', () => {
    const text = [
      ['Ishavn Kommune', 'Referat', '', 'Møde: Ældrerådet', 'Mødedato: 03.03.2020 kl. 10:00', 'Mødested: Borgerhuset, lokale 4', '', 'Deltagere', 'Kaj Lund, formand', 'Rita Borg', '', `Eksporteret 04.03.2020 09:15 - Side 1 af 3`].join('\n'),
      appPage(1, 2, ['1. Godkendelse af dagsorden', 'Sagsnummer: 20/00311', 'Åbent punkt', '', 'Beslutning', 'Godkendt.'], 2),
      appPage(2, 2, ['2. Høring om trafikplan', 'Sagsnummer: 20/01877', 'Åbent punkt', '', 'Beslutning', 'Ældrerådet afgav høringssvar.'], 3),
    ].join('\f');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Ældrerådet');
    expect(parsed.meeting.date).toBe('2020-03-03');
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [1, 'Godkendelse af dagsorden', '20/00311'],
      [2, 'Høring om trafikplan', '20/01877'],
    ]);
    expect(parsed.items.map((item) => item.decision?.text)).toEqual(['Godkendt.', 'Ældrerådet afgav høringssvar.']);
  });

  it('keeps `Møde:` as a passed-over label when its value names no body (`Møde: Ordinært møde`)', () => {
    const text = ['Teknisk Udvalg', 'Møde: Ordinært møde', 'Mødedato: 12.05.2021 kl. 16:00', '', '1. Godkendelse af dagsorden', '', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.body).toBe('Teknisk Udvalg');
  });

  it('reads `Beslutning: <tekst>` under an earlier meeting`s block heading as that meeting`s verdict, not as this meeting`s decision', () => {
    const text = [
      'Møde: Miljøudvalget',
      'Mødedato: 09.06.2022 kl. 15:00',
      '',
      '4. Vandløbsregulativ for Mølleåen',
      'Sagsnummer: 22/00418',
      '',
      'Tidligere beslutninger',
      'Miljøudvalget, 12.05.2022, punkt 7',
      'Beslutning: Udsat.',
      '',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    const [item] = parse(text).items;
    expect(item!.decision?.text).toBe('Godkendt.');
    expect(item!.decision?.outcome).toBe('approved');
    expect(item!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed])).toEqual([['Miljøudvalget', '2022-05-12', [7], true]]);
  });

  it('reads København`s first-item attendance with absence labels over lines: a substitute `indkaldt` after the absent member, `Fraværende i mødet:` with times, a title after the party', () => {
    const text = [
      'Sundhedsudvalget',
      'Mødedato: 02.02.2022, kl. 15:00',
      'Mødested: Rådhuset, udvalgsværelse B',
      '1. Godkendelse af dagsorden',
      'Beslutning',
      'Dagsordenspunkt 1: Godkendelse af dagsorden',
      'Sundhedsudvalgets beslutning den 2. februar 2022',
      'Fraværende med afbud:',
      'Ulla Vind (A), Kim Bro (A) indkaldt',
      'Nils Ravn (V)',
      'Fraværende i mødet:',
      'Ida Moe (F) til kl. 15.40 i punkt 2',
      'Fraværende uden afbud:',
      'Per Skov (O)',
      'Deltagerne var:',
      '1. Eva Dahl (Ø), formand',
      '2. Ida Moe (F)',
      '3. Kim Bro (A)',
      'Dagsordenen blev godkendt.',
      'Til top',
    ].join('\n');
    const people = parse(text).participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null, person.partial ?? null]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['Ulla Vind', 'apologies', null, null],
        ['Kim Bro', 'attended', 'Ulla Vind', null],
        ['Nils Ravn', 'apologies', null, null],
        ['Ida Moe', 'attended', null, 'til kl. 15.40 i punkt 2'],
        ['Per Skov', 'absent', null, null],
        ['Eva Dahl', 'attended', null, null],
      ]),
    );
    expect(people.map(([name]) => name)).not.toContain('Eva Dahl , formand');
  });

  it('reads an `antiword` text`s bordered label rows (`|Journal nr.:  |<nr>  |`, a wrapped value under an empty cell) and an old journal number with its serial after a slash', () => {
    const text = [
      '|Udvalg:         |Miljøudvalget                      |',
      '|Mødedato:       |Onsdag den 9. marts 2005           |',
      '|Mødedeltagere:  |Eva Moll (formand), Jens Kure,     |',
      '|                |Lise Brok, Ole Sand                |',
      '|Referent:       |Per Dam                            |',
      '',
      'Indholdsfortegnelse',
      '',
      'Sag nr. 12   Vandplan for Hove Å',
      '',
      'Sag nr. 12',
      'Vandplan for Hove Å',
      '',
      '|Sag fra:        |Teknisk Forvaltning                |',
      '|Journal nr.:    |06.02.03P19/314                    |',
      '',
      '|Station   |2003   |2004   |',
      '|Hove Bro  |3,1    |2,7    |',
      '',
      'Beslutning i Miljøudvalget den 9. marts 2005:',
      '',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Miljøudvalget');
    expect(parsed.participants.map((person) => person.name)).toEqual(['Eva Moll', 'Jens Kure', 'Lise Brok', 'Ole Sand']);
    expect(parsed.items.map((item) => [item.number, item.caseNumber])).toEqual([[12, '06.02.03P19/314']]);
  });

  it('reads the members present for some items only in an old protocol (`A deltog i pkt. 8-11 og 13-16`s behandling.`) and a late arrival with its clock (`deltog fra kl. 16.40 under punkt 32`)', () => {
    const text = [
      'Økonomiudvalget',
      'Mødedato: 21. januar 2002 kl. 16.00',
      'Mødedeltagere: Knud Bak, Lis Holm, Bodil Krag',
      "Bodil Krag deltog i pkt. 8-11 og 13-16's behandling.",
      '',
      'Sag nr. 8',
      'Anlægsregnskab for havnen',
      '',
      'Beslutning:',
      '',
      'Godkendt.',
      'Lis Holm deltog fra kl. 16.40 under punkt 8.',
      '',
      'Sag nr. 9',
      'Vejbelysning',
      '',
      'Beslutning:',
      '',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.find((person) => person.name === 'Bodil Krag')?.partial).toBe("deltog i pkt. 8-11 og 13-16's behandling");
    // (Named in an item's decision, the late arrival is that item's absence too: a text without a member list has only it.)
    expect(parsed.items[0]!.absences.map((person) => [person.name, person.partial])).toEqual([['Lis Holm', 'deltog fra kl. 16.40 under punkt 8']]);
  });

  it('reads the member who voted against and made a reservation in one sentence by name (`Jørn Bak stemte imod og tog forbehold for ...`)', () => {
    const text = ['Plan- og Teknikudvalget', 'Mødedato: 3. juni 2008', '', '1. Lokalplan for Engvej', '', 'Beslutning:', 'Anbefales.', 'Hans Ry stemte imod og tog forbehold for trafikken.'].join('\n');
    const [item] = parse(text).items;
    expect(item!.decision?.reservations?.flatMap((reservation) => reservation.who)).toEqual(['Hans Ry']);
  });

  it('gives a `Tidligere behandling` meeting the verdict that the item`s `Sagens forløb` states for the same body and date', () => {
    const text = [
      'REFERAT Byrådet d. 24-06-2025',
      '',
      'Mødedato Tirsdag d. 24. juni 2025 kl. 18:00',
      '',
      'Punkt 3: Ny skolestruktur',
      '',
      '17.01.00-P20-2-25',
      '',
      'Tidligere behandling',
      '',
      'Børne- og Skoleudvalget den 3. juni 2025 Punkt 6',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      'Sagens forløb',
      '',
      '03-06-2025 Børne- og Skoleudvalget',
      '',
      'Anbefales.',
    ].join('\n');
    const [item] = parse(text).items;
    expect(item!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome])).toEqual([
      ['Børne- og Skoleudvalget', '2025-06-03', [6], 'recommended'],
    ]);
  });
});
