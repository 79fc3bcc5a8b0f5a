import { readCaseNumber } from './case-number.js';
import { earlierTreatmentsInProse } from './earlier-prose.parser.js';
import { readDecisionBlockHeading } from './decision-blocks.js';
import { readTitle } from './item-heading.parser.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the fifth held-out round of issue 12 (half B: Sjælland, Hovedstaden, Fyn) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the fifth held-out round (half B)', () => {
  it('drops an election period written with a two-digit end year from a body`s name (`Kommunalbestyrelsen 2022-25`)', () => {
    const text = [
      'Referat', 'til', 'mødet i Prøveudvalget 2022-25', 'den 3. marts 2025 kl. 16:00', 'i Mødelokale 1', '',
      '01.02.03-A00-1-25', '', '7. Ny skolevej', '', 'Teknikudvalget 2022-25, 10. februar 2025, pkt. 41:', '', 'Anbefales.', '',
      'Beslutning', '', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Prøveudvalget');
    expect(parsed.items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome])).toEqual([
      ['Teknikudvalget', '2025-02-10', [41], 'recommended'],
    ]);
    // A year range that is no election period stays: `Lokalplan 2023-7` names no body.
    expect(readDecisionBlockHeading('Beslutning i Byrådet 2022-2025 den 3. marts 2025')).toMatchObject({ body: 'Byrådet' });
  });

  it('reads a dated decision block without `den` (`Beslutning i <organ> D. måned YYYY:`), and the meeting from it when no head names one', () => {
    expect(readDecisionBlockHeading('Beslutning i Prøveudvalget 4. oktober 2021:')).toEqual({ body: 'Prøveudvalget', date: '2021-10-04', itemNumbers: [] });
    expect(readDecisionBlockHeading('Beslutning i Byrådet den 23-04-2025')).toEqual({ body: 'Byrådet', date: '2025-04-23', itemNumbers: [] });
    const text = [
      '1.      Ny skolevej', ' ', 'Sagsnr.', '450-2021-11874', 'Initialer', 'ABC', 'Åbent', ' ', 'Sagsfremstilling', 'Vejen er smal.', ' ',
      'Beslutning i Prøveudvalget 6. september 2021:', ' ', 'Udsat.', ' ',
      'Beslutning i Prøveudvalget 4. oktober 2021:', 'Fraværende:  Ole Holm (V)', ' ', 'Godkendt.', ' ',
      '2.      Orientering', ' ', 'Sagsnr.', '450-2021-12901', 'Initialer', 'ABC', 'Åbent', ' ', 'Sagsfremstilling', 'Nyt fra forvaltningen.', ' ',
      'Beslutning i Prøveudvalget 4. oktober 2021:', 'Fraværende:  Ole Holm (V)', ' ', 'Til efterretning.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2021-10-04' });
    expect(parsed.items.map((item) => [item.number, item.caseNumber, item.decision?.outcome, item.earlierTreatments.map((t) => [t.date, t.postponed ? 'postponed' : t.outcome])])).toEqual([
      [1, '450-2021-11874', 'approved', [['2021-09-06', 'postponed']]],
      [2, '450-2021-12901', 'noted', []],
    ]);
  });

  it('reads a case number `YY-NNNNNN` alone on its line under the heading (Kalundborg`s First Agenda)', () => {
    expect(readCaseNumber('25-014233')).toMatchObject({ value: '25-014233', scheme: 'year-serial' });
    // Inside longer numbers it is none: an eDoc `2012-123456` and a Slagelse `330-2025-123456` keep their schemes.
    expect(readCaseNumber('Sagsnr.: 2012-123456')).toMatchObject({ value: '2012-123456', scheme: 'edoc' });
    expect(readCaseNumber('Sagsnr.: 330-2025-123456')).toMatchObject({ value: '330-2025-123456', scheme: 'slagelse' });
    const text = [
      'REFERAT Prøveudvalget d. 03-03-2025', 'Mødedato Mandag d. 3. marts 2025 kl. 16:00', 'Mødested Rådhuset', '',
      'Punkt 1: Ny skolevej', '25-014233', 'Beslutning', 'Godkendt.', 'Punkt 2: Vintertjeneste 2025-2026', '25-011907', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [1, 'Ny skolevej', '25-014233'],
      [2, 'Vintertjeneste 2025-2026', '25-011907'],
    ]);
  });

  it('reads items in an unknown style whose number stands alone under the title, each under an `Åbent punkt` / `Lukket punkt` marker', () => {
    const page = (n: number) => `Prøveudvalget den 03.03.2025, s. ${n}`;
    const text = [
      page(1), 'Prøveudvalget', 'Protokol', 'Mandag den 3. marts 2025 kl. 16:00 afholdt Prøveudvalget møde i Mødelokale 2.', '',
      page(2), 'INDHOLDSFORTEGNELSE', 'Sag nr:          Side:', '01 2. etape af cykelstien     3', '02 Ny skolevej     4', '03 Salg af grund     5', '',
      'Åbent punkt', page(3), '2. etape af cykelstien', '1', 'Sagsfremstilling', 'Etapen er klar til udbud.', 'Indstilling', 'Forvaltningen indstiller, at udbuddet godkendes.',
      'Prøveudvalgets beslutning den 03.03.2025', 'Godkendt.', '',
      'Åbent punkt', page(4), 'Ny skolevej', '2', 'Sagsfremstilling', 'Vejen er smal.', 'Prøveudvalgets beslutning den 03.03.2025', 'Udsat.', '',
      'Lukket punkt', page(5), 'Salg af grund', '3',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.closed, item.decision?.text ?? null])).toEqual([
      [1, '2. etape af cykelstien', false, 'Godkendt.'],
      [2, 'Ny skolevej', false, 'Udsat.'],
      [3, 'Salg af grund', true, null],
    ]);
  });

  it('leaves the untitled reading alone when the line over a recurring label is a bare number without a title above it', () => {
    const text = ['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1', 'Sagsfremstilling', 'Tekst.', 'Beslutning', 'Godkendt.', '', '2', 'Sagsfremstilling', 'Tekst.', 'Beslutning', 'Udsat.'].join('\n');
    expect(parse(text).items.map((item) => item.title)).not.toContain('Udvalg: Prøveudvalget');
  });

  it('keeps a routing prefix of body abbreviations out of the title (`MBU/ØU/KB - Titel`, `MBU - Eventuelt`)', () => {
    expect(readTitle('MBU/ØU/KB - Trafikbestilling 2021').title).toBe('Trafikbestilling 2021');
    expect(readTitle('KFU/BSU/ØU/KB – Ny hal').title).toBe('Ny hal');
    expect(readTitle('MBU - Eventuelt').title).toBe('Eventuelt');
    expect(readTitle('KB - Valg af borgmester').title).toBe('Valg af borgmester');
    // Short capitals before a dash that route nothing stay: `EU - midler`, `Tema - ...`, an acronym in the title.
    expect(readTitle('EU - midler til landdistrikterne').title).toBe('EU - midler til landdistrikterne');
    expect(readTitle('Tema - Besøg fra forsyningen').title).toBe('Tema - Besøg fra forsyningen');
    expect(readTitle('SSP - samarbejdet 2025').title).toBe('SSP - samarbejdet 2025');
    const text = ['Udvalg: Prøveudvalg', 'Dato: Tirsdag den 4. marts 2025', '', '1. MBU - Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', '2. MBU/ØU/KB - Ny skolevej', 'Anledning', 'Vejen er smal.', 'Beslutning', 'Anbefales.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Ny skolevej'],
    ]);
  });

  it('reads a head`s label column whose member value wraps inside a bracket, a stand-in named in it, and `Åben sag` under the heading', () => {
    const text = [
      'PRØVSTRUP KOMMUNE', 'Åbent referat', 'til Prøveudvalget', 'Mødedato:', 'Mødetidspunkt:', 'Mødelokale:', 'Medlemmer:', 'Afbud:',
      'Tirsdag den 4. marts 2025', '9:00', '213, Mødelokale', 'Ole Holm, Kim Lund, Eva Berg ( i stedet for', 'Bo Dahl)', 'Kim Lund',
      'Indholdsfortegnelse', 'Punkter til dagsorden', 'Side', '1. Ny skolevej ..... 2', '2. Salg af grund ..... 3',
      'Prøveudvalget d. 04.03.2025', '1. Ny skolevej', 'Åben sag', 'Sagsnr.: 25/1308', 'BESLUTNING I PRØVEUDVALGET DEN 04.03.2025', 'Godkendt.', '2',
      'Prøveudvalget d. 04.03.2025', '2. Salg af grund', 'Åben sag', 'Sagsnr.: 25/1309', 'BESLUTNING I PRØVEUDVALGET DEN 04.03.2025', 'Udsat.', '3',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2025-03-04', startTime: '09:00', location: '213, Mødelokale' });
    expect(parsed.participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Ole Holm', 'attended', null],
      ['Kim Lund', 'apologies', null],
      ['Eva Berg', 'attended', 'Bo Dahl'],
    ]);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [1, 'Ny skolevej', '25/1308'],
      [2, 'Salg af grund', '25/1309'],
    ]);
  });

  it('reads a page title `Referat <organ> <dato>` in lower case, not the publication date, and `Stedfortræder:` under the item`s `Afbud:`', () => {
    const text = [
      'Referat prøveudvalget 4. marts 2025', '', 'Publiceringsdato: den 6. marts 2025', '', '1. Godkendelse af stedfortræder', '', 'Sagsnummer: 25/409', '',
      'Beslutning i prøveudvalget den 04-03-2025', 'Godkendt.', ' ', 'Afbud: Ole Holm (B)', ' ', 'Stedfortræder: Eva Berg (B)', '',
      '2. Ny skolevej', '', 'Sagsnummer: 25/410', '', 'Beslutning i prøveudvalget den 04-03-2025', 'Godkendt.', ' ', 'Afbud: Ole Holm (B)',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2025-03-04' });
    expect(parsed.participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Ole Holm', 'apologies', null],
      ['Eva Berg', 'attended', 'Ole Holm'],
    ]);
  });

  it('reads a substitute `B deltager i stedet.` after the sentence that states the absence', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 4. marts 2025', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Afbud fra Ole Holm (V). Eva Berg deltager i stedet.', 'Godkendt.',
      '', '2. Ny skolevej', 'Beslutning', 'Afbud fra Ole Holm (V). Eva Berg deltager i stedet.', 'Godkendt.',
    ].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Ole Holm', 'apologies', null],
      ['Eva Berg', 'attended', 'Ole Holm'],
    ]);
    // Without an absence before it, `i stedet` names no one's substitute.
    expect(parse(text.replace(/Afbud fra Ole Holm \(V\)\. /gu, '')).participants.some((person) => person.substituteFor)).toBe(false);
    // A non-breaking space inside `i stedet` (extracted text) is a space, also under a head that lists the members.
    const listed = ['Medlemmer:', 'Ole Holm', 'Pia Dal', ''].join('\n');
    expect(parse(`${listed}\n${text.replace(/i stedet/gu, 'i\u00a0stedet')}`).participants.find((person) => person.name === 'Eva Berg')?.substituteFor).toBe('Ole Holm');
  });

  it('reads `Lukket` under labels printed over their values (`Sagsnr.` / <nr> / `Initialer` / <x> / `Lukket`)', () => {
    const text = [
      '1.      Ny skolevej', ' ', 'Sagsnr.', '450-2025-11874', 'Initialer', 'ABC', 'Åbent', ' ', 'Beslutning i Prøveudvalget 4. marts 2025:', ' ', 'Godkendt.', ' ',
      '2.      Salg af grund', ' ', 'Sagsnr.', '450-2025-11875', 'Initialer', 'ABC', 'Lukket', ' ',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.closed])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('reads an earlier treatment told in a `Resume` that opens with the routing (`Sagsforløb: TMU/ØU/KB`)', () => {
    const text = [
      'Prøveudvalget - Referat', '', 'Dato: 14. maj 2025', 'Lokale: Mødelokale 2', '', '1. Ny skolevej', '', 'Resume', '', 'Sagsforløb: PU/ØU/KB', '',
      'Sagen blev behandlet i Prøveudvalget den 9. april 2025, hvor den blev udsat.', '', 'Beslutning', '', 'Anbefales.', '', 'Til toppen',
    ].join('\n');
    const treatments = parse(text).items[0]!.earlierTreatments;
    expect(treatments.map((treatment) => [treatment.body, treatment.date, treatment.postponed === true])).toEqual([['Prøveudvalget', '2025-04-09', true]]);
  });

  it('reads an earlier postponement told as `Sagen blev udsat på <organ>s møde den <dato>`', () => {
    const treatments = earlierTreatmentsInProse('Sagen blev udsat på Kommunalbestyrelsens møde den 23. april 2024.', 1, { date: '2024-05-21', body: 'Kommunalbestyrelsen' });
    expect(treatments.map((treatment) => [treatment.body, treatment.date, treatment.postponed === true])).toEqual([['Kommunalbestyrelsen', '2024-04-23', true]]);
    // On this meeting's own date it is no earlier treatment.
    expect(earlierTreatmentsInProse('Sagen blev udsat på Kommunalbestyrelsens møde den 21. maj 2024.', 1, { date: '2024-05-21', body: 'Kommunalbestyrelsen' })).toEqual([]);
  });

  it('passes over a page`s head that falls inside such a heading (between marker, title, number and first label)', () => {
    const pageHead = (n: number) => [`Side ${n} af 9`, `Prøveudvalget den 03.03.2025, s. ${n}`, 'PRØVSTRUP KOMMUNE', 'Prøveudvalget', 'Protokol'];
    const text = [
      'Prøveudvalget den 03.03.2025, s. 1', 'Prøveudvalget', 'Protokol', 'Mandag den 3. marts 2025 kl. 16:00 afholdt Prøveudvalget møde i Mødelokale 2.', '',
      'Åbent punkt', 'Prøveudvalget den 03.03.2025, s. 2', 'Ny skolevej', ...pageHead(2), '1', 'Sagsfremstilling', 'Vejen er smal.',
      'Prøveudvalgets beslutning den 03.03.2025', 'Godkendt.', '',
      'Åbent punkt', 'Prøveudvalget den 03.03.2025, s. 3', 'Ny cykelsti', '2', ...pageHead(3), 'Sagsfremstilling', 'Stien mangler.',
      'Prøveudvalgets beslutning den 03.03.2025', 'Udsat.', '',
      'Lukket punkt', ...pageHead(4), 'Salg af grund', '3',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Ny skolevej', false],
      [2, 'Ny cykelsti', false],
      [3, 'Salg af grund', true],
    ]);
  });

  it('reads a contents list whose entries are spaced differently (`2. Titel`, `4.    Titel`) as one list', () => {
    const text = [
      'Prøveudvalget - Referat', '', 'Dato: 14. maj 2025', 'Lokale: Mødelokale 2', '', 'Indholdsfortegnelse1. Godkendelse af dagsorden', '2. Ny skolevej',
      '       3. Ny cykelsti', '            4.    Salg af grund', '', '',
      '1. Godkendelse af dagsorden', '', 'Beslutning', '', 'Godkendt.', '', 'Til toppen', '', '2. Ny skolevej', '', 'Beslutning', '', 'Godkendt.', '', 'Til toppen', '',
      '3. Ny cykelsti', '', 'Beslutning', '', 'Udsat.', '', 'Til toppen', '', '4. Salg af grund', '', 'Beslutning', '', 'Godkendt.', '', 'Til toppen',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Ny skolevej'],
      [3, 'Ny cykelsti'],
      [4, 'Salg af grund'],
    ]);
  });
});

