import { parseMinutes } from './parse-minutes.js';

// Conventions the fifteenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a municipal company's board
// page, a Word referat through `pandoc -t plain`, a råd's own earlier meetings in prose, per-item absences glued on one
// line, a late arrival, a vote's last name wrapped, a merged municipality named in a successor's minutes) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const attendance = (text: string) =>
  parse(text).participants.map(({ name, attendance: status, substituteFor, partial }) => [name, status, substituteFor ?? null, partial ?? null]);
const treatments = (text: string) =>
  parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? false]));

describe('conventions from the fifteenth held-out round (half A)', () => {
  it("reads a board's confidential item, marked `Tavshedspligt ikke fraveget` under its heading, as closed", () => {
    const text = [
      'Bestyrelsesmøde 3. marts 2021 kl. 9.00, Værket, Havnevej 2, Hobro',
      '',
      'Pkt. 1. Godkendelse af dagsorden (B)',
      '',
      'Beslutning:',
      'Godkendt.',
      '',
      'Pkt. 2. Forhandling om ny driftsaftale (B)',
      '',
      'Tavshedspligt ikke fraveget',
      '',
      'Pkt. 3. Eventuelt',
      '',
      'Beslutning:',
      'Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.closed])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('reads a board member list under `Bestyrelsen:` and `Afbud: <navn>, suppleant <navn> deltog` as the absent member and who came', () => {
    const text = [
      'Bestyrelsesmøde 3. marts 2021 kl. 9.00, Værket, Havnevej 2, Hobro',
      '',
      'Bestyrelsen: Ane Holm, Per Kjær, Søs Bang og Ib Dam',
      '',
      'Afbud: Per Kjær, suppleant Rita Lund deltog',
      '',
      'Pkt. 1. Godkendelse af dagsorden (B)',
      '',
      'Beslutning:',
      'Godkendt.',
    ].join('\n');
    expect(attendance(text)).toEqual([
      ['Ane Holm', 'attended', null, null],
      ['Per Kjær', 'apologies', null, null],
      ['Søs Bang', 'attended', null, null],
      ['Ib Dam', 'attended', null, null],
      ['Rita Lund', 'attended', 'Per Kjær', null],
    ]);
  });

  it("does not take a merged municipality named as former (`den tidligere <navn> Kommune`) for the minutes' own", () => {
    const text = [
      'Faaborg-Midtfyn Kommune',
      'Økonomiudvalget',
      'Mødedato: 14-03-2006',
      '',
      '1. Regnskab 2005 for den tidligere Ryslinge Kommune',
      'Beslutning',
      'Regnskabet for den tidligere Ryslinge Kommune anbefales.',
    ].join('\n');
    expect(parse(text).municipality?.name).toBe('Faaborg-Midtfyn');
  });

  it('reads `<organ> besluttede, at <sætning>` as approved, not a clause that postpones or recommends', () => {
    const text = [
      'Seniorrådet - Referat',
      'Dato:',
      '5. maj 2020',
      '1. Mødeplan',
      'Beslutning',
      'Seniorrådet besluttede, at møderne fremover holdes om formiddagen.',
      '2. Busplan',
      'Beslutning',
      'Seniorrådet besluttede, at sagen udsættes til juni.',
    ].join('\n');
    const [decided, postponing] = parse(text).items.map((item) => item.decision?.outcome);
    expect(decided).toBe('approved');
    expect(postponing).not.toBe('approved');
  });

  it("reads a råd's own earlier meetings told with `Rådet` as subject as the råd's, also where its name has no definite ending", () => {
    const text = [
      'Referat til mødet i Det Lokale Integrationsråd den 9. juni 2015 kl. 15:00 i Rådhuset',
      '',
      '4. Sprogcafé',
      'Sagsfremstilling',
      'Rådet drøftede et første oplæg på mødet den 12. maj 2015, punkt 3.',
      'Beslutning',
      'Godkendt.',
      '',
      '5. Lektiehjælp',
      'Sagsfremstilling',
      'Rådet udsatte sagen på mødet den 12. maj 2015, punkt 4, da budgettet manglede.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    expect(treatments(text)).toEqual([
      [['Det Lokale Integrationsråd', '2015-05-12', [3], false]],
      [['Det Lokale Integrationsråd', '2015-05-12', [4], true]],
    ]);
  });

  it("does not take `Rådet` in a committee's minutes for a body the text names", () => {
    const text = [
      'Referat til mødet i Socialudvalget den 9. juni 2015 kl. 15:00 i Rådhuset',
      '',
      '4. Handicappolitik',
      'Sagsfremstilling',
      'Rådet drøftede et første oplæg på mødet den 12. maj 2015, punkt 3.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    expect(treatments(text)).toEqual([[]]);
  });

  it('reads a board treating the case `på mødet den <dato>, pkt. N, hvor sagen blev udsat` and a passive `Punktet blev drøftet på mødet den <dato> (pkt. N)`', () => {
    const text = [
      'Bestyrelsesmøde 3. marts 2021 kl. 9.00, Værket, Havnevej 2, Hobro',
      '',
      'Pkt. 1. Vandpriser 2021 (B)',
      '',
      'Bestyrelsen behandlede priserne på mødet den 2. februar 2021, pkt. 4, hvor sagen blev udsat.',
      '',
      'Beslutning:',
      'Godkendt.',
      '',
      'Pkt. 2. Ny boring (B)',
      '',
      'Punktet blev drøftet på mødet den 2. februar 2021 (pkt. 5), hvor bestyrelsen bad om et tilbud.',
      '',
      'Beslutning:',
      'Godkendt.',
    ].join('\n');
    expect(treatments(text)).toEqual([
      [['Bestyrelsen', '2021-02-02', [4], true]],
      [['Bestyrelsen', '2021-02-02', [5], false]],
    ]);
  });

  it('reads per-item absences glued on one line (`Fraværende- <navn> (A)- <navn> (V)`) as one person each', () => {
    const text = [
      'Referat: 4. april 2023 kl. 17:00',
      'Rådhuset',
      'Kommunalbestyrelsen',
      'Kopier link til punktet - Print',
      '1 : Godkendelse af dagsorden',
      'Sagsnr:',
      'BeslutningGodkendt.',
      'Fraværende- Ole Ravn (A)- Tine Bak (V)',
      'Kopier link til punktet - Print',
      '2 : Vejplan',
      'Sagsnr:',
      'BeslutningGodkendt.',
      'Fraværende- Ole Ravn (A)- Tine Bak (V)',
    ].join('\n');
    expect(parse(text).items.map((item) => item.absences.map((person) => person.name))).toEqual([
      ['Ole Ravn', 'Tine Bak'],
      ['Ole Ravn', 'Tine Bak'],
    ]);
  });

  it('reads `<navn> deltog fra punkt N.` under a decision as that member away from the items before it (present for part of the meeting)', () => {
    const text = [
      'Udvalg: Ældrerådet',
      'Mødedato: 08-09-2020',
      '',
      '3.Godkendelse af dagsorden (B)',
      'Sagsnummer: 20/11',
      'Beslutning Ældrerådet den 08-09-2020',
      'Godkendt.',
      'Fraværende: Åse Lind.',
      'Ib Holt deltog fra punkt 4.',
      '',
      '4.Meddelelser (O)',
      'Sagsnummer: 20/11',
      'Beslutning Ældrerådet den 08-09-2020',
      'Taget til efterretning.',
      'Fraværende: Åse Lind.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.absences.map((person) => [person.name, person.attendance, person.partial ?? null]))).toEqual([
      [
        ['Åse Lind', 'absent', null],
        ['Ib Holt', 'absent', 'deltog fra punkt 4'],
      ],
      [['Åse Lind', 'absent', null]],
    ]);
  });

  it('reads a vote list whose last name wraps before its last word, and a party vote glued to the next sentence, as names only (not a verdict or a one-word title under the last list)', () => {
    const text = [
      'Ældrerådet - Referat',
      'Dato:',
      '5. maj 2020',
      '1. Valgform',
      'Beslutning',
      'Godkendt.',
      'For stemte: Ane Holm, Per Kjær og Hans Erik',
      'Bundgaard',
      'Imod stemte: Søs Bang og Ib Dam',
      '2. Takster',
      'Beslutning',
      'Sagen blev sat til afstemning.For stemte: A og SF.Imod stemte: V og K.Sagen oversendes til byrådet uden indstilling.',
      '3. Mødeplan',
      'Beslutning',
      'For stemte: Ane Holm og Per Kjær',
      'Godkendt.',
      '4. Skolestruktur',
      'Beslutning',
      'Anbefales.',
      'For stemte: Ane Holm og Per Kjær',
      'Imod stemte: Søs Bang og Ib Dam',
      'Orientering',
    ].join('\n');
    expect(parse(text).items.map((item) => (item.decision?.votes ?? []).map((vote) => [vote.position, vote.who]))).toEqual([
      [
        ['for', 'Ane Holm, Per Kjær og Hans Erik Bundgaard'],
        ['against', 'Søs Bang og Ib Dam'],
      ],
      [
        ['for', 'A og SF.'],
        ['against', 'V og K'],
      ],
      [['for', 'Ane Holm og Per Kjær']],
      [
        ['for', 'Ane Holm og Per Kjær'],
        ['against', 'Søs Bang og Ib Dam'],
      ],
    ]);
  });
});
