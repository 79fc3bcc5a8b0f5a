import { parseMinutes } from './parse-minutes.js';

// Conventions the eighth held-out round of issue 12 (half B: Sjælland, Hovedstaden and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the eighth held-out round (half B)', () => {
  it('reads a Word referat`s agenda table whose rows are tab-joined cells, a wrapped cell going on below, across a page break', () => {
    const text = [
      'BESLUTNINGSREFERAT', 'Prøverådet', 'Dato:\tOnsdag den 5. april 2017', '',
      'Nr.\tTitel\tKonklusion',
      '1.\tGodkendelse af dagsorden\tGodkendt.',
      '2.\tTilskud til sommerlejr for\tTilskuddet blev bevilget',
      '\tspejderne i Nordby\tmed 12.000 kr.',
      'Side 1 af 2',
      '\f\t\tRestbeløbet overføres.',
      '3.\tEventuelt\tIntet.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Tilskud til sommerlejr for spejderne i Nordby', 'approved'],
      [3, 'Eventuelt', 'other'],
    ]);
    expect(items[1]!.decision?.text).toContain('Restbeløbet overføres.');
  });

  it('leaves tab-separated lines alone where no head names a number, a title and a decision column', () => {
    const text = ['Prøverådet', 'Dato:\t5. april 2017', '', 'Navn\tTil stede\tAfbud', 'Anne Holm\tX\t', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden']);
  });

  it('reads `Udvalget afslog ansøgningen` and `<organ> kan ikke anbefale ...` as rejections', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Ansøgning om tilskud', 'Beslutning', 'Udvalget afslog ansøgningen, da rejser ikke er omfattet.', '',
      '2. Ansøgning om lokaler', 'Beslutning', 'Prøverådet kan ikke anbefale ansøgningen.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['rejected', 'rejected']);
  });

  it('reads the body recommended to where a line ending in `over for` puts the body on the next line', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Anlægstilskud til klubhus', 'Beslutning', 'Rådet anbefaler over for', 'Fritids- og Idrætsudvalget, at', 'der gives 50.000 kr.'].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Fritids- og Idrætsudvalget' });
  });

  it('reads counted vote lines `For stemte 44 medlemmer: A, B og C` and `Undlod at stemme 1 medlem: Å`', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Salg af grund', 'Beslutning', 'Indstillingen blev godkendt efter følgende afstemning:',
      'For stemte 40 medlemmer: A, B og C', 'Imod stemte 9 medlemmer: Ø', 'Undlod at stemme 1 medlem: Å'].join('\n');
    const votes = parse(text).items[0]!.decision?.votes ?? [];
    expect(votes.map((vote) => [vote.position, vote.who])).toEqual([['for', 'A, B og C'], ['against', 'Ø'], ['abstained', 'Å']]);
  });

  it('takes the proposal`s own verdict after amendments voted down before it (`Ændringsforslag ... blev forkastet`, a quoted amendment)', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Lokalplan for havnen', 'Beslutning',
      'Ændringsforslag stillet af Ø:', '"Andelen af almene boliger hæves."', 'Ændringsforslaget blev forkastet efter følgende afstemning:', 'For stemte: Ø',
      'Indstillingen blev herefter godkendt.', '', '2. Budget 2018', 'Beslutning',
      'Ændringsforslag nr. 1 fra Å om en grøn pulje blev forkastet.For stemte: Å.Imod stemte: A og V.', 'Budgettet blev herefter vedtaget.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'approved']);
  });

  it('reads the absences a first decision states after the meeting`s times, with reasons after `;`, and `I stedet for A deltog stedfortræder B.`', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Valg af næstformand', 'Beslutning', 'Mødet startede kl. 16.00 og sluttede kl. 18.10.',
      'Fraværende med afbud: Anne Holm (A), ferie; Bo Lind (V), sygdom', 'I stedet for Anne Holm (A) deltog stedfortræder Kim Dahl (A).', 'Indstillingen blev godkendt uden afstemning.'].join('\n');
    const result = parse(text);
    expect(result.participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null])).toEqual([
      ['Anne Holm', 'apologies', null],
      ['Bo Lind', 'apologies', null],
      ['Kim Dahl', 'attended', 'Anne Holm'],
    ]);
    expect(result.items[0]!.decision?.outcome).toBe('approved');
  });

  it('reads a head`s substitute sentences run together without a space (`I stedet for A mødte B.I stedet for C mødte D.`)', () => {
    const text = ['Referat', 'til', 'mødet i Prøverådet', 'den 5. april 2017 kl. 17:00', '', 'Afbud fra:', 'Anne Holm', 'Bo Lind', '',
      'I stedet for Anne Holm mødte Kim Dahl.I stedet for Bo Lind mødte Eva Sand.', '', '1. Meddelelser', 'Åbent - 00.01.00-A00-1-17', 'BESLUTNING', 'Taget til efterretning.'].join('\n');
    expect(parse(text).participants.filter((person) => person.substituteFor).map((person) => [person.name, person.substituteFor])).toEqual([
      ['Kim Dahl', 'Anne Holm'],
      ['Eva Sand', 'Bo Lind'],
    ]);
  });

  it('reads a reservation glued to the verdict before it (`Godkendt.Ø tog forbehold.`)', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Lokalplan 12', 'Beslutning', 'Godkendt.Ø tog forbehold.'].join('\n');
    expect(parse(text).items[0]!.decision?.reservations?.flatMap((reservation) => reservation.who)).toEqual(['Ø']);
  });

  it('keeps an item page`s one-sentence teaser under a long title out of the title', () => {
    const text = ['Prøverådet', 'Mødedato: 05.04.2017, kl. 17:00', '', '1. Kommunegaranti for lån til det nye varmeværk i Nordby',
      'Se alle bilag', 'Varmeværket ønsker en kommunegaranti for et lån på 40 mio. kr.', 'Indstilling', 'At garantien gives.', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.title).toBe('Kommunegaranti for lån til det nye varmeværk i Nordby');
  });

  it('reads `<organ> den D. måned YYYY` alone over its verdict as an earlier block, not a page`s running head `Møde i <organ> den ...`', () => {
    const text = ['Prøverådet', 'Mødetidspunkt 25-08-2014 18:00', '', 'Møde i Prøverådet den 25. august 2014', '1  Åbent         Lokalplan 12', '018744-2014',
      'Indstilling', 'Planudvalget den 11. august 2014', 'Anbefales.', 'Beslutning', 'Godkendt.', '______', 'Møde i Prøverådet den 25. august 2014',
      '2  Åbent         Meddelelser', '050527-2014', 'Beslutning', 'Taget til efterretning.'].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.outcome]))).toEqual([[['Planudvalget', '2014-08-11', 'recommended']], []]);
    expect(items.map((item) => item.decision?.outcome)).toEqual(['approved', 'noted']);
  });

  it('reads votes counted in prose with the parties in brackets (`med 16 stemmer (C og V) mod 2 (Ø), idet 1 (O) undlod at stemme`)', () => {
    const text = ['Prøverådet', 'Dato: 5. april 2017', '', '1. Lokalplan 12', 'Beslutning', 'Godkendt med 16 stemmer (C og V) mod 2 (Ø og F), idet 1 (O) undlod at stemme.', '',
      '2. Forslag om gratis busser', 'Beslutning', 'Forslaget blev ikke vedtaget, idet 2 (Ø) stemte for, og 17 (C og V) stemte imod.', '',
      '3. Lokalplan 13', 'Beslutning', 'Lokalplanen blev vedtaget med 15 stemmer mod 4 (SF og', 'Enhedslisten).'].join('\n');
    const votes = parse(text).items.map((item) => (item.decision?.votes ?? []).map((vote) => [vote.position, vote.who]));
    expect(votes).toEqual([
      [['for', 'C og V'], ['against', 'Ø og F'], ['abstained', 'O']],
      [['for', 'Ø'], ['against', 'C og V']],
      [['against', 'SF og Enhedslisten']],
    ]);
  });

  it('reads the body under a title cut after `møde i` (`Referat af møde i` / a blank line / `<organ>`)', () => {
    const text = ['Prøve Kommune', '', 'Referat af møde i ', ' ', 'Prøverådet', '', 'Mødetidspunkt 25-08-2014 18:00', '', '1  Åbent         Meddelelser', '050527-2014', 'Beslutning', 'Taget til efterretning.'].join('\n');
    expect(parse(text).meeting).toMatchObject({ body: 'Prøverådet', date: '2014-08-25' });
  });

  it('reads a local committee`s items whose decisions are numbered points (`1. Dagsordenen blev godkendt.`), each with its reference (`PLU 7/2009`) under the heading', () => {
    const text = ['PRØVE LOKALUDVALG', 'Referat af ordinært møde onsdag den 18. februar 2009 kl. 19.00', '',
      '1. Godkendelse af dagsorden', 'PLU 7/2009', 'Formanden indstiller,', '1. at dagsordenen godkendes.', '',
      'Prøve Lokaludvalgs beslutning på mødet den 18. februar 2009:', '1. Dagsordenen blev godkendt.', '',
      '2. Høringssvar om lokalplan for havnen', 'PLU 3/2009', 'Byudviklingsgruppen har skrevet et udkast.', 'Gruppen har holdt to møder.', 'Sekretariatet indstiller,', '1. at udkastet vedtages.', '',
      'Prøve Lokaludvalgs beslutning på mødet den 18. februar 2009:', '1. Udkastet blev vedtaget.', '',
      '3. Eventuelt', 'PLU 15/2009', '', 'Prøve Lokaludvalgs beslutning på mødet den 18. februar 2009:', '1. Intet.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Høringssvar om lokalplan for havnen', 'approved'],
      [3, 'Eventuelt', 'other'],
    ]);
  });

  it('reads attendance sentences written in capitals (`... 1. SUPPLEANT B DELTOG I STEDET.`, `C VAR FRAVÆRENDE UDEN AFBUD.`)', () => {
    const text = ['PRØVE LOKALUDVALG', 'Referat af ordinært møde onsdag den 18. februar 2009 kl. 19.00', '', 'FRAVÆRENDE',
      'AFBUD FRA ANNE HOLM, SF. 1. SUPPLEANT BO LIND DELTOG I STEDET.', 'KIM DAHL VAR FRAVÆRENDE UDEN AFBUD.', '',
      '1. Godkendelse af dagsorden', 'PLU 7/2009', '', 'Prøve Lokaludvalgs beslutning på mødet den 18. februar 2009:', '1. Dagsordenen blev godkendt.'].join('\n');
    const people = parse(text).participants.map((person) => [person.name.toLowerCase(), person.attendance, person.substituteFor?.toLowerCase() ?? null]);
    expect(people).toEqual(expect.arrayContaining([['anne holm', 'apologies', null], ['bo lind', 'attended', 'anne holm'], ['kim dahl', 'absent', null]]));
  });

  it('reads a typewritten protocol: `~~~~` under the heading dropped, `J.nr.` with a bare KLE as the case, `(lukket).` closing a title', () => {
    const text = ['PRØVE KOMMUNE', 'Byrådet', 'Dato: 27. marts 2001', '',
      'Pkt. 1.   Godkendelse af dagsorden.', '          ~~~~~~~~~~~~~~~~~~~~~~~~~~', 'J.nr. 00.01.00A00', '', 'Byrådets beslutning:', 'Godkendt.', '',
      'Pkt. 2.   Køb af ejendom (lukket).', '          ~~~~~~~~~~~~~~~~~~~~~~~~', 'J.nr. 82.01.00G01', '', 'Sagen behandlet for lukkede døre.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.caseNumber, item.closed])).toEqual([
      [1, 'Godkendelse af dagsorden.', '00.01.00A00', false],
      [2, 'Køb af ejendom', '82.01.00G01', true],
    ]);
  });

  it('keeps the serial under a bare KLE classification as the case (`J.nr.: 00.30.10S00` / `Sagsid.: 02/1188`)', () => {
    const text = ['Prøverådet', 'Dato: 12. juni 2002', '', '64. Regnskab 2001', 'J.nr.: 00.30.10S00', 'Sagsid.: 02/1188', '', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.caseNumber).toBe('02/1188');
  });

  it('names a municipality before 2007 written in capitals (`RØNNE KOMMUNE`) as its successor, keeping the former name', () => {
    const text = ['RØNNE KOMMUNE', '', 'Byrådet', 'Dato: 27. marts 2001', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).municipality).toMatchObject({ name: 'Bornholm', formerName: 'Rønne' });
  });
});
