import { parseMinutes } from './parse-minutes.js';

// Conventions the twelfth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a Word outline referat, a
// landdistriktsråd's informal referat, a PDF kept in its columns with a label of its own, counted votes without a colon,
// a substitute's label after the absence it covers) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twelfth held-out round (half A)', () => {
  it('reads a Word outline referat: items `N<TAB><titel>`, their sections numbered `N.1`, `N.2` from them', () => {
    const text = [
      'Prøve Kommune',
      'Referat',
      'Teknisk Udvalg',
      'Mødedato:\tTirsdag den 3. marts 2009',
      '',
      'Indholdsfortegnelse',
      '1\tNy sti ved Søby\t1',
      '2\tVintertjeneste\t2',
      '',
      '1\tNy sti ved Søby',
      'Sagsnr.: 09/1104',
      '1.1\tSagsfremstilling',
      'Borgerforeningen ønsker en sti langs åen.',
      '1.2\tBeslutning',
      'Godkendt.',
      '',
      '2\tVintertjeneste',
      '2.1\tSagsfremstilling',
      'Serviceniveauet er uændret.',
      '2.2\tBeslutning',
      'Udsat.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.text])).toEqual([
      [1, 'Ny sti ved Søby', '09/1104', 'Godkendt.'],
      [2, 'Vintertjeneste', null, 'Udsat.'],
    ]);
  });

  it('leaves numbered lines alone where only one item has outline sections (a list, not an outline)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', 'Godkendt.', '', '2. Ny sti', 'Sagsfremstilling', '2.1 Sagsfremstilling', 'Beslutning', 'Udsat.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([
      [1, 'Ny legeplads', 'Godkendt.'],
      [2, 'Ny sti', 'Udsat.'],
    ]);
  });

  it('reads an earlier treatment told as `<udvalg> <verb> <what> på mødet den <dato>, punkt N` (and `Udvalget` as this committee)', () => {
    const text = [
      'Prøveudvalget',
      'Dato: 4. maj 2021',
      '',
      '1. Ny legeplads',
      'Sagsfremstilling',
      'Prøveudvalget sendte forslaget om en ny legeplads i høring på mødet den 2. marts 2021, punkt 4.',
      'Beslutning',
      'Godkendt.',
      '',
      '2. Ny sti',
      'Sagsfremstilling',
      'Udvalget drøftede de første skitser på mødet den 6. april 2021, pkt. 2.',
      'Fritidsrådet behandlede ansøgningen om tilskud på sit møde den 8. april 2021, pkt. 5, og anbefaler, at den imødekommes.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome ?? null]))).toEqual([
      [['Prøveudvalget', '2021-03-02', [4], null]],
      [
        // (`drøftede` tells the treatment's outcome itself, discussed, as Langeland 2021's golden reads it: twentieth session.)
        ['Prøveudvalget', '2021-04-06', [2], 'discussed'],
        ['Fritidsrådet', '2021-04-08', [5], 'recommended'],
      ],
    ]);
  });

  it('reads `Tidligere behandlet:` and an item reference written `sag nr. N`', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '14. Ny legeplads', 'Tidligere behandlet:', 'Prøveudvalget den 9. februar 2021, sag nr. 6', 'Beslutning:', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøveudvalget', '2021-02-09', [6]]]);
  });

  it('reads counted votes without a colon, an abstention among them, and no voter in a bare count', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', 'Godkendt.', 'For stemte 7 (A, V)', 'Imod stemte 0', 'Undlod at stemme 2 (Ø)'].join('\n');
    const decision = parse(text).items[0]!.decision!;
    expect([decision.outcome, (decision.votes ?? []).map((vote) => [vote.position, vote.who])]).toEqual([
      'approved',
      [
        ['for', 'A, V'],
        ['abstained', 'Ø'],
      ],
    ]);
  });

  it('names no voter in a count of members without parties (`Undlod at stemme 0 medlemmer`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', 'Godkendt.', 'For stemte 9 (A, V)', 'Undlod at stemme 0 medlemmer'].join('\n');
    expect(parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who])).toEqual([['for', 'A, V']]);
  });

  it('reads a substitute`s label after the absence it covers on one line (`Afbud: A (V). Stedfortræder: B (V).`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', 'Godkendt.', 'Afbud: Lis Dahl (V). Stedfortræder: Kaj Bech (V).', '', '2. Ny sti', 'Beslutning', 'Udsat.', 'Afbud: Lis Dahl (V). Stedfortræder: Kaj Bech (V).'].join('\n');
    expect(parse(text).participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor ?? null])).toEqual([
      ['Lis Dahl', 'apologies', null],
      ['Kaj Bech', 'attended', 'Lis Dahl'],
    ]);
  });

  it('reads an informal referat`s decision from the item`s last line when that line is a verdict', () => {
    const text = [
      'Referat af møde i Prøverådet',
      'tirsdag den 4. maj 2021 kl. 19.00',
      'Til stede: Ida Holm, Kaj Bech',
      '',
      '1. Ny busplan',
      'Busplanen er i høring til 1. juni.',
      'Rådet drøftede planen.',
      '',
      '2. Landsbypuljen',
      'Der er kommet otte ansøgninger.',
      'Punktet blev udsat til næste møde.',
      '',
      '3. Bredbånd',
      'Kaj Bech fortalte om dækningen i landsbyerne.',
      'Der er 300 husstande uden bredbånd.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.title, item.decision?.text ?? null, item.decision?.outcome ?? null, item.decision?.postponed ?? null])).toEqual([
      ['Ny busplan', 'Rådet drøftede planen.', 'discussed', false],
      ['Landsbypuljen', 'Punktet blev udsat til næste møde.', null, true],
      ['Bredbånd', null, null, null],
    ]);
  });
});
