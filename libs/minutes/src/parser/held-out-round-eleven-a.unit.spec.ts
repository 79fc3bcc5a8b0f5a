import { parseMinutes } from './parse-minutes.js';

// Conventions the eleventh held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a PDF kept in its two
// columns, a joint committee's decisions-only protocol, a råd's Word referat answering its agenda with `Ad 1)`, a
// council's participant line wrapped over lines) showed the reader missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

const attendanceOf = (text: string) => parse(text).participants.map((participant) => [participant.name, participant.attendance]);

describe('conventions from the eleventh held-out round (half A)', () => {
  it('reads a PDF laid out in two columns: labels in the margin, their text to the right and continued indented to it', () => {
    const margin = (label: string, text: string) => `${label.padEnd(18)}${text}`;
    const under = (text: string) => `${' '.repeat(18)}${text}`;
    const text = [
      'Prøve Kommune',
      '',
      margin('Mødedato:', '12. april 2010'),
      margin('Mødested:', 'Byrådssalen'),
      margin('Deltagere:', 'Ida Holm (A), formand'),
      under('Kaj Bech (V)'),
      under('Ole Rask (F)'),
      margin('Afbud:', 'Lis Dahl (V)'),
      '',
      'Punkt 7           Ny legeplads i Søby',
      margin('Sagsnr.:', '10/2231'),
      margin('Tidligere', 'Prøveudvalget den 8. marts 2010, punkt 3'),
      'behandling:',
      margin('Sagsfremstilling:', 'Der er kommet et ønske om en legeplads ved'),
      under('skolen i Søby.'),
      margin('Beslutning:', 'Godkendt.'),
      under('Ole Rask (F) stemte imod.'),
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.location]).toEqual(['2010-04-12', 'Byrådssalen']);
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([
      ['Ida Holm', 'attended'],
      ['Kaj Bech', 'attended'],
      ['Ole Rask', 'attended'],
      ['Lis Dahl', 'apologies'],
    ]);
    const item = parsed.items[0]!;
    expect([item.number, item.title, item.caseNumber, item.decision?.outcome]).toEqual([7, 'Ny legeplads i Søby', '10/2231', 'approved']);
    expect(item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøveudvalget', '2010-03-08', [3]]]);
  });

  it('passes a text whose labels have their text after a gap on their own lines unchanged (no column, no margin)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning i Prøveudvalget den 4. maj 2021:', 'Fraværende:  Lis Dahl', 'Godkendt.', '', '2. Ny sti', 'Beslutning i Prøveudvalget den 4. maj 2021:', 'Fraværende:  Lis Dahl', 'Udsat.'].join('\n');
    expect(parse(text).items.map((item) => [item.title, item.decision?.text])).toEqual([
      ['Ny legeplads', 'Godkendt.'],
      ['Ny sti', 'Udsat.'],
    ]);
  });

  it('drops a contents entry wrapped onto a line of its own that starts with a capital before its leaders', () => {
    const text = [
      'Prøveudvalget', 'Dato: 4. maj 2021', '', 'Indholdsfortegnelse',
      'Punkt 11  Godkendelse af dagsorden ........................ 2',
      'Punkt 12  Lokalplan for boliger ved Søby',
      '          Skole ........................................ 2',
      '',
      'Punkt 11  Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '',
      'Punkt 12  Lokalplan for boliger ved Søby Skole', 'Beslutning', 'Anbefales over for Byrådet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.outcome])).toEqual([
      [11, 'Godkendelse af dagsorden', 'approved'],
      [12, 'Lokalplan for boliger ved Søby Skole', 'recommended'],
    ]);
  });

  it('reads a joint committee named by its field (`Fælles Havneudvalg for Prøvested Havn`) and its members grouped by municipality', () => {
    const text = [
      'Prøve Kommune', '', 'BESLUTNINGSPROTOKOL', '', 'Fælles Havneudvalg for Prøvested Havn', '(Prøve Kommune og Nabo Kommune)', '',
      'Møde onsdag den 7. juni 2017 kl. 9.00 på Havnekontoret', '',
      'Til stede:', 'Prøve Kommune: Ida Holm (A), formand, Kaj Bech (V)', 'Nabo Kommune: Ole Rask (F)', 'Afbud: Lis Dahl (V), Nabo Kommune', 'Sekretariat: Havnefoged Bo Ring', '',
      'Punkt 1. Takster 2018', 'Beslutning: Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date]).toEqual(['Fælles Havneudvalg for Prøvested Havn', '2017-06-07']);
    expect(attendanceOf(text)).toEqual([
      ['Ida Holm', 'attended'],
      ['Kaj Bech', 'attended'],
      ['Ole Rask', 'attended'],
      ['Lis Dahl', 'apologies'],
    ]);
  });

  it("reads a line `Genoptaget fra mødet den ...` as this meeting's body's earlier treatment, and `Udsat fra <organ>s møde` as that body's", () => {
    const text = [
      'Prøveudvalget', 'Dato: 4. maj 2021', '',
      '1. Ny legeplads', 'Sagsnr. 21/100', 'Genoptaget fra mødet den 6. april 2021, punkt 3.', 'Beslutning: Godkendt.', '',
      '2. Ny sti', 'Sagsnr. 21/101', 'Udsat fra Økonomiudvalgets møde den 13. april 2021, punkt 9.', 'Beslutning: Godkendt.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? false]))).toEqual([
      [['Prøveudvalget', '2021-04-06', [3], false]],
      [['Økonomiudvalget', '2021-04-13', [9], true]],
    ]);
  });

  it('reads `Intet.` as no verdict to look further for: a signature under it (`Protokollen godkendt:`) approves nothing', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Eventuelt', 'Beslutning: Intet.', '', 'Mødet sluttet kl. 11.40.', '', 'Protokollen godkendt:', '', 'Ida Holm'].join('\n');
    expect(parse(text).items[0]!.decision?.outcome).toBe('other');
  });

  it('reads `Der gives afslag ...` as a refusal after `Indstillingen blev fulgt.`', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ansøgning om dispensation til carport', 'Beslutning', 'Indstillingen blev fulgt. Der gives afslag på dispensation.'].join('\n');
    expect(parse(text).items[0]!.decision?.outcome).toBe('rejected');
  });

  it("reads a Word referat's `Referat: <afgørelse>` on the label's line as the item's decision, not a date line's `Referat: 13. maj`", () => {
    const text = [
      'PRØVE KOMMUNE', 'Seniorrådet', '', 'Dato: Tirsdag den 6. april 2021', 'Sted: Rådhuset', '',
      'Ad 1) Godkendelse af dagsorden', 'Referat: Godkendt uden bemærkninger.', '',
      'Ad 2) Nye busruter', 'Forvaltningen orienterede om køreplanen.', 'Referat:', 'Taget til efterretning.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.text, item.decision?.outcome])).toEqual([
      [1, 'Godkendt uden bemærkninger.', 'approved'],
      [2, 'Taget til efterretning.', 'noted'],
    ]);
  });

  it('reads a participant line wrapped so that a party letter opens the next line (`Tue Vang` / `(Ø), ...`)', () => {
    const text = [
      'REFERAT Prøveudvalget d. 04-05-2021', 'Mødedato Tirsdag d. 4. maj 2021 kl. 16:00',
      'Mødedeltagere Ida Holm (A) (formand), Kaj Bech (V), Ole', 'Rask (F), Lis Dahl (V), Tue Vang', '(Ø), Bo Ring (V) (Afbud)',
      '', 'Punkt 1: Ny legeplads', 'Beslutninger', 'Godkendt.',
    ].join('\n');
    expect(attendanceOf(text)).toEqual([
      ['Ida Holm', 'attended'],
      ['Kaj Bech', 'attended'],
      ['Ole Rask', 'attended'],
      ['Lis Dahl', 'attended'],
      ['Tue Vang', 'attended'],
      ['Bo Ring', 'apologies'],
    ]);
  });

  it('reads a bare line of members absent from an item that names one by the authority that sent them (`(Prøve Politi)`)', () => {
    const text = [
      '07-06-2021 kl. 14:00', 'Mødelokale 1', '', 'Medlemmer', '', 'Ida Holm (A)', '', 'Kaj Bech (V)', '', 'Bo Ring (Prøve Politi)', '', 'Afbud', '', 'Ingen', '',
      'Nr.4 - Godkendelse af dagsorden', '', 'Beslutning i Beredskabskommissionen den 07-06-2021', 'Godkendt.', '',
      'Nr.5 - Øvelsesplan 2022', '', 'Kaj Bech (V), Bo Ring (Prøve Politi)', '', 'Beslutning i Beredskabskommissionen den 07-06-2021', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items[1]!.absences.map((absence) => absence.name)).toEqual(['Kaj Bech', 'Bo Ring']);
    expect(parsed.items[0]!.absences).toEqual([]);
  });
});
