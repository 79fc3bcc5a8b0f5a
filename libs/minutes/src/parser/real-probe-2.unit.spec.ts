import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a second probe of the reader with real minutes it had not seen (49 excerpts from 35
 * municipalities, a region and three local councils: web templates, First Agenda, SBSYS, Acadre and eDoc pages, PolWeb,
 * Drupal CMS pages and docplayer transcripts of PDFs, 2006-2025). Every text here is invented, written in the
 * convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

describe('second real-minutes probe: heads', () => {
  it('reads a web archive title with the election period in front of the body (`År 2018-2021 <organ> - Referat`)', () => {
    const parsed = parse(
      ['År 2018-2021 Børne- og Skoleudvalget - Referat', '', 'Dato: 7. juni 2019', 'Lokale: Mødelokale 3', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.'].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Børne- og Skoleudvalget');
    expect(parsed.meeting.date).toBe('2019-06-07');
  });

  it('reads `<organ> - Dagsordener og referater` over `Mødedato:` as the body, but not the municipality\'s own page title', () => {
    const council = parse(
      ['Det lokale beskæftigelsesråd - Dagsordener og referater', 'Mødedato: 12. september 2022', 'Mødested: Rådhuset', 'Dagsordenpunkter', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n'),
    );
    expect(council.meeting.body).toBe('Det lokale beskæftigelsesråd');
    expect(council.meeting.date).toBe('2022-09-12');

    const site = parse(
      ['Fjordby Kommune - Dagsordener og referater', 'Kulturudvalget - Referat - 03-03-2020', 'STED', 'Rådhuset', '', '1. Godkendelse af dagsorden', '', 'Beslutning i Kulturudvalget den 03-03-2020', 'Godkendt'].join('\n'),
    );
    expect(site.meeting.body).toBe('Kulturudvalget');
  });

  it('parts head labels glued to their values (`UdvalgSeniorråd`, `MødestedByrådssalen`)', () => {
    const parsed = parse(
      [
        'Find et referat ved at vælge udvalg',
        '',
        'Referat',
        '',
        'Tirsdag d. 8 marts 2022, kl. 13:00',
        'MødestedByrådssalen',
        'UdvalgSeniorråd',
        '',
        'Resume',
        'Seniorrådet skal godkende dagsordenen.',
        'Beslutning',
        'Dagsordenen blev godkendt.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Seniorråd');
    expect(parsed.meeting.date).toBe('2022-03-08');
    expect(parsed.meeting.location).toBe('Byrådssalen');
  });

  it('reads the body of a decisions summary titled `Beslutninger fra mødet <når> Ordinært møde <organ>`', () => {
    const parsed = parse(
      [
        'Beslutninger fra mødet. Onsdag 12.03.2008 kl. 9.00. Ordinært møde. Teknik- og Miljøudvalget',
        '',
        'Følgende sager blev behandlet på mødet',
        '',
        'TMU-21/08-O Orientering om vejarbejder',
        'Beslutning: Taget til efterretning.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Teknik- og Miljøudvalget');
    expect(parsed.meeting.date).toBe('2008-03-12');
  });

  it('reads `Referat af <organ>smødet` as the body the compound names, in its definite form', () => {
    const council = parse(['Referat af byrådsmødet mandag den 6. marts 2017 klokken 19.00', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Eventuelt', 'Intet.'].join('\n'));
    expect(council.meeting.body).toBe('Byrådet');
    expect(council.meeting.date).toBe('2017-03-06');
    const board = parse(['Referat af bestyrelsesmøde (14. maj 2015)', '', '1. Regnskab', 'Beslutning: Godkendt.'].join('\n'));
    expect(board.meeting.body).toBe('Bestyrelsen');
  });

  it('reads the meeting date of a PDF whose `at` glyph the extraction dropped (`Refer Mødedo: ...`); its title printed again opens no item', () => {
    const parsed = parse(
      [
        'Fjordby Kommune Byrådet. Referat. Mødedato: 5. maj Rådhus. Starttidspunkt for møde: 19:00.',
        '',
        'Download "Fjordby Kommune Byrådet. Referat. Mødedato: 5. maj 2015. Rådhus. Starttidspunkt for møde: 19:00."',
        '',
        'Refer Mødedo: 5. maj 2015 Mødelokale: Byrådssalen Fraværende: Per Hansen ved afbud',
        '',
        'Overførsel af driftsbevillinger Sagsfremstilling Der er udarbejdet en opgørelse over bevillingerne.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Byrådet');
    expect(parsed.meeting.date).toBe('2015-05-05');
    // The one untitled item starts at the item's text, not at the download title (whose `2015. Rådhus` reads like a numbered title).
    expect(parsed.items.map((item) => item.line)).toEqual([7]);
  });

  it('joins an agenda title printed one phrase a line (`Dagsorden` / `til` / `mødet i <organ>` / `den <dato>`)', () => {
    const parsed = parse(
      [
        'Abonnér',
        '',
        'Dagsorden',
        'til',
        'mødet i Udvalg for erhverv og uddannelse',
        'den 3. maj 2023 kl. 10:00',
        'i Regionshuset, lokale 2',
        '',
        'Sagnr.: 1-20-3-44-21',
        '',
        '1. Status for uddannelsespuljen',
        '',
        'Resume',
        'Udvalget orienteres om puljen.',
      ].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Udvalg for erhverv og uddannelse');
    expect(parsed.meeting.date).toBe('2023-05-03');
    expect(parsed.meeting.startTime).toBe('10:00');
  });

  it('spells out `KB` when only the agenda approval names the meeting', () => {
    const parsed = parse(
      ['Referat', '', '  • 41. Åben dagsorden - godkendelse', '', '    Resume', '', '    Godkendelse af åben dagsorden for KB den 3. marts 2021.', '', '    Beslutning', '', '    Godkendt.'].join('\n'),
    );
    expect(parsed.meeting.body).toBe('Kommunalbestyrelsen');
    expect(parsed.meeting.date).toBe('2021-03-03');
  });
});

describe('second real-minutes probe: items', () => {
  it('numbers an agenda of one-entry ordered lists (every heading printed `1.`) by order', () => {
    const parsed = parse(
      [
        'Referat fra Seniorrådets møde den 9. marts 2020 i Mødesalen kl. 10.00 – 12.00',
        '',
        'Afbud: Ole Berg.',
        '',
        ' 1. Godkendelse af referatet fra sidste møde',
        '',
        'Referat: Godkendt',
        '',
        ' 1. Nyt fra formanden.',
        '',
        'Referat:',
        '',
        'Formanden orienterede om årsmødet.',
        '',
        ' 1. Høringssvar om stiplan.',
        '',
        'Referat:',
        '',
        'Seniorrådet skriver et høringssvar.',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af referatet fra sidste møde'],
      [2, 'Nyt fra formanden.'],
      [3, 'Høringssvar om stiplan.'],
    ]);
    expect(parsed.items[2]!.decision?.text).toBe('Seniorrådet skriver et høringssvar.');
  });

  it('keeps a decision\'s single numbered point (`1. Dagsordenen blev godkendt.` under its label) a point, not an item', () => {
    const parsed = parse(
      [
        'NORDBY LOKALUDVALG',
        'Referat af ordinært møde onsdag den 4. marts 2009 kl. 19.00',
        '',
        'Sag 1 – Godkendelse af dagsorden',
        'Nordby Lokaludvalgs beslutning på mødet den 4. marts 2009:',
        '1. Dagsordenen blev godkendt.',
        '',
        'Sag 2 – Godkendelse af referat',
        'Nordby Lokaludvalgs beslutning på mødet den 4. marts 2009:',
        '1. Referatet blev godkendt.',
        '',
        'Sag 3 – Eventuelt',
        'Nordby Lokaludvalgs beslutning på mødet den 4. marts 2009:',
        '1. Intet.',
      ].join('\n'),
    );
    expect(parsed.items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Godkendelse af referat', 'Eventuelt']);
  });

  it('opens an untitled item at each bulleted, empty `• Sagsid.:` line', () => {
    const parsed = parse(
      [
        'Referat',
        '',
        'Onsdag den 14. februar 2018 kl. 16:00',
        '',
        'Mødested: Mødelokale 1',
        'Udvalg: Integrationsrådet',
        ' • Sagsid.:',
        '',
        '  Sagsfremstilling',
        '',
        '  Valg af formand.',
        '',
        '  Beslutning Integrationsrådet den 14-02-2018',
        '',
        '  Aisha Khan blev valgt.',
        '',
        '  Bilag',
        '',
        ' • Sagsid.:',
        '',
        '  Beslutning Integrationsrådet den 14-02-2018',
        '',
        '  Dagsorden godkendt.',
      ].join('\n'),
    );
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items.map((item) => item.decision?.text)).toEqual(['Aisha Khan blev valgt.', 'Dagsorden godkendt.']);
  });
});
