import { parseMinutes } from './parse-minutes.js';

// Item headings that lost their numbers on the way to text (invented texts). A viewer's transcript of an old PDF prints
// each page as one line and drops most numbers: the contents list keeps the first entry's number and runs the titles
// together, each item's page prints a running head, the title and the first field. The list's titles recur as the
// headings in the same order, so each heading takes its number from its place in the list.

const read = (lines: string[]) => parseMinutes(lines.join('\n'), 'synthetic.txt').items.map((item) => [item.number, item.title, item.closed]);

const chrome = ['Prøveudvalget. Referat.', '', 'Størrelse: px', 'Starte visningen fra side:', '', 'Download "Prøveudvalget. Referat. Dato 4. marts 2025"', '', 'Transkript', ''];
const front = '1 Prøveudvalget Referat Dato 4. marts 2025 Mødetidspunkt 15:00 Sted Mødelokale 2, Rådhuset Medlemmer Anna Lund, Bo Krog, Carl Ebbe';

/** An item's account long enough for its page to be a transcript's page line. */
const account = 'Sagen forelægges udvalget til beslutning efter den fastlagte procedure, og administrationen har indhentet de nødvendige oplysninger fra de berørte parter, som fremgår af sagens bilag og af den vedlagte tidsplan for det videre arbejde.';

describe('items whose headings lost their numbers (unit)', () => {
  it('numbers the headings of a transcript by their places in a contents list that ran the titles together', () => {
    const lines = [
      ...chrome,
      front,
      '',
      '2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering fra formanden Vandløbsplan for Prøvebækken - høring Tilskud til naturpleje ved Prøvesøen Salg af grund - LUKKET SAG Eventuelt...9 Bilagsoversigt...10',
      '',
      '3 Prøvekommune Dato Side Prøveudvalget Godkendelse af dagsorden Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Dagsordenen er udsendt. Indstilling Administrationen indstiller, at dagsordenen godkendes. 2',
      '',
      '4 Prøvekommune Dato Side Prøveudvalget Orientering fra formanden Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Formanden orienterer om aktuelle emner. 3',
      '',
      '5 Prøvekommune Dato Side Prøveudvalget Vandløbsplan for Prøvebækken - høring Sagsnr.: 24/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Planen er sendt i høring. 4',
      '',
      '6 Prøvekommune Dato Side Prøveudvalget Tilskud til naturpleje ved Prøvesøen Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Foreningen søger om tilskud til græsning. 5',
      '',
      '7 Prøvekommune Dato Side Prøveudvalget Salg af grund - LUKKET SAG Sagsnr.: 24/ Sagen afgøres i: Prøveudvalget 6',
      '',
      '8 Prøvekommune Dato Side Prøveudvalget Eventuelt Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Intet. 7',
    ];
    expect(read(lines)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Orientering fra formanden', false],
      [3, 'Vandløbsplan for Prøvebækken - høring', false],
      [4, 'Tilskud til naturpleje ved Prøvesøen', false],
      [5, 'Salg af grund', true],
      [6, 'Eventuelt', false],
    ]);
  });

  it('leaves the headings alone where a Markdown heading prints each number over its title (`## 1.` / title)', () => {
    const lines = [
      'Prøvekommune',
      'Referat, Prøveudvalget, 4. marts 2025',
      '',
      'Følgende sager behandles:',
      'Pkt. Tekst',
      '1 Godkendelse af dagsorden',
      '2 Tilskud til naturpleje ved Prøvesøen',
      '',
      '## 1.',
      'Godkendelse af dagsorden',
      '**Beslutning**',
      'Godkendt.',
      '',
      '## 2.',
      'Tilskud til naturpleje ved Prøvesøen',
      '**Beslutning**',
      'Godkendt.',
    ];
    expect(read(lines)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Tilskud til naturpleje ved Prøvesøen', false],
    ]);
  });

  it('reads the first item under its running head where only the later headings kept their numbers', () => {
    const lines = [
      ...chrome,
      `${front} Indholdsfortegnelse Sag Tekst Sidenr. 1. Godkendelse af dagsorden Ansøgning om tilskud til Prøvehallens tag Budgetopfølgning for Prøveudvalget Orientering om ventelister...9`,
      '',
      '2 Prøveudvalget s møde den Godkendelse af dagsorden Beslutning i Prøveudvalget den : Godkendt. 2. Ansøgning om tilskud til Prøvehallens tag 25/10211 Beslutningstema: Hallen søger om tilskud. Sagsfremstilling: Taget er utæt.',
    ];
    expect(read(lines).slice(0, 2)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Ansøgning om tilskud til Prøvehallens tag', false],
    ]);
  });

  it('reads a decision block whose date the transcript lost (`Beslutning i <organ> den : ...`) as the item`s decision', () => {
    const lines = [
      ...chrome,
      front,
      '',
      '2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Ansøgning om tilskud til Prøvehallens tag Budgetopfølgning for Prøveudvalget...9',
      '',
      `3 Prøvekommune Dato Side Prøveudvalget Godkendelse af dagsorden Sagsnr.: 25/ Sagsfremstilling ${account} Indstilling Administrationen indstiller, at dagsordenen godkendes. Beslutning i Prøveudvalget den Godkendt. 2`,
      '',
      `4 Prøvekommune Dato Side Prøveudvalget Ansøgning om tilskud til Prøvehallens tag Sagsnr.: 25/ Sagsfremstilling ${account} Indstilling Administrationen indstiller, at ansøgningen imødekommes. Beslutning i Prøveudvalget den : Udsat. 3`,
    ];
    const items = parseMinutes(lines.join('\n'), 'synthetic.txt').items;
    expect(items.map((item) => [item.number, item.decision?.outcome, item.decision?.postponed ?? false])).toEqual([
      [1, 'approved', false],
      [2, undefined, true],
    ]);
  });

  it('invents no item: a list title that no heading prints ends the reading, and the entries after it stay unread', () => {
    const lines = [
      ...chrome,
      front,
      '',
      '2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering fra formanden Vandløbsplan for Prøvebækken - høring Tilskud til naturpleje ved Prøvesøen Eventuelt...9',
      '',
      '3 Prøvekommune Dato Side Prøveudvalget Godkendelse af dagsorden Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Dagsordenen er udsendt. 2',
      '',
      '4 Prøvekommune Dato Side Prøveudvalget Orientering fra formanden Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Formanden orienterer. Tilskud til naturpleje ved Prøvesøen drøftes senere. 3',
    ];
    const items = read(lines);
    expect(items.map((item) => item[0])).toEqual([1, 2]);
    expect(items.map((item) => item[1])).toEqual(['Godkendelse af dagsorden', 'Orientering fra formanden']);
  });

  it('takes no title out of a sentence: the run`s next title inside prose opens no item', () => {
    const lines = [
      ...chrome,
      front,
      '',
      '2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering fra formanden om det kommende budgetseminar og om mødeplanen for foråret Eventuelt...9',
      '',
      '3 Prøvekommune Dato Side Prøveudvalget Godkendelse af dagsorden Sagsnr.: 25/ Sagen afgøres i: Prøveudvalget Sagsfremstilling Dagsordenen er udsendt. Formanden bad om ordet. Orientering fra formanden om det kommende budgetseminar og om mødeplanen for foråret 2',
    ];
    expect(read(lines).map((item) => item[0])).toEqual([1]);
  });

  it('numbers the headings of a Word referat whose automatic numbering the text lost by its numbered contents list', () => {
    const lines = [
      'Prøveudvalget',
      '',
      'Mødedato: 4. marts 2025',
      '',
      'Indholdsfortegnelse',
      '1.\tGodkendelse af dagsorden\t2',
      '2.\tSkolestruktur i Prøveby - høring\t3',
      '3.\tBudgetopfølgning pr. 31. januar\t4',
      '4.\tLukket punkt: Personalesag\t5',
      '',
      'Godkendelse af dagsorden',
      '',
      'Beslutning',
      'Godkendt.',
      '',
      'Skolestruktur i Prøveby - høring',
      '',
      'Sagsfremstilling',
      'Forvaltningen har udarbejdet et forslag til ny skolestruktur.',
      '',
      'Indstilling',
      'Forvaltningen indstiller,',
      '1. at forslaget sendes i høring',
      '2. at høringsperioden fastsættes til 6 uger',
      '',
      'Beslutning',
      'Indstillingen godkendt.',
      '',
      'Budgetopfølgning pr. 31. januar',
      '',
      'Sagsfremstilling',
      'Der forventes et merforbrug.',
      '',
      'Beslutning',
      'Taget til efterretning.',
      '',
      'Lukket punkt: Personalesag',
    ];
    expect(read(lines)).toEqual([
      [1, 'Godkendelse af dagsorden', false],
      [2, 'Skolestruktur i Prøveby - høring', false],
      [3, 'Budgetopfølgning pr. 31. januar', false],
      [4, 'Personalesag', true],
    ]);
  });

  it('leaves headings alone whose numbers stand on the line over them, a page`s head between', () => {
    const lines = [
      'Prøveudvalget',
      'Mødedato: 4. marts 2025',
      '',
      'Sagsoversigt',
      '01.',
      'Godkendelse af dagsorden ..........3',
      '02.',
      'Vejbelysning - udskiftning til LED ..........4',
      '',
      '01.',
      'Side 3',
      'Godkendelse af dagsorden',
      'Sagsnr.: 25/1021',
      'Beslutning',
      'Godkendt.',
      '',
      '02.',
      'Vejbelysning - udskiftning til LED',
      'Sagsnr.: 24/8830',
      'Beslutning',
      'Godkendt.',
    ];
    const items = parseMinutes(lines.join('\n'), 'synthetic.txt').items;
    expect(items.map((item) => [item.number, item.title, item.line])).toEqual([
      [1, 'Godkendelse af dagsorden', 10],
      [2, 'Vejbelysning - udskiftning til LED', 17],
    ]);
  });

  it('passes headings that print their numbers, so that a title repeated inside an item (an attachment`s) opens nothing', () => {
    const lines = [
      'Prøveudvalg',
      'Referat',
      'Møde 4. marts 2025 kl. 08:00 i Rådhuset',
      'Pkt. Tekst Side',
      '38 Likviditet og resultater pr. 28. februar 2025 1',
      '39 Budgetdirektiv 2026 2',
      'Prøveudvalg, 4. marts 2025 Side 1',
      '',
      '38 Likviditet og resultater pr. 28. februar 2025',
      'Sagsfremstilling',
      'Økonomiafdelingen sender opgørelsen til orientering.',
      'Bilag',
      'Likviditet og resultater pr. 28. februar 2025',
      'Beslutning',
      'Orientering taget til efterretning.',
      'Prøveudvalg, 4. marts 2025 Side 1',
      '',
      '39 Budgetdirektiv 2026',
      'Sagsfremstilling',
      'Økonomiafdelingen har udarbejdet forslag til budgetdirektiv.',
      'Beslutning',
      'Godkendt.',
      'Prøveudvalg, 4. marts 2025 Side 2',
    ];
    expect(read(lines).map((item) => item.slice(0, 2))).toEqual([
      [38, 'Likviditet og resultater pr. 28. februar 2025'],
      [39, 'Budgetdirektiv 2026'],
    ]);
  });

  it('leaves a list of one entry a line alone: a part heading between its entries is no title whose number was lost', () => {
    const lines = [
      'Prøveudvalget',
      'Mødedato: 4. marts 2025',
      '',
      'Indholdsfortegnelse',
      '41. Godkendelse af dagsorden',
      '42. Vinterberedskab 2025/26',
      'Meddelelsessager',
      '43. Meddelelser',
      '',
      '41. Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      '',
      '42. Vinterberedskab 2025/26',
      'Beslutning',
      'Taget til efterretning.',
      '',
      'Meddelelsessager',
      '',
      '43. Meddelelser',
      'Beslutning',
      'Til efterretning.',
    ];
    expect(read(lines)).toEqual([
      [41, 'Godkendelse af dagsorden', false],
      [42, 'Vinterberedskab 2025/26', false],
      [43, 'Meddelelser', false],
    ]);
  });
});
