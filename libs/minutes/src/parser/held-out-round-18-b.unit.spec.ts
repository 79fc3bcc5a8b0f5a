import { parseMinutes } from './parse-minutes.js';

// Conventions the eighteenth held-out round of issue 12 (half B: Hovedstaden and Sjælland) showed the reader missing
// (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the eighteenth held-out round (half B)', () => {
  it('reads a forwarded mail: the forwarder`s note goes, the passed-on referat is read with its quote marks off', () => {
    const text = [
      'Fra: Ida Holt',
      'Til: Bestyrelsen',
      'Dato: 4. maj 2004 22:10',
      'Emne: VS: Referat Kulturudvalget 29.4.2004',
      '',
      'Hej alle',
      'Til stede: kun os fra bestyrelsen, se nedenfor.',
      '',
      '-- ',
      'Ida Holt',
      '',
      '-----Oprindelig meddelelse-----',
      'Fra: Sekretariatet',
      'Sendt: 3. maj 2004 09:12',
      'Til: Kulturudvalget',
      'Emne: Referat Kulturudvalget 29.4.2004',
      '',
      '> ÅDAL KOMMUNE',
      '> Kulturudvalget',
      '>',
      '> Referat af møde torsdag den 29. april 2004 kl. 17.00',
      '> Sted: Ådal Rådhus, mødelokale 2',
      '>',
      '> Til stede: Per Bak, Lis Dam',
      '> Afbud: Ole Lund',
      '>',
      '> Punkt 1 - Godkendelse af dagsorden',
      '> Beslutning: Godkendt.',
      '>',
      '> Punkt 2 - Tilskud til byfesten',
      '> Sagsnr. 04/0311',
      '> Beslutning: Bevilget 5.000 kr.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.startTime, parsed.meeting.location]).toEqual([
      'Kulturudvalget',
      '2004-04-29',
      '17:00',
      'Ådal Rådhus, mødelokale 2',
    ]);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', null, 'approved'],
      [2, 'Tilskud til byfesten', '04/0311', 'approved'],
    ]);
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Per Bak', 'attended'],
      ['Lis Dam', 'attended'],
      ['Ole Lund', 'apologies'],
    ]);
  });

  it('reads a Word referat through `pandoc -t plain`: grid and simple tables of label and value, decisions in cells', () => {
    const text = [
      'Ådal Kommune',
      '',
      'REFERAT FRA IDRÆTSRÅDETS MØDE',
      '',
      '',
      '+--------------+------------------------------------+',
      '| Mødedato     | Onsdag den 6. november 2019        |',
      '+--------------+------------------------------------+',
      '| Mødested     | Ådal Rådhus, lokale 4              |',
      '+--------------+------------------------------------+',
      '| Deltagere    | Per Bak (formand)                  |',
      '|              |                                    |',
      '|              | Lis Dam (Ådal Boldklub)            |',
      '+--------------+------------------------------------+',
      '| Afbud        | Ole Lund (Ådal Svømmeklub)         |',
      '+--------------+------------------------------------+',
      '',
      '1. Godkendelse af dagsorden',
      '',
      '  ---------- ---------',
      '  Beslutning Godkendt.',
      '  ---------- ---------',
      '',
      '2. Tilskud til nye mål på stadion',
      '',
      '+--------------+------------------------------------+',
      '| Sagsnr.      | 19/0871                            |',
      '+--------------+------------------------------------+',
      '| Beslutning   | Idrætsrådet anbefaler              |',
      '|              | Kulturudvalget at bevilge          |',
      '|              | tilskuddet.                        |',
      '|              |                                    |',
      '|              | Lis Dam forlod mødet under         |',
      '|              | punktet.                           |',
      '+--------------+------------------------------------+',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.location]).toEqual(['2019-11-06', 'Ådal Rådhus, lokale 4']);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', null, 'approved'],
      [2, 'Tilskud til nye mål på stadion', '19/0871', 'recommended'],
    ]);
    expect(parsed.items[1]!.decision?.text).toContain('Idrætsrådet anbefaler Kulturudvalget at bevilge tilskuddet.');
    expect(parsed.items[1]!.decision?.text).not.toContain('|');
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Per Bak', 'attended'],
      ['Lis Dam', 'attended'],
      ['Ole Lund', 'apologies'],
    ]);
  });

  it('reads several members on one line under an absence label, each with the party or organisation in parentheses', () => {
    const text = [
      'Københavns Kommune',
      'Nordhavn Lokaludvalg',
      'Mødedato: 02.03.2016, kl. 19:00',
      'Mødested: Kulturhuset, sal 2',
      '1. Godkendelse af dagsorden',
      'Beslutning',
      'Dagsordenspunkt 1: Godkendelse af dagsorden',
      'Nordhavn Lokaludvalgs beslutning i mødet den 2. marts 2016',
      'Fraværende med afbud:',
      'Ane Bo (SF), Per Holm (Nordhavns Roklub) og Lis Krag (V)',
      'Deltagerne var:',
      '1. Ib Dal (A), formand',
      '2. Eva Ris (Ø)',
      'Dagsordenen blev godkendt.',
      'Til top',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Ane Bo', 'apologies'],
      ['Per Holm', 'apologies'],
      ['Lis Krag', 'apologies'],
      ['Ib Dal', 'attended'],
      ['Eva Ris', 'attended'],
    ]);
  });

  it('reads a hearing the committee sent out, told in the case`s prose, as an earlier treatment (`sendte den <dato> ... i høring`)', () => {
    const text = [
      'Referat',
      'Miljøudvalget',
      'Mandag den 9. marts 2020 kl. 15.00',
      '',
      '1. Vandplan for Ådalen',
      'Sagsfremstilling',
      'Miljøudvalget sendte den 13. januar 2020 udkastet til vandplan i offentlig høring. Der er kommet fem svar.',
      'Forvaltningen sendte den 2. februar 2020 et notat til lodsejerne.',
      'Beslutning',
      'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date])).toEqual([['Miljøudvalget', '2020-01-13']]);
  });

  it('reads a partial presence whose member`s name a hard-wrapped text broke over the line end', () => {
    const text = [
      'Kulturudvalget',
      'Referat af møde torsdag den 29. april 2004 kl. 17.00',
      'Sted: Ådal Rådhus, mødelokale 2',
      'Til stede: Per Bak, Lis Dam, Ole Lund',
      '',
      'Punkt 1 - Meddelelser',
      'Formanden orienterede om byfesten den 5. juni. Ole',
      'Lund forlod mødet kl. 18.10 under punktet.',
      'Beslutning: Til efterretning.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.filter((person) => person.partial).map((person) => person.name)).toEqual(['Ole Lund']);
  });

  it('reads a counted vote naming the voters in brackets after the count, also wrapped before the bracket', () => {
    const text = [
      'Kulturudvalget',
      'Referat af møde torsdag den 29. april 2004 kl. 17.00',
      'Til stede: Per Bak, Lis Dam, Ole Lund, Eva Ris',
      '',
      'Punkt 1 - Tilskud til koret',
      'Beslutning: Ansøgningen blev afslået. For afslag stemte 3, imod stemte 1 (Ole Lund).',
      '',
      'Punkt 2 - Tilskud til spejderne',
      'Beslutning: Ansøgningen blev afslået, da foreningen ikke er godkendt. For afslag stemte 2, imod stemte 2',
      '(Lis Dam og Eva Ris).',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => (item.decision?.votes ?? []).map((vote) => [vote.position, vote.who]))).toEqual([
      [['against', 'Ole Lund']],
      [['against', 'Lis Dam og Eva Ris']],
    ]);
  });
});
