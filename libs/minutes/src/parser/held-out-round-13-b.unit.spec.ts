import { readOutcome } from './decision-outcome.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the thirteenth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const attendanceOf = (text: string) => parse(text).participants.map((person) => [person.name, person.attendance, person.partial ?? null]);

describe('conventions from the thirteenth held-out round (half B)', () => {
  it('reads a referat kept as pipe tables: the head table`s first row as a label and its value, the item table`s rows as items', () => {
    const text = [
      'Fritidsudvalget',
      '',
      '| Dato    | Tirsdag den 3. maj 2022 |',
      '|---------|-------------------------|',
      '| Sted    | Byrådssalen             |',
      '',
      '| Nr. | Titel | Sagsnr. | Beslutning |',
      '|-----|-------|---------|------------|',
      '| 1 | Godkendelse af dagsorden |  | Godkendt. |',
      '| 2 | Tilskud til Vestegnens Rideklub | 22/3318 | Sagen blev udsat på mødet den 5. april 2022.<br>Tilskuddet blev bevilget.<br>For stemte: Ole Friis og Maja Lund<br>Imod stemte: Ib Berg |',
      '| 3 | Meddelelser |  | Taget til efterretning. |',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.location]).toEqual(['2022-05-03', 'Byrådssalen']);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', null, 'approved'],
      [2, 'Tilskud til Vestegnens Rideklub', '22/3318', 'approved'],
      [3, 'Meddelelser', null, 'noted'],
    ]);
    expect((parsed.items[1]!.decision?.votes ?? []).map((vote) => [vote.position, vote.who])).toEqual([
      ['for', 'Ole Friis og Maja Lund'],
      ['against', 'Ib Berg'],
    ]);
  });

  it('reads a referat sent as a mail: the header is the mail`s, the subject its title, the quoted earlier mail no items', () => {
    const text = [
      'Fra: Sekretariatet',
      'Sendt: 2. juni 2015 08:41',
      'Til: Seniorrådet; Hanne Vig; Bo Krogh',
      'Emne: SV: Referat fra Seniorrådets møde den 28. maj 2015',
      '',
      'Hej alle',
      '',
      'Sted: Medborgerhuset',
      'Til stede: Hanne Vig, Bo Krogh',
      'Ikke mødt: Lis Dahl',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '',
      '2. Trafik ved plejecentret',
      'Rådet har fået svar fra vejafdelingen.',
      'Beslutning: Taget til efterretning.',
      '',
      '-----Oprindelig meddelelse-----',
      'Fra: Sekretariatet',
      'Sendt: 14. maj 2015 10:02',
      'Til: Seniorrådet',
      'Emne: Dagsorden til mødet den 28. maj 2015',
      '',
      '> 1. Godkendelse af dagsorden',
      '> 2. Trafik ved plejecentret',
      '> 3. Eventuelt',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.startTime ?? null]).toEqual(['Seniorrådet', '2015-05-28', null]);
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', 'approved'],
      [2, 'Trafik ved plejecentret', 'noted'],
    ]);
    expect(parsed.participants.find((person) => person.name === 'Lis Dahl')?.attendance).toBe('absent');
  });

  it('reads the next number over a sentence and its `Beslutning: <text>` as the next item, not a list`s point', () => {
    const text = [
      'Ungdomsrådet',
      'Dato: 12. marts 2019',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '',
      '2. Skatepark ved havnen',
      'Kommunen har fundet en grund bag sejlklubben.',
      'Beslutning: Rådet bakker op om placeringen.',
      '',
      '3. Eventuelt',
      'Jonas Bak spurgte til busserne om natten.',
      'Beslutning: Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.'],
      [2, 'Skatepark ved havnen', 'Rådet bakker op om placeringen.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });

  it('reads a member`s partial presence from the text over a decision (a bullet too) and from a bracket after a role', () => {
    const text = [
      'Handicaprådet',
      'Dato: 9. oktober 2018',
      '',
      'Deltagere:',
      '• Kim Storm',
      '• Rikke Holm (repræsentant for DH, deltog fra pkt. 2)',
      '• Ulla Bro',
      '',
      'Ad. 1 Godkendelse af dagsorden',
      'Dagsordenen blev godkendt.',
      '',
      'Ad. 2 Eventuelt',
      '• Ulla Bro forlod mødet under dette punkt.',
      'Beslutning: Intet.',
    ].join('\n');
    expect(attendanceOf(text)).toEqual([
      ['Kim Storm', 'attended', null],
      ['Rikke Holm', 'attended', 'deltog fra pkt. 2'],
      ['Ulla Bro', 'attended', 'forlod mødet under dette punkt'],
    ]);
  });

  it('names Bornholm by its own name, `Bornholms Regionskommune`', () => {
    const text = ['BORNHOLMS REGIONSKOMMUNE', 'Børne- og Skoleudvalget', 'Dato: 4. juni 2019', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).municipality?.name).toBe('Bornholm');
  });

  it('reads an item told in prose over more than three lines: its last line is the decision when it reads as a verdict', () => {
    const text = [
      'Landsbyrådet',
      'Dato: 2. februar 2021',
      '',
      'Ad. 1 Godkendelse af dagsorden',
      'Godkendt.',
      '',
      'Ad. 2 Stier i Nørreskoven',
      'Naturstyrelsen fortalte om de nye stier.',
      '• En sti langs søen',
      '• En sti til udsigtstårnet',
      'Flere medlemmer ønskede bænke ved søen.',
      'Rådet besluttede at støtte planen med 15.000 kr.',
      '',
      'Ad. 3 Eventuelt',
      'Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.text ?? null])).toEqual([
      [1, 'Godkendt.'],
      [2, 'Rådet besluttede at støtte planen med 15.000 kr.'],
      [3, 'Intet.'],
    ]);
  });

  it('reads an earlier treatment told as `<organ> behandlede <noun> den <dato>`', () => {
    const text = [
      'Ældrerådet',
      'Dato: 6. april 2016',
      '',
      '1. Høring om madservice',
      'Sagsnr. 16/220',
      'Social- og Ældreudvalget behandlede politikken den 15. marts 2016 og sendte den i høring.',
      'Beslutning: Rådet har ingen bemærkninger.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date])).toEqual([['Social- og Ældreudvalget', '2016-03-15']]);
  });

  it('reads a council`s decision to give a hearing response, and a response that recommends a change, as comments; an allocation the body made as approval', () => {
    expect(readOutcome('Ældrerådet besluttede at afgive et skriftligt høringssvar.').outcome).toBe('commented');
    expect(readOutcome('Rådet afgav høringssvar og anbefaler, at åbningstiden udvides.').outcome).toBe('commented');
    // (What is recommended named after the verb stays a recommendation.)
    expect(readOutcome('Rådet afgav høringssvar og anbefaler standarden.').outcome).toBe('recommended');
    expect(readOutcome('Udvalget fordelte midlerne efter den nye model.').outcome).toBe('approved');
  });
});
