import { parseMinutes } from './parse-minutes.js';

// Conventions the tenth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the tenth held-out round (half B)', () => {
  it('reads a dated block whose body is only its body word (`Byrådet, 12.05.2020`) among other bodies` blocks', () => {
    const text = [
      'Referat', 'Byrådet 12. maj 2020', '', 'Dato', '', '12.05.2020', '', 'Tid', '', '19.00', '',
      '41. Skolestruktur', '', 'Beslutning', '', 'Byrådet, 10.03.2020', '', 'Forslaget sendes i høring.', '', 'Økonomiudvalget, 05.05.2020', '', 'Anbefales.', '',
      'Byrådet, 12.05.2020', '', 'Godkendt.',
      '42. Takster for svømmehallen', '', 'Beslutning', '', 'Byrådet, 12.05.2020', '', 'Sagen blev sendt tilbage til Kulturudvalget.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.decision?.outcome, item.decision?.text.trim()])).toEqual([
      [41, 'approved', 'Godkendt.'],
      [42, 'other', 'Sagen blev sendt tilbage til Kulturudvalget.'],
    ]);
    expect(items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.outcome])).toEqual([
      ['Byrådet', '2020-03-10', 'approved'],
      ['Økonomiudvalget', '2020-05-05', 'recommended'],
    ]);
  });

  it('reads a count for without parties and the other side after `og` (`med 19 stemmer for og 4 imod (K og Ø)`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Vedtægt for forsyningen', 'Beslutning', 'Vedtægten blev godkendt med 19 stemmer for og 4 imod (K og Ø).'].join('\n');
    const decision = parse(text).items[0]!.decision!;
    expect([decision.outcome, (decision.votes ?? []).map((vote) => [vote.position, vote.who])]).toEqual(['approved', [['against', 'K og Ø']]]);
  });

  it('reads an old protocol`s `Beslutning i <organ>:` as the decision and a group-level KLE number after `J.nr.` as the case', () => {
    const text = ['PRØVE KOMMUNE', 'Protokol for Byrådets møde torsdag den 7. marts 1991 kl. 19.00 på Rådhuset.', '',
      '12.   GODKENDELSE AF DAGSORDEN.', '      J.nr. 00.01A00', '', 'Beslutning i Byrådet:', 'Godkendt.', '',
      '13.   VEJBELYSNING I SKOLEGADE.', '      J.nr. 05.01G01', '', 'Beslutning i Teknisk Udvalg:', 'Sagen blev udsat.'].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.caseNumber ?? null, item.decision?.outcome ?? (item.decision?.postponed ? 'postponed' : null)])).toEqual([
      [12, '00.01A00', 'approved'],
      [13, '05.01G01', 'postponed'],
    ]);
  });

  it('keeps the other number as the case where a group-level classification stands beside it (`J.nr.: 00.01A00 Sagsid.: 09/1234`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Godkendelse af dagsorden', 'J.nr.: 00.01A00 Sagsid.: 09/1234', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.caseNumber).toBe('09/1234');
  });

  it('reads `LUKKET DEL AF MØDET` under a page`s running date line as the closed part, not as the decision above it', () => {
    const text = [
      'PRØVE KOMMUNE', '                                  Side 1', 'Protokol for Byrådets møde torsdag den 7. marts 1991 kl. 19.00.', '',
      '12.   REGNSKAB 1990.', '', 'Beslutning i Byrådet:', 'Godkendt.', '', '                                  Side 2', 'Prøve Byråd, 07.03.1991', '',
      '13.   MEDDELELSER.', '', 'Beslutning i Byrådet:', 'Til efterretning.', '', '                                  Side 3', 'Prøve Byråd, 07.03.1991', '',
      '      LUKKET DEL AF MØDET', '', '14.   KØB AF JORD VED HAVNEN.', '', '15.   PERSONALESAG.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.closed, item.decision?.text.trim() ?? null])).toEqual([
      [12, false, 'Godkendt.'],
      [13, false, 'Til efterretning.'],
      [14, true, null],
      [15, true, null],
    ]);
  });

  it('reads a grant or permit given or refused in few words (`Bevillingen blev givet.`, `Tilskud på 5.000 kr. bevilget.`, `Tilladelse meddeles ikke.`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Anlægsbevilling til hallen', 'Beslutning', 'Bevillingen blev givet.', '',
      '2. Tilskud til koret', 'Beslutning', 'Tilskud på 5.000 kr. bevilget.', '', '3. Boring ved åen', 'Beslutning', 'Tilladelse meddeles ikke.', '',
      '4. Orientering om budget', 'Beslutning', 'Orientering givet.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'approved', 'rejected', 'noted']);
  });

  it('reads a member absent under the first decisions only as away for those items, not from the meeting', () => {
    const decision = (absent: boolean) => ['Beslutning', ...(absent ? ['Fraværende: Ib Holm (F).'] : []), 'Godkendt.', ''];
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Godkendelse af dagsorden', ...decision(true), '2. Vejplan', ...decision(true), '3. Stiplan', ...decision(true),
      '4. Trafikplan', ...decision(false), '5. Parkering', ...decision(false), '6. Meddelelser', ...decision(false)].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.map((person) => person.name)).not.toContain('Ib Holm');
    expect(parsed.items.map((item) => item.absences.map((person) => person.name))).toEqual([['Ib Holm'], ['Ib Holm'], ['Ib Holm'], [], [], []]);
  });

  it('reads one member a line with the seat after a comma (`Bo Berg, næstformand, Roklubben`, `Ida Lund, Kommunalbestyrelsen`)', () => {
    const text = ['Referat fra møde i Prøverådet', 'Onsdag den 15. maj 2019 kl. 17.00', '', 'Til stede:', 'Anne Holm, formand, udpeget af Kommunalbestyrelsen',
      'Bo Berg, næstformand, Roklubben Bølgen', 'Ida Lund, Kommunalbestyrelsen', 'Afbud:', 'Carl Dahl, Kommunalbestyrelsen', 'Eva Krog, Ældre Sagen, formand', '',
      '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Anne Holm', 'attended'], ['Bo Berg', 'attended'], ['Ida Lund', 'attended'], ['Carl Dahl', 'apologies'], ['Eva Krog', 'apologies'],
    ]);
  });

  it('reads a departure right under the head`s substitute sentence as that member`s partial presence', () => {
    const text = ['Referat fra møde i Prøverådet', 'Onsdag den 15. maj 2019 kl. 17.00', '', 'Til stede:', 'Anne Holm, formand', 'Bo Berg, Roklubben', 'Afbud:', 'Carl Dahl', 'Referent: Pia Lund', '',
      'Bo Berg deltog som suppleant for Carl Dahl.', 'Anne Holm forlod mødet kl. 18.15 under punkt 2.', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    const anne = parse(text).participants.find((person) => person.name === 'Anne Holm');
    expect(anne?.partial).toBe('forlod mødet kl. 18.15 under punkt 2');
  });

  // (Since the thirteenth round, half B: a longer body told in prose has its last line as the decision when it reads as a
  // verdict, as informal referater write it; before, such a body was read as prose without a decision.)
  it('reads an item without section labels whose body is only its verdict as decided (`Ad 1.` / `Dagsordenen blev godkendt.`, `Intet.`)', () => {
    const text = ['Referat fra møde i Prøverådet', 'Onsdag den 15. maj 2019 kl. 17.00', '', 'Ad 1. Godkendelse af dagsorden', 'Dagsordenen blev godkendt.', '',
      'Ad 2. Orientering om byggeriet', 'Formanden fortalte om tidsplanen for byggeriet og om de nye tegninger,', 'som rådet fik udleveret på mødet. Byggeriet går i gang i juni,',
      'og der holdes et borgermøde i august, hvor naboerne kan stille spørgsmål.', 'Rådet tog orienteringen til efterretning.', '', 'Ad 3. Eventuelt', 'Intet.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.outcome ?? null, item.decision?.text.trim() ?? null])).toEqual([
      [1, 'approved', 'Dagsordenen blev godkendt.'],
      [2, 'noted', 'Rådet tog orienteringen til efterretning.'],
      [3, 'other', 'Intet.'],
    ]);
  });

  it('reads a sum granted to a named applicant (`Koret får 7.500 kr.`) as approved', () => {
    const text = ['Prøverådet', 'Dato: 4. marts 2013', '', '1. Ansøgninger til puljen', 'Konklusion: Vestegnens Kor får 7.500 kr. Ansøgningen fra Dansegruppen blev afslået.'].join('\n');
    expect(parse(text).items[0]!.decision?.outcome).toBe('approved');
  });

  it('reads a status cell with the items it holds for (`| Bo Berg | Til stede fra punkt 3 |`) as present for part of the meeting', () => {
    const text = ['# Referat – Prøverådet', '', '**Dato:** Tirsdag den 11. februar 2025, kl. 13:00', '', '| Navn | Fremmøde |', '|------|----------|', '| Anne Holm | Til stede |',
      '| Bo Berg | Til stede fra punkt 3 |', '| Carl Dahl | Afbud |', '| Ida Lund | Til stede |', '', '## 1. Godkendelse af dagsorden', '', '**Beslutning:** Godkendt.'].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.attendance, person.partial ?? null])).toEqual([
      ['Anne Holm', 'attended', null], ['Bo Berg', 'attended', 'fra punkt 3'], ['Carl Dahl', 'apologies', null], ['Ida Lund', 'attended', null],
    ]);
  });

  it('reads an earlier meeting`s verdict in brackets after its item (`Prøverådet, 10. december 2024, punkt 5 (udsat)`)', () => {
    const text = ['Prøverådet', 'Dato: 4. marts 2025', '', '1. Tilskud til seniordag', 'Tidligere behandling: Prøverådet, 10. december 2024, punkt 5 (udsat)', 'Beslutning', 'Godkendt.', '',
      '2. Høring om madservice', 'Tidligere behandling: Social- og Sundhedsudvalget, 15. januar 2025, pkt. 4 (godkendt til høring)', 'Beslutning', 'Rådet afgav høringssvar.'].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.outcome ?? (treatment.postponed ? 'postponed' : null)]))).toEqual([
      [['Prøverådet', '2024-12-10', [5], 'postponed']],
      [['Social- og Sundhedsudvalget', '2025-01-15', [4], 'approved']],
    ]);
  });

  it('reads an old protocol`s committee recommendations dated with two-digit years (`Havneudvalget 27.02.96:`, `den 20.02.96, pkt. 9`)', () => {
    const text = ['PRØVE KOMMUNE', 'Protokol for Byrådets møde torsdag den 14. marts 1996 kl. 19.00 på Rådhuset.', '',
      '23.   ISTANDSÆTTELSE AF HAVNEN.', '', 'Sagen har været behandlet i Havneudvalget den 20.02.96, pkt. 9,', 'hvor den blev udsat.', '',
      'Havneudvalget 27.02.96:', 'Anbefales.', '', 'Kultur- og Fritidsudvalget 29.02.96:', 'Kan ikke anbefales.', '', 'Beslutning i Byrådet:', 'Godkendt.'].join('\n');
    const item = parse(text).items[0]!;
    expect(item.decision?.outcome).toBe('approved');
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.outcome ?? (treatment.postponed ? 'postponed' : null)])).toEqual([
      ['Havneudvalget', '1996-02-20', 'postponed'],
      ['Havneudvalget', '1996-02-27', 'recommended'],
      ['Kultur- og Fritidsudvalget', '1996-02-29', 'rejected'],
    ]);
  });

  it('leaves KLE numbers that look like dates with short years alone (`20.11.00-Ø54-3-18`, `J.nr. 13.05.02`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Tilskud', 'Sagsnr.: 20.11.00-Ø54-3-18', 'Beslutning', 'Godkendt.', '', '2. Vejplan', 'J.nr. 13.05.02', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => item.caseNumber ?? null)).toEqual(['20.11.00-Ø54-3-18', null]);
  });

  it('reads the member stood in for named first (`For Aage Holm mødte stedfortræderen Bo Berg.`)', () => {
    const text = ['PRØVE KOMMUNE', 'Protokol for Byrådets møde torsdag den 14. marts 1996 kl. 19.00 på Rådhuset.', '', 'Fraværende: Aage Holm (afbud).',
      'For Aage Holm mødte stedfortræderen Bo Berg.', '', '21.   GODKENDELSE AF DAGSORDEN.', '', 'Beslutning i Byrådet:', 'Godkendt.'].join('\n');
    const berg = parse(text).participants.find((person) => person.name === 'Bo Berg');
    expect(berg?.substituteFor).toBe('Aage Holm');
  });

  it('reads earlier treatments told as `<organ> behandlede ansøgningen den ...` and `<organ> vedtog den ... at sende ... i høring`', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2024', '', '1. Ansøgning om tilskud til nye måtter', 'Sagsfremstilling',
      'Udvalget behandlede ansøgningen den 28. november 2023, hvor den blev udsat.', 'Beslutning', 'Godkendt.', '',
      '2. Lokalplan for skolen', 'Sagsfremstilling', 'Byrådet vedtog den 29. januar 2024 at sende forslaget i offentlig høring.', 'Beslutning', 'Anbefales.'].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.outcome ?? (treatment.postponed ? 'postponed' : null)]))).toEqual([
      [['Prøveudvalget', '2023-11-28', 'postponed']],
      [['Byrådet', '2024-01-29', 'approved']],
    ]);
  });

  it('reads `Mødt stedfortræder: B (V).` after `Afbud: A (V).` in the first decision as B standing in for A', () => {
    const text = ['Referat til mødet i Prøveudvalget den 6. september 2021 kl. 16:00 i Mødelokale 1', '', '00.01.00-A00-1-21', '1. Godkendelse af dagsorden', 'Beslutning',
      'Afbud: Jens Holm (V). Mødt stedfortræder: Dorte Vang (V).', 'Dagsordenen blev godkendt.', '', '00.01.00-A00-2-21', '2. Meddelelser', 'Beslutning', 'Orientering givet.'].join('\n');
    const vang = parse(text).participants.find((person) => person.name === 'Dorte Vang');
    expect(vang?.substituteFor).toMatch(/^Jens Holm/u);
  });
});
