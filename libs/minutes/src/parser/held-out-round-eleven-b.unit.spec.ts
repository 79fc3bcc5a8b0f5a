import { parseMinutes } from './parse-minutes.js';

// Conventions the eleventh held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the eleventh held-out round (half B)', () => {
  it('reads labels printed in a left column beside their text (`pdftotext -layout`), a wrapped decision label too', () => {
    const text = [
      'Kulturudvalget',
      '',
      'Referat',
      '',
      'Dato             3. maj 2011',
      'Sted             Mødelokale 4, Prøve Rådhus',
      '',
      '4.     Tilskud til sommerkoncerter',
      '',
      'Sagsnr.:         11/4410          Sagen afgøres i: Kulturudvalget',
      '',
      'Sagsfremstilling Foreningen søger 20.000 kr. til fire koncerter i',
      '                 parken.',
      '',
      'Beslutning i     Bevilget som ansøgt.',
      'Kulturudvalget   Fraværende: Ib Holm',
      'den 03-05-2011',
      '',
      '5.     Udlejning af teltet',
      '',
      'Sagsnr.:         11/4418          Sagen afgøres i: Kulturudvalget',
      '',
      'Beslutning i     Sagen udsættes.',
      'Kulturudvalget   Fraværende: Ib Holm',
      'den 05-04-2011',
      '',
      'Beslutning i     Taget til efterretning.',
      'Kulturudvalget',
      'den 03-05-2011',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.date).toBe('2011-05-03');
    const items = parsed.items;
    expect(items.map((item) => [item.number, item.caseNumber, item.decidingBody, item.decision?.outcome, item.decision?.text.trim()])).toEqual([
      [4, '11/4410', 'Kulturudvalget', 'approved', 'Bevilget som ansøgt.'],
      [5, '11/4418', 'Kulturudvalget', 'noted', 'Taget til efterretning.'],
    ]);
    expect(items[1]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.postponed])).toEqual([['Kulturudvalget', '2011-04-05', true]]);
  });

  it('reads a permit refused with the noun in the definite form (`Dispensationen meddeles ikke.`) as rejected', () => {
    const text = ['Planudvalget', 'Dato: 4. marts 2013', '', '1. Dispensation til udhus', 'Beslutning', 'Dispensationen meddeles ikke.'].join('\n');
    expect(parse(text).items[0]!.decision!.outcome).toBe('rejected');
  });

  it('reads a joint body named for its municipalities, its members` offices and towns, and a stand-in after the absence', () => {
    const text = [
      'PROTOKOL',
      '',
      'Fælles Havneudvalg for Stevns og Faxe Kommuner',
      '',
      'Møde onsdag den 6. september 2023 kl. 15.00',
      'Havnekontoret, Rødvig',
      '',
      'Til stede:',
      'Borgmester Anne Holt, Stevns (formand)',
      'Kommunalbestyrelsesmedlem Per Ravn, Faxe',
      'Havnechef Ulla Berg, Sydsjællands Politi',
      '',
      'Afbud:',
      'Kommunalbestyrelsesmedlem Eva Kolt, Faxe. I stedet mødte Bo Lind.',
      '',
      'Sag nr. 1   Havnetakster 2024',
      '',
      'Udvalget anbefaler over for Stevns Kommunalbestyrelse og Faxe Kommunalbestyrelse, at taksterne godkendes.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Fælles Havneudvalg for Stevns og Faxe Kommuner');
    expect(parsed.participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Anne Holt', 'attended', null],
      ['Per Ravn', 'attended', null],
      ['Ulla Berg', 'attended', null],
      ['Eva Kolt', 'apologies', null],
      ['Bo Lind', 'attended', 'Eva Kolt'],
    ]);
    expect([parsed.items[0]!.decision?.outcome, parsed.items[0]!.decision?.recommendedTo]).toEqual(['recommended', 'Stevns Kommunalbestyrelse']);
  });

  it('reads a decisions-only protocol: the verdict under the heading after a sentence about the earlier postponement, not the signatures', () => {
    const text = [
      'Beslutningsprotokol',
      'Prøveudvalget',
      'Møde mandag den 2. oktober 2023 kl. 10.00',
      '',
      'Til stede:',
      'Sekretær Mia Dahl',
      'Jens Holm',
      '',
      'Sag nr. 3   Ny vaskehal',
      '',
      'Sagen var udsat på mødet den 4. september 2023, sag nr. 7.',
      '',
      'Udvalget godkendte, at vaskehallen bygges i 2024.',
      '',
      'Sekretær Mia Dahl deltog ikke i behandlingen af sagen.',
      '',
      'Sag nr. 4   Eventuelt',
      '',
      'Intet.',
      '',
      'Mødet hævet kl. 11.20.',
      '',
      'Jens Holm             Mia Dahl',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.decision?.outcome ?? null, item.decision?.text.split('\n')[0]])).toEqual([
      [3, 'approved', 'Udvalget godkendte, at vaskehallen bygges i 2024.'],
      [4, 'other', 'Intet.'],
    ]);
    expect(parsed.items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed])).toEqual([
      ['Prøveudvalget', '2023-09-04', [7], true],
    ]);
    expect(parsed.items[0]!.absences.map((person) => person.name)).toEqual(['Mia Dahl']);
  });

  it('reads a Markdown export`s `### Punkt N` with its bold title below, a title with a colon, a closed marker and a bullet`s partial presence', () => {
    const text = [
      '# Ungdomsrådet',
      '',
      'Referat af møde onsdag den 8. maj 2024 kl. 17.00',
      '',
      'Sted: Prøve Rådhus, lokale 2',
      '',
      '**Deltagere**',
      '',
      '- Sofie Lind, formand',
      '- Ali Berg - deltog fra punkt 2',
      '',
      '### Punkt 1',
      '',
      '**Høring: Ny cykelstiplan**',
      '',
      'Sagsnr. 24/03310',
      '',
      '**Beslutning**',
      '',
      'Rådet afgav høringssvar.',
      '',
      '### Punkt 2 (lukket)',
      '',
      '**Valg af repræsentant til Idrætsrådet**',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed])).toEqual([
      [1, 'Høring: Ny cykelstiplan', '24/03310', false],
      [2, 'Valg af repræsentant til Idrætsrådet', null, true],
    ]);
    expect(parsed.participants.map((person) => [person.name, person.partial ?? null])).toEqual([
      ['Sofie Lind', null],
      ['Ali Berg', 'deltog fra punkt 2'],
    ]);
  });

  it('reads `Suppleant B deltog i mødet i stedet for A, der havde meldt afbud.` as B standing in for A, who sent apologies', () => {
    const text = [
      'Seniorrådet (2022-2025) – Referat – 5. juni 2023',
      '',
      '1. Godkendelse af dagsorden (B)',
      'Beslutning i Seniorrådet den 5. juni 2023:',
      'Fraværende: Ove Kamp',
      'Godkendt. Suppleant Rita Holm deltog i mødet i stedet for Ove Kamp, der havde meldt afbud.',
      '',
      '2. Budget (B)',
      'Beslutning i Seniorrådet den 5. juni 2023:',
      'Fraværende: Ove Kamp',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Ove Kamp', 'apologies', null],
      ['Rita Holm', 'attended', 'Ove Kamp'],
    ]);
  });

  it('reads a body`s assent (`kan tilslutte sig`) as approved and `idet kun F stemte for` as F`s vote', () => {
    const decisionOf = (sentence: string) => parse(['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Sag', 'Beslutning', sentence].join('\n')).items[0]!.decision!;
    expect(decisionOf('Udvalget kan tilslutte sig planen.').outcome).toBe('approved');
    expect(decisionOf('Udvalget kan ikke tilslutte sig planen.').outcome).toBe('rejected');
    const fell = decisionOf('Forslaget faldt, idet kun F stemte for.');
    expect([fell.outcome, (fell.votes ?? []).map((vote) => [vote.position, vote.who])]).toEqual(['rejected', [['for', 'F']]]);
  });
});
