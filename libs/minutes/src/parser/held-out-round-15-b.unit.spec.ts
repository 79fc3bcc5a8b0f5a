import { parseMinutes } from './parse-minutes.js';

// Conventions the fifteenth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the fifteenth held-out round (half B)', () => {
  it('reads a print view`s member whose title follows the party (`(DH) Formand`) by name, and a bare line of members absent from one item with organisation letters', () => {
    const text = [
      '14-03-2017 kl. 15:00',
      'Mødelokale 2, Rådhuset',
      '',
      'Medlemmer',
      '',
      'Bodil Rask (DH) Næstformand',
      '',
      'Ove Krag (F)',
      '',
      'Lis Bang (V)',
      '',
      'Afbud',
      '',
      'Ingen',
      '',
      'Nr.5 - Godkendelse af dagsorden',
      '',
      'Beslutning i Ældrerådet den 14-03-2017',
      '',
      'Godkendt.',
      '',
      'Nr.6 - Busplan 2018',
      'Sagsnr.: 17/1022',
      '',
      'Ove Krag (F), Bodil Rask (DH)',
      '',
      'Beslutningstema',
      'Rådet orienteres om busplanen.',
      '',
      'Beslutning i Ældrerådet den 14-03-2017',
      '',
      'Taget til efterretning.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Bodil Rask', 'attended'],
      ['Ove Krag', 'attended'],
      ['Lis Bang', 'attended'],
    ]);
    // (Two capitals are an organisation's, kept as a role as before.)
    expect(parsed.participants[0]!.role).toBe('DH, Næstformand');
    expect(parsed.items[1]!.absences.map((person) => person.name)).toEqual(['Ove Krag', 'Bodil Rask']);
  });

  it('reads a permit refused in the passive past (`Dispensationen blev ikke meddelt.`) as a refusal', () => {
    const text = [
      'Plan- og Byggeudvalget - Referat',
      'Dato: 4. april 2016',
      '',
      '1. Dispensation til udestue, Strandvej 8',
      'Beslutning',
      'Dispensationen blev ikke meddelt.',
      '',
      '2. Tilskud til byfest',
      'Beslutning',
      'Tilskuddet blev ikke givet, da ansøgningen kom for sent.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['rejected', 'rejected']);
  });

  it('reads a treatment table copied with its cells tab-joined (a browser`s reader view): each earlier row with its item number, the blocks of a body whose name holds a comma', () => {
    const text = [
      'Referat',
      'Kommunalbestyrelsen',
      '12-05-2020 kl. 17:00',
      'Rådhuset, mødesal 1',
      'Dagsordenspunkter',
      '',
      'åbent 1 Budget 2021 - tidsplan',
      'åbent 2 Vejnavn til nyt boligområde',
      '',
      'Åbent punkt',
      '',
      '1 Budget 2021 - tidsplan',
      '',
      '00.30.00Ø00-0003',
      '',
      'Behandling\tMødedato\tÅbent punkt\tLukket punkt',
      'Teknik-, Miljø- og Klimaudvalget\t28-04-2020\t3\t',
      'Kommunalbestyrelsen\t12-05-2020\t1\t',
      '',
      'Tidsplanen følger sidste års.',
      '',
      'Teknik-, Miljø- og Klimaudvalget, den 28. april 2020:',
      'Anbefales.',
      '',
      'Kommunalbestyrelsen, den 12. maj 2020:',
      'Godkendt.',
      '',
      'Åbent punkt',
      '',
      '2 Vejnavn til nyt boligområde',
      '',
      '05.01.00G01-0011',
      '',
      'Behandling\tMødedato\tÅbent punkt\tLukket punkt',
      'Teknik-, Miljø- og Klimaudvalget\t28-04-2020\t5\t',
      'Kommunalbestyrelsen\t12-05-2020\t2\t',
      '',
      'Teknik-, Miljø- og Klimaudvalget, den 28. april 2020:',
      'Anbefales.',
      '',
      'Kommunalbestyrelsen, den 12. maj 2020:',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => item.earlierTreatments.map((earlier) => [earlier.body, earlier.date, earlier.itemNumbers, earlier.outcome]))).toEqual([
      [['Teknik-, Miljø- og Klimaudvalget', '2020-04-28', [3], 'recommended']],
      [['Teknik-, Miljø- og Klimaudvalget', '2020-04-28', [5], 'recommended']],
    ]);
    expect(parsed.items.map((item) => item.decision?.text)).toEqual(['Godkendt.', 'Godkendt.']);
  });

  it('reads a closed item shown by its marker and numbered title alone (`Lukket punkt` / `3 Køb af areal`) with its number', () => {
    const text = [
      'Referat',
      'Socialudvalget',
      '03-11-2021 kl. 14:00',
      'Mødelokale B',
      '',
      'Åbent punkt',
      '',
      '1 Godkendelse af dagsorden',
      '',
      '00.01.00A00-0101',
      '',
      'Socialudvalget, den 3. november 2021:',
      'Godkendt.',
      '',
      'Åbent punkt',
      '',
      '2 Kvalitetsstandard for hjemmepleje',
      '',
      '27.12.00P22-0009',
      '',
      'Socialudvalget, den 3. november 2021:',
      'Godkendt.',
      '',
      'Lukket punkt',
      '',
      '3 Køb af areal ved plejecentret',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Kvalitetsstandard for hjemmepleje', false],
      [3, 'Køb af areal ved plejecentret', true],
    ]);
  });

  it('reads a Word referat`s two-column tables extracted a column at a time (`pdftotext` without -layout): each label given its cell again', () => {
    const text = [
      'Handicaprådet',
      'Referat',
      'Dato:',
      'Tid:',
      'Sted:',
      'Til stede:',
      'Afbud:',
      'Onsdag den 2. oktober 2019',
      'Kl. 15.00 - 17.00',
      'Rådhuset, lokale 12',
      'Karin Lind (formand), Niels Brøns, Oda Friis,',
      'Peter Holm, Vibeke Ladefoged',
      'Jens Kure',
      '1. Godkendelse af dagsorden',
      'Journalnr.:',
      'Beslutning:',
      '19/4401',
      'Godkendt.',
      '2. Tilgængelighed i den nye svømmehal',
      'Journalnr.:',
      'Sagsfremstilling:',
      'Indstilling:',
      'Beslutning:',
      '19/3870',
      'Forvaltningen har fremlagt tegningerne til den nye',
      'svømmehal for rådet.',
      'At rådet kommer med bemærkninger.',
      'Rådet ønsker en loftlift i omklædningen og et',
      'hvilerum ved indgangen.',
      'Oda Friis deltog ikke i behandlingen af punktet.',
      'Handicaprådet, 2. oktober 2019',
      'Side 1 af 2',
      '\f3. Eventuelt',
      'Beslutning:',
      'Intet.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.startTime, parsed.meeting.location]).toEqual(['2019-10-02', '15:00', 'Rådhuset, lokale 12']);
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Karin Lind', 'attended'],
      ['Niels Brøns', 'attended'],
      ['Oda Friis', 'attended'],
      ['Peter Holm', 'attended'],
      ['Vibeke Ladefoged', 'attended'],
      ['Jens Kure', 'apologies'],
    ]);
    expect(parsed.items.map((item) => [item.number, item.caseNumber ?? null, item.decision?.text.split('\n')[0]])).toEqual([
      [1, '19/4401', 'Godkendt.'],
      [2, '19/3870', 'Rådet ønsker en loftlift i omklædningen og et hvilerum ved indgangen.'],
      [3, null, 'Intet.'],
    ]);
    expect(parsed.items[1]!.absences.map((person) => person.name)).toEqual(['Oda Friis']);
  });

  it('ends a table`s text column at the next item`s heading whatever its form (the line right over the next labels, a numbering alone over it)', () => {
    const text = [
      'Seniorrådet',
      'Referat',
      'Dato:',
      'Sted:',
      'Mandag den 3. februar 2014',
      'Byrådssalen',
      'GODKENDELSE AF DAGSORDEN',
      'Sagsnr.:',
      'Beslutning:',
      '14/0210',
      'Godkendt med et punkt om busplanen til sidst.',
      'Sag 2',
      'NY BUSPLAN FOR LANDSBYERNE',
      'Sagsnr.:',
      'Beslutning:',
      '14/0388',
      'Rådet bakker op om planen.',
      'ORIENTERING FRA FORMANDEN',
      'Sagsnr.:',
      'Beslutning:',
      '14/0012',
      'Taget til efterretning.',
    ].join('\n');
    const parsed = parse(text);
    // (The numbering over the second title stays a line of its own; which heading style it is, is not this reading's.)
    expect(parsed.items.map((item) => [item.title, item.caseNumber ?? null, item.decision?.text.split('\n')[0]])).toEqual([
      ['GODKENDELSE AF DAGSORDEN', '14/0210', 'Godkendt med et punkt om busplanen til sidst.'],
      ['NY BUSPLAN FOR LANDSBYERNE', '14/0388', 'Rådet bakker op om planen.'],
      ['ORIENTERING FRA FORMANDEN', '14/0012', 'Taget til efterretning.'],
    ]);
  });
});
