import { readOutcome } from './decision-outcome.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the twelfth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twelfth held-out round (half B)', () => {
  it('reads a web page`s `(Åben)` / `(Lukket)` before the title as the item`s access, no part of its title', () => {
    const text = [
      'Forside › Politik › Dagsordener og referater › Miljøudvalget',
      'Miljøudvalget',
      'Referat fra mødet onsdag den 4. april 2018 kl. 16.00',
      '',
      '3. (Åben) Affaldsplan 2018-2024',
      'Sagsnr.: 18/2231',
      'Beslutning',
      'Godkendt.',
      'Til toppen',
      '',
      '4. (Lukket) Køb af grund ved Ringvejen',
      'Til toppen',
      '',
      '5. (Åbent punkt) Eventuelt',
      'Beslutning',
      'Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [3, 'Affaldsplan 2018-2024', false],
      [4, 'Køb af grund ved Ringvejen', true],
      [5, 'Eventuelt', false],
    ]);
  });

  it('reads a Word table`s title cell that ends in its labelled case number, and its closed row`s `Lukket punkt.` as that row`s', () => {
    const text = [
      'Seniorrådet',
      'Møde den 2. februar 2016 kl. 10.00',
      '',
      'Pkt.\tEmne\tBeslutning',
      '1.\tTrafikplan for bybusserne (sagsnr. 15/8812)\tRådet bakker op om planen.',
      '2.\tLukket punkt: Personsag\tLukket punkt.',
      '3.\tEventuelt\tIntet.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed])).toEqual([
      [1, 'Trafikplan for bybusserne', '15/8812', false],
      [2, 'Personsag', null, true],
      [3, 'Eventuelt', null, false],
    ]);
    expect(items[2]!.decision?.text).toBe('Intet.');
  });

  it('reads `Punktet blev udsat på mødet den <dato>, punkt N.` as this body`s earlier postponement, above the decision or opening it', () => {
    const text = [
      'Vejudvalget',
      'Mødedato: 9. september 2021',
      '',
      'Punkt 2 - Ny belysning på stien ved åen',
      'Sagsnr.: 21/0771',
      'Punktet blev udsat på mødet den 12. august 2021, punkt 6.',
      'Beslutning: Godkendt.',
      '',
      'Punkt 3 - Hastighedsdæmpning på Skolevej',
      'Beslutning: Punktet blev udsat på mødet den 12. august 2021.',
      'Udvalget anbefaler over for Økonomiudvalget, at der etableres to bump.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.decision?.outcome, item.decision?.postponed])).toEqual([
      [2, 'approved', false],
      [3, 'recommended', false],
    ]);
    expect(items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed]))).toEqual([
      [['Vejudvalget', '2021-08-12', [6], true]],
      [['Vejudvalget', '2021-08-12', [], true]],
    ]);
  });

  it('reads what a dash adds about a member after the seat: a stand-in, or the items attended', () => {
    const text = [
      'Fælles Vandløbsudvalg for Tinby og Åby Kommuner',
      '',
      'Mødedato: 5. maj 2019',
      '',
      'Deltagere:',
      'Lis Borg (A), byrådsmedlem, Tinby Kommune - formand',
      'Kim Wolff (V), byrådsmedlem, Åby Kommune - stedfortræder for Eva Moos',
      'Per Nord, vandløbsmedarbejder, Tinby Kommune - deltog fra punkt 2',
      '',
      'Afbud:',
      'Eva Moos (V), byrådsmedlem, Åby Kommune',
      '',
      'Punkt 1 - Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
    ].join('\n');
    const participants = parse(text).participants;
    expect(participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor ?? null, participant.partial ?? null])).toEqual([
      ['Lis Borg', 'attended', null, null],
      ['Kim Wolff', 'attended', 'Eva Moos', null],
      ['Per Nord', 'attended', null, 'deltog fra punkt 2'],
      ['Eva Moos', 'apologies', null, null],
    ]);
  });

  it('cuts contents entries glued to each other and to the first heading, and closes the item only its entry marks closed', () => {
    const text = [
      'UDVALG',
      'Ungdomsrådet',
      'STARTTIDSPUNKT',
      '06-03-2014 16:00:00',
      'PUNKTER',
      '21. Godkendelse af dagsorden',
      '22. Valg af repræsentant til skolebestyrelsen - Lukket punkt',
      '23. Meddelelser24. Eventuelt21. Godkendelse af dagsorden',
      '',
      'Beslutning i Ungdomsrådet den 06-03-2014',
      'Godkendt.',
      '',
      'Sagsfremstilling22. Valg af repræsentant til skolebestyrelsen',
      '',
      'Sagsfremstilling23. Meddelelser',
      '',
      'Beslutning i Ungdomsrådet den 06-03-2014',
      'Taget til efterretning.',
      '',
      'Sagsfremstilling24. Eventuelt',
      '',
      'Beslutning i Ungdomsrådet den 06-03-2014',
      'Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.closed, item.decision?.text ?? null])).toEqual([
      [21, 'Godkendelse af dagsorden', false, 'Godkendt.'],
      [22, 'Valg af repræsentant til skolebestyrelsen', true, null],
      [23, 'Meddelelser', false, 'Taget til efterretning.'],
      [24, 'Eventuelt', false, 'Intet.'],
    ]);
  });

  it('reads a case passed on `uden anbefaling` as routing (other), not as a recommendation', () => {
    for (const sentence of ['Sagen sendes til Byrådet uden anbefaling.', 'Sendes videre til Kommunalbestyrelsen uden nogen anbefaling.']) {
      const reading = readOutcome(sentence);
      expect([sentence, reading.outcome, reading.unrecognised ?? false]).toEqual([sentence, 'other', false]);
    }
    expect(readOutcome('Sagen sendes til Byrådet med anbefaling.').outcome).toBe('recommended');
  });
});
