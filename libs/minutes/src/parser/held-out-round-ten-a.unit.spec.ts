import { parseMinutes } from './parse-minutes.js';

// Conventions the tenth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; a council's Word referat
// answering its agenda with `Ad pkt.`, a CMS's Markdown export, councils, commission-like committees) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

/** One item under a labelled head, its decision the given lines. */
const withDecision = (...decision: string[]) => ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', ...decision].join('\n');

const firstDecision = (text: string) => parse(text).items[0]!.decision;

describe('conventions from the tenth held-out round (half A)', () => {
  it('reads items that answer the agenda with `Ad pkt. <n> <titel>` and `Ad punkt <n>: <titel>`', () => {
    const agenda = ['PRØVE KOMMUNE', 'Seniorrådet', '', 'Møde i Seniorrådet tirsdag den 6. april 2021 kl. 10.00', 'Sted: Rådhuset', '', 'Dagsorden', '1. Velkomst', '2. Nye busruter', '3. Eventuelt', ''];
    for (const label of ['Ad pkt.', 'Ad punkt']) {
      const separator = label === 'Ad punkt' ? ':' : '';
      const text = [
        ...agenda,
        `${label} 1${separator} Velkomst`, 'Konklusion:', 'Formanden bød velkommen.', '',
        `${label} 2${separator} Nye busruter`, 'Sagsnr. 21/0412', 'Forvaltningen orienterede om køreplanen.', 'Konklusion:', 'Taget til efterretning.', '',
        `${label} 3${separator} Eventuelt`, 'Konklusion:', 'Intet.',
      ].join('\n');
      const parsed = parse(text);
      expect(parsed.items.map((item) => [item.number, item.title])).toEqual([
        [1, 'Velkomst'],
        [2, 'Nye busruter'],
        [3, 'Eventuelt'],
      ]);
      expect(parsed.items[1]!.decision?.outcome).toBe('noted');
    }
  });

  it('reads a Markdown export: its front matter is no head, a two-column pipe table is labels and values, `Referat: <organ>` a title', () => {
    const text = [
      '---', 'title: "Referat - Vejudvalget"', 'kommune: Prøve Kommune', '---', '',
      '# Referat: Vejudvalget', '',
      '| Felt | Værdi |', '|---|---|',
      '| **Dato** | Torsdag den 9. september 2021 |', '| **Tidspunkt** | Kl. 15:30 - 17:00 |', '| **Sted** | Mødelokale 3, Rådhuset |',
      '| **Medlemmer** | Ida Holm (A); Kaj Bech (V); Ole Rask (F) |', '| **Afbud** | Ole Rask (F) |', '',
      '## 1. Asfaltplan 2022', '', '**Sagsnr.:** 21/881', '', '**Beslutning:** Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.body, parsed.meeting.date, parsed.meeting.startTime, parsed.meeting.location]).toEqual(['Vejudvalget', '2021-09-09', '15:30', 'Mødelokale 3, Rådhuset']);
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([
      ['Ida Holm', 'attended'],
      ['Kaj Bech', 'attended'],
      ['Ole Rask', 'apologies'],
    ]);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber, item.decision?.outcome])).toEqual([[1, 'Asfaltplan 2022', '21/881', 'approved']]);
  });

  it('reads an earlier treatment whose verdict follows its item after a colon (`<organ>, <dato>, pkt. 4: Udsat.`)', () => {
    const text = [
      'Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Tidligere behandling:',
      '- Prøveudvalget, 2. februar 2021, pkt. 7: Udsat.', '- Prøveudvalget, 6. april 2021, pkt. 3: Drøftet.', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const earlier = parse(text).items[0]!.earlierTreatments;
    expect(earlier.map((treatment) => [treatment.date, treatment.itemNumbers, treatment.postponed ?? false, treatment.outcome])).toEqual([
      ['2021-02-02', [7], true, undefined],
      ['2021-04-06', [3], false, 'discussed'],
    ]);
  });

  it('reads a late arrival told under `Information:` above the member list', () => {
    const text = [
      'Udvalg:', 'Prøverådet', 'Mødedato:', 'mandag 3. maj 2021 kl. 14.00', 'Information:', 'Mødet sluttede kl. 16.00. Eva Lund deltog fra kl. 14.30 under punkt 2.',
      'Mødedeltagere:', 'Bo Holm', 'Eva Lund', 'Ib Dam', 'Punkt', 'Titel', '1', 'Godkendelse af dagsorden', 'EMN-2021-000101', 'Beslutninger', 'Godkendt.',
    ].join('\n');
    const eva = parse(text).participants.find((participant) => participant.name === 'Eva Lund');
    expect(eva?.partial).toBe('deltog fra kl. 14.30 under punkt 2');
  });

  it('reads a hearing response given first as a comment, whatever the response then says', () => {
    expect(firstDecision(withDecision('Rådet afgav høringssvar. Rådet kan ikke anbefale lukningen af dagcentret.'))?.outcome).toBe('commented');
    expect(firstDecision(withDecision('Seniorrådet afgav høringssvar som drøftet.'))?.outcome).toBe('commented');
    // (A response that recommends in the same sentence is a recommendation.)
    expect(firstDecision(withDecision('Rådet afgav høringssvar og anbefaler planen med en bemærkning.'))?.outcome).toBe('recommended');
  });

  it('reads a permit granted and an allocation decided as approved', () => {
    expect(firstDecision(withDecision('Udvalget meddelte dispensation på vilkår om støjværn.'))?.outcome).toBe('approved');
    expect(firstDecision(withDecision('Kommunen gav landzonetilladelse til carporten.'))?.outcome).toBe('approved');
    expect(firstDecision(withDecision('Puljen fordeles efter model B.'))?.outcome).toBe('approved');
    // (Routing elsewhere and refusals keep their readings.)
    expect(firstDecision(withDecision('Sagen oversendes til Økonomiudvalget.'))?.outcome).toBe('other');
    expect(firstDecision(withDecision('Udvalget meddelte afslag på dispensation.'))?.outcome).toBe('rejected');
  });

  it('takes an earlier meeting noted in brackets at the end of a title out of the title, as that treatment', () => {
    const text = [
      'Kulturudvalget', 'Dato: 4. maj 2021', '',
      '1. Takster for hallerne (Udsat fra mødet den 6. april 2021)', 'Beslutning', 'Godkendt.', '',
      '2. Drift af svømmehallen (Genoptaget fra mødet den 2. marts 2021, pkt. 5)', 'Beslutning', 'Drøftet.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => item.title)).toEqual(['Takster for hallerne', 'Drift af svømmehallen']);
    expect(items.map((item) => item.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers, treatment.postponed ?? false]))).toEqual([
      [['Kulturudvalget', '2021-04-06', [], true]],
      [['Kulturudvalget', '2021-03-02', [5], false]],
    ]);
  });

  it('reads `Punktet blev udsat på mødet den <dato>` as this body\'s earlier postponement', () => {
    const text = ['Prøverådet', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Sagsfremstilling', 'Punktet blev udsat på mødet den 6. april 2021, da tegningerne manglede.', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.postponed])).toEqual([['Prøverådet', '2021-04-06', true]]);
    // And on the body's own meeting named in the genitive, its item in brackets.
    const own = text.replace('på mødet den 6. april 2021,', 'på rådets møde den 6. april 2021 (punkt 4),');
    expect(parse(own).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.itemNumbers])).toEqual([['Prøverådet', '2021-04-06', [4]]]);
  });

  it('reads `Afbud: A. I stedet deltog stedfortræder B.` in the first decision as B standing in for A', () => {
    const text = [
      'Referat til mødet i Byrådet den 4. maj 2021 kl. 19:00 i Byrådssalen', '', 'Åbne dagsordenspunkter', '',
      '00.01.00-A00-7-21', '1. Godkendelse af dagsorden', 'Beslutning', 'Afbud: Eva Lund (A). I stedet deltog stedfortræder Kim Berg (A).', 'Godkendt.',
    ].join('\n');
    const kim = parse(text).participants.find((participant) => participant.name === 'Kim Berg');
    expect(kim?.substituteFor).toBe('Eva Lund');
  });

  it('reads officials under `Desuden deltog:` without their job title, and the items in brackets as their partial presence', () => {
    const text = ['Prøverådet', 'Dato: 4. maj 2021', 'Deltagere: Bo Holm, Ib Dam', 'Desuden deltog: Skolechef Lis Krogh (pkt. 2-3)', '', '1. Ny legeplads', 'Beslutning', 'Godkendt.'].join('\n');
    const lis = parse(text).participants.find((participant) => participant.name === 'Lis Krogh');
    expect([lis?.attendance, lis?.partial]).toEqual(['attended', 'pkt. 2-3']);
  });

  it('sends a recommendation on to the body after this meeting\'s own dated step, where the committee is listed twice', () => {
    const text = [
      'Referat', 'Idrætsudvalget 7. juni 2021', '', 'Dato', '', '07.06.2021', '', '12. Idrætspolitik', '', 'Resume', '', 'Politisk behandling', '',
      'Idrætsudvalget (anbefaler), 03.05.2021', '', 'Idrætsudvalget (anbefaler), 07.06.2021', '', 'Kulturudvalget (anbefaler), 21.06.2021', '', 'Byrådet (beslutning), 30.06.2021', '',
      'Beslutning', '', 'Idrætsudvalget, 07.06.2021', '', 'Anbefales.',
    ].join('\n');
    expect(parse(text).items[0]!.decision?.recommendedTo).toBe('Kulturudvalget');
  });
});
