import { parseMinutes } from './parse-minutes.js';

// Conventions the thirteenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a decisions summary of
// one-line items, a definition-list CMS export, a `§ N` protocol's earlier treatments, wrapped member and vote lists, a
// contents column with a wrapped title, a body addressed before `, at`) showed the reader missing (invented texts, one
// convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the thirteenth held-out round (half A)', () => {
  it('reads a Beslutningsreferat of one-line items `Pkt. N – <titel> (sag <nr>): <beslutning>`', () => {
    const text = [
      'Fælles Vejudvalg for Prøve og Eksempel Kommuner',
      'Beslutningsreferat',
      'Møde tirsdag den 4. marts 2025 kl. 10.00-11.30',
      '',
      'Pkt. 1 – Godkendelse af dagsorden: Godkendt.',
      'Pkt. 2 – Høring: Ny vejplan for Sønderby (sag 25/0412): Udsat.',
      'Pkt. 3 – Lukket punkt: Erstatning for vejareal.',
      'Pkt. 4 – Eventuelt: Intet.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed, item.decision?.text ?? null])).toEqual([
      [1, 'Godkendelse af dagsorden', null, false, 'Godkendt.'],
      [2, 'Høring: Ny vejplan for Sønderby', '25/0412', false, 'Udsat.'],
      [3, 'Erstatning for vejareal', null, true, null],
      [4, 'Eventuelt', null, false, 'Intet.'],
    ]);
    expect(parsed.items[1]!.decision!.postponed).toBe(true);
  });

  it('keeps a lone `Punkt N: <titel>: <tekst>.` line of another layout as its heading', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning', 'Godkendt.', '', 'Punkt 2: Høring: Ny plan for skolerne.', 'Beslutning', 'Udsat.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.text])).toEqual([
      [1, 'Godkendt.'],
      [2, 'Udsat.'],
    ]);
  });

  it('reads a definition-list export: `Punkt` / `N` / `Overskrift` / <titel>, then its fields as label over value', () => {
    const text = [
      'Prøve Kommune',
      'Ældrerådet',
      'Mødedato',
      '02.09.2024',
      '',
      'Punkt',
      '1',
      'Overskrift',
      'Ny plejeboligplan',
      'Sagsnummer',
      '24/5510',
      'Beslutning',
      'Godkendt.',
      '',
      'Punkt',
      '2',
      'Overskrift',
      'Eventuelt',
      'Beslutning',
      'Intet.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.date).toBe('2024-09-02');
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.text])).toEqual([
      [1, 'Ny plejeboligplan', '24/5510', 'Godkendt.'],
      [2, 'Eventuelt', null, 'Intet.'],
    ]);
  });

  it('reads a `§ N` protocol citing an earlier meeting`s item as `§ N`', () => {
    const text = [
      'Prøveudvalget',
      'Dato: 4. maj 2010',
      '',
      '§ 1\tNy legeplads',
      '1.1\tSagens baggrund',
      'Udvalget behandlede et første oplæg på mødet den 2. marts 2010, § 6, og bad om to forslag.',
      '1.2\tUdvalgets beslutning',
      'Godkendt.',
      '',
      '§ 2\tMeddelelser',
      '2.1\tUdvalgets beslutning',
      'Til efterretning.',
    ].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøveudvalget', '2010-03-02', [6]]]);
  });

  it('reads an earlier postponement told as `<organ> udsatte sagen den <dato>, pkt. N` and `Sagen blev også udsat på mødet den ...`', () => {
    const text = [
      'Prøveudvalget',
      'Dato: 4. maj 2021',
      '',
      '1. Ny legeplads',
      'Sagsfremstilling',
      'Plan- og Boligudvalget udsatte sagen den 9. marts 2021, pkt. 7, og bad om et nyt overslag.',
      'Beslutning',
      'Godkendt.',
      '',
      '2. Ny sti',
      'Beslutning',
      'Udsat igen. Sagen blev også udsat på mødet den 6. april 2021, pkt. 3.',
    ].join('\n');
    expect(parse(text).items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? null]))).toEqual([
      [['Plan- og Boligudvalget', '2021-03-09', [7], true]],
      [['Prøveudvalget', '2021-04-06', [3], true]],
    ]);
  });

  it('reads a member list wrapped inside a bracket (`..., Ole Dam (V) (suppleant` / `for Kaj Bro)`)', () => {
    const text = [
      'REFERAT Prøverådet d. 10-06-2024',
      'Mødedato Mandag d. 10. juni 2024 kl. 16:30',
      'Mødedeltagere Karin Vest (formand), Bent Lyhne (DH), Kaj Bro (V) (Afbud), Ole Dam (V) (suppleant',
      'for Kaj Bro)',
      '',
      'Punkt 1: Godkendelse af dagsorden',
      'Beslutninger',
      'Godkendt.',
    ].join('\n');
    const participants = parse(text).participants.map(({ name, attendance, substituteFor }) => [name, attendance, substituteFor ?? null]);
    expect(participants).toEqual([
      ['Karin Vest', 'attended', null],
      ['Bent Lyhne', 'attended', null],
      ['Kaj Bro', 'apologies', null],
      ['Ole Dam', 'attended', 'Kaj Bro'],
    ]);
  });

  it('reads named votes wrapped over lines (`For stemte: ..., Bo` / `Lund (V), ...,` / `Eva Bak (C)`)', () => {
    const text = [
      'Prøveudvalget',
      'Dato: 4. maj 2021',
      '',
      '1. Ny legeplads',
      'Beslutning',
      'Godkendt.',
      'For stemte: Ida Holm (A), Bo',
      'Lund (V), Kim Sand (V),',
      'Eva Bak (C)',
      'Imod stemte: Per Ravn (Ø)',
      'Lis Kure (A) forlod mødet kl. 17.10.',
    ].join('\n');
    const votes = parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who]);
    expect(votes).toEqual([
      ['for', 'Ida Holm (A), Bo Lund (V), Kim Sand (V), Eva Bak (C)'],
      ['against', 'Per Ravn (Ø)'],
    ]);
  });

  it('pairs a columned contents list whose title wraps, so the signature page after it is an item', () => {
    const text = [
      '1 of 3',
      'Referat',
      'Prøveudvalget (PU)',
      'Ordinært møde',
      'Tirsdag den 3. december 2024',
      'Kl. 15:00',
      'Punkt nr.',
      'Side',
      '10.',
      '11.',
      '12.',
      'Godkendelse af dagsorden',
      'Lokalplan for boliger ved Søparken,',
      'endelig vedtagelse',
      'Underskriftsside',
      '2',
      '2',
      '3',
      '2 of 3',
      '10. Godkendelse af dagsorden',
      'Beslutning i Prøveudvalget den 03-12-2024',
      'Godkendt.',
      '11. Lokalplan for boliger ved Søparken, endelig vedtagelse',
      'Beslutning i Prøveudvalget den 03-12-2024',
      'Vedtaget.',
      '3 of 3',
      '12. Underskriftsside',
      'Ida Holm (A)',
      'Bo Lund (V)',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [10, 'Godkendelse af dagsorden'],
      [11, 'Lokalplan for boliger ved Søparken, endelig vedtagelse'],
      [12, 'Underskriftsside'],
    ]);
  });

  it('reads a recommendation addressed to a body before `, at` (`Rådet anbefaler Teknik- og Miljøudvalget, at ...`)', () => {
    const text = ['Prøverådet', 'Dato: 4. maj 2021', '', '1. Fortov ved Skovbrynet', 'Beslutning', 'Rådet anbefaler Teknik- og Miljøudvalget, at der etableres fortov.'].join('\n');
    const decision = parse(text).items[0]!.decision!;
    expect([decision.outcome, decision.recommendedTo]).toEqual(['recommended', 'Teknik- og Miljøudvalget']);
  });
});
