import { parseMinutes } from './parse-minutes.js';

/**
 * Renderings that run a PDF's text together (docplayer.dk and pdf2html transcripts, excerpts of a referat cut after
 * its first items): contents lists in one block, headings glued to their text, page furniture mid-line, a title that
 * lost its date. Conventions found by a probe of real minutes; every text here is invented, written in the convention.
 */
function parse(text: string) {
  return parseMinutes(text, 'rendering.txt');
}

const numbersOf = (text: string) => parse(text).items.map((item) => item.number);

describe('run-together renderings: an agenda list over items the text was cut after', () => {
  // An agenda list without a heading (`1 Title` lines grouped under the agenda's parts), then the first item's text;
  // the excerpt ends inside it.
  const agendaThenFirstItem = [
    'Referat',
    'til',
    'mødet i Teknikudvalget',
    'den 14. marts 2019 kl. 09:00',
    'i Mødelokale 2',
    '',
    'A. Sager til afgørelse i byrådet',
    '1 Lokalplan for et nyt boligområde ved Engvej',
    '2 Renovering af svømmehallen',
    '3 Trafiksikkerhedsplan 2019-2022',
    'B. Sager til afgørelse i udvalget',
    '4 Vintertjeneste på cykelstier',
    '5 Tilskud til lokale vejlaug',
    'C. Orientering',
    '6 Status på bybusserne',
    '',
    '1. Lokalplan for et nyt boligområde ved Engvej',
    'Åbent - 01.02.05-P16-3-18',
    'RESUMÉ',
    '',
    'Forslaget til lokalplan giver mulighed for 40 nye boliger ved Engvej, hvor der i dag er',
  ].join('\n');

  it('reads the items the list names after the last item read, each with its listed title', () => {
    const items = parse(agendaThenFirstItem).items;
    expect(items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items[3]!.title).toBe('Vintertjeneste på cykelstier');
    expect(items[5]!.title).toBe('Status på bybusserne');
  });

  it('reads no list that does not name an item read by number and title (numbered points are no agenda)', () => {
    const pointsThenItem = agendaThenFirstItem.replace('1 Lokalplan for et nyt boligområde ved Engvej\n', '1 Parkering ved stationen\n');
    expect(numbersOf(pointsThenItem)).toEqual([1]);
  });
});

describe('run-together renderings: references inside a decision are no headings', () => {
  it('keeps `Pkt. 5 behandles før pkt. 2` inside the decision it stands in (a transcript page cut there before)', () => {
    const page = [
      'Referat Kulturudvalget\'s møde Tirsdag den 02-03-2010 Kl. 15:00 Mødelokale 1',
      '',
      '1 Referat Kulturudvalget\'s møde Tirsdag den Kl. 15:00 Mødelokale 1 Deltagere: Anna Holm, Bent Lund, Carl Vang Indholdsfortegnelse Sag Tekst Sidenr. 1. Godkendelse af dagsorden Tilskud til byens spillested Nyt kunstgræs Orientering...9',
      '',
      '2 Kulturudvalget s møde den Godkendelse af dagsorden 10/1234 Beslutning i Kulturudvalget den : Pkt. 4 behandles før pkt. 2. Bent Lund (V) forlod mødet kl og deltog ikke i behandlingen af pkt Godkendt. 2. Tilskud til byens spillested 10/2345 Beslutningstema: Spillestedet søger om tilskud. Sagsfremstilling: Spillestedet har i 2009 haft 80 koncerter.',
    ].join('\n');
    expect(numbersOf(page)).toEqual([2]);
  });
});

describe('run-together renderings: the head', () => {
  it('reads the council from a transcript title that lost its date and kept the hour (`REFERAT fra møde i <RÅD> kl i ...`)', () => {
    const text = [
      'HAVNBY BYRÅD HAVNBY BYRÅD. REFERAT fra møde i HAVNBY BYRÅD kl i byrådssalen',
      '',
      'Transkript',
      '',
      '1 REFERAT fra møde i kl i byrådssalen Medlemmer: Anna Holm, Bent Lund, Carl Vang Mødet hævet kl Side 12',
      '',
      '2 ÅBNE BESLUTNINGSSAGER 41. Salg af byggegrunde ved Skovvej. J.nr.: 02.34 Sagsfremstilling: Der er solgt to grunde. Beslutning: Godkendt.',
    ].join('\n');
    expect(parse(text).meeting.body).toBe('Havnby Byråd');
  });

  it('reads no body from `møde i kl ...` where the extraction lost the body\'s name', () => {
    const text = ['REFERAT fra møde i kl i byrådssalen', '', '1. Salg af byggegrunde ved Skovvej', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.body ?? '').not.toMatch(/\bkl\b/u);
  });
});

describe('run-together renderings: a meeting page whose agenda is a list of bullets', () => {
  // The page's head, its members in bullets, `Referat` over the agenda's titles in bullets (no numbers), then the items'
  // texts as `1 : Title`; the excerpt ends in the second item.
  const page = [
    'Referat: 3. februar 2025 kl. 15:00',
    'Deltagere',
    '- Anna Holm',
    '- Bent Lund',
    '- Carl Vang',
    'Referat',
    '- Godkendelse af dagsorden',
    '- Besøg på havnen',
    '- Strategi for bosætning 2030',
    '- Gensidig orientering',
    'Kopier link til punktet - Print',
    '1 : Godkendelse af dagsorden',
    'Sagsnr:',
    'BeslutningGodkendt.',
    'Kopier link til punktet - Print',
    '2 : Besøg på havnen',
    'Sagsnr:',
    'SagsfremstillingUdvalget besøger havnen, hvor havnefogeden fortæller om',
  ].join('\n');

  it('reads the members above `Referat` and none of the agenda titles under it', () => {
    expect(parse(page).participants.map((participant) => participant.name)).toEqual(['Anna Holm', 'Bent Lund', 'Carl Vang']);
  });

  it('reads the entries after the items read as the next items, numbered on by their place in the list', () => {
    const items = parse(page).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Besøg på havnen'],
      [3, 'Strategi for bosætning 2030'],
      [4, 'Gensidig orientering'],
    ]);
  });

  it('reads no bullets as items whose first entries are not the items read', () => {
    const other = page.replace('- Godkendelse af dagsorden\n- Besøg på havnen\n', '- Godkendelse af dagsorden\n- Budget for havnen\n');
    expect(parse(other).items.map((item) => item.number)).toEqual([1, 2]);
  });
});

describe('run-together renderings: the body a page or a transcript title names', () => {
  it('reads the body from `<KOMMUNE>. REFERAT <udvalg>. Mødedato: ...`, a PDF title run into one line', () => {
    const text = [
      'HAVNBY KOMMUNE. REFERAT Kulturudvalget. Mødedato: Tirsdag den Mødetidspunkt: 16:00. Sted: Mødelokale 2.',
      '',
      'Download "HAVNBY KOMMUNE. REFERAT Kulturudvalget. Mødedato: Tirsdag den 11-03-2008. Mødetidspunkt: 16:00. Sted: Mødelokale 2."',
      '',
      'Transkript',
      '',
      '1 Mødedato:. Mødetidspunkt: 16:00. Sted: Mødelokale 2. Møde slut: 18:00 Fraværende: REFERAT Anna Holm.',
      '',
      '2 1. Tilskud til byens spillested Sagsnr.: 08/123 Sagsfremstilling: Spillestedet søger om tilskud. Beslutning: Godkendt.',
    ].join('\n');
    const meeting = parse(text).meeting;
    expect(meeting.body).toBe('Kulturudvalget');
    expect(meeting.date).toBe('2008-03-11');
  });

  it('reads no body from a breadcrumb or a title that names a body after `fra` or `til`', () => {
    const text = [
      'Hjem Politik Seneste fra byrådet',
      '',
      'Byrådet 14. marts 2024',
      '',
      'Åben',
      '',
      'Indstilling',
      '',
      'Økonomiudvalget indstiller, at byrådet godkender budgetopfølgningen.',
      '',
      'Beslutning',
      '',
      'Godkendt.',
    ].join('\n');
    expect(parse(text).meeting.body).toBe('Byrådet');
    const itemPage = ['Mødedato: 14.03.2024, kl. 17:30', 'Mødested: Rådhuset', '', 'Forslag til nye rammer for lokaludvalg', '', 'Indstilling', '', 'at forslaget godkendes.'].join('\n');
    expect(parse(itemPage).meeting.body).toBeUndefined();
  });

  it('reads the body under a contents page\'s title (`Indholdsfortegnelse Byrådet 09-03-2010`)', () => {
    const text = ['Indholdsfortegnelse Byrådet 09-03-2010. Sidenr. 210.', '', '1. Salg af byggegrunde ved Skovvej', 'Sagsfremstilling', 'Der er solgt to grunde.', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).meeting.body).toBe('Byrådet');
  });
});

describe('run-together renderings: an item page without number or title', () => {
  it('reads one item where one case number stands over the decisions printed before the account', () => {
    const page = [
      'Dato: |',
      '12-03-2019 19:00:00 |',
      '---|---|',
      'Udvalg: |',
      'Byrådet |',
      'Sted: |',
      'Byrådssalen |',
      'Sagsnr.: 19/4567',
      'Sagen behandles i',
      'Forslag',
      'Kommunaldirektøren foreslår,',
      'Beslutning Byrådet den 12-03-2019',
      'Beslutning Økonomiudvalget den 05-03-2019',
      'Sagsfremstilling',
      'Styrelsesvedtægten ændres, så udvalgene får nye navne.',
    ].join('\n');
    expect(parse(page).items).toHaveLength(1);
  });
});

describe('run-together renderings: an item page that names its body only in the recommendation', () => {
  it('reads the body that decides from the first point under `Indstilling om,` (`1. at Borgerrepræsentationen godkender`)', () => {
    const page = [
      'Mødedato: 14.03.2024, kl. 17:30',
      'Mødested: Rådhuset',
      '',
      'Nye åbningstider på borgerservice',
      '',
      'Indstilling',
      '',
      'Indstilling om,',
      '',
      ' 1. at Borgerrepræsentationen godkender de nye åbningstider.',
      '',
      'Problemstilling',
      '',
      'Borgerservice holder i dag åbent til kl. 17 på torsdage.',
    ].join('\n');
    const meeting = parse(page).meeting;
    expect(meeting.body).toBe('Borgerrepræsentationen');
    expect(meeting.date).toBe('2024-03-14');
  });
});
