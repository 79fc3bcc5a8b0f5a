import { parseMinutes } from './parse-minutes.js';

// Conventions the ninth held-out round of issue 12 (half A: Jylland, Fyn and Nordjylland; long meetings, councils of
// associations, a commission, a Word table one cell a line, an OCR'd protocol, pdf2html text) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

/** One item under a labelled head, its decision the given lines. */
const withDecision = (...decision: string[]) =>
  ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny legeplads', 'Beslutning', ...decision].join('\n');

const firstDecision = (text: string) => parse(text).items[0]!.decision;

describe('conventions from the ninth held-out round (half A)', () => {
  it('reads `<organ> kunne ikke imødekomme ansøgningen` as a refusal', () => {
    expect(firstDecision(withDecision('Rådet kunne ikke imødekomme anmodningen om et større tilskud.'))?.outcome).toBe('rejected');
  });

  it('reads a grant given as proposed as approved, not as an orientation given', () => {
    expect(firstDecision(withDecision('Tilskuddet blev givet som ansøgt.'))?.outcome).toBe('approved');
    expect(firstDecision(withDecision('Orientering givet.'))?.outcome).toBe('noted');
  });

  // (The catalogue's convention, in seven earlier goldens and Valby's: an election is no approval of a proposal.)
  it('reads an election or appointment (`<organ> valgte <navn> som ...`) as other, and `valgte at sende` not as approved', () => {
    expect(firstDecision(withDecision('Udvalget valgte Ib Dam som formand for styregruppen.'))?.outcome).toBe('other');
    expect(firstDecision(withDecision('Udvalget udpegede Rie Lund til bestyrelsen.'))?.outcome).toBe('other');
    expect(firstDecision(withDecision('Udvalget valgte at sende sagen tilbage til forvaltningen.'))?.outcome).not.toBe('approved');
  });

  it('reads `<X> sendes i (offentlig) høring` as approved for a hearing', () => {
    expect(firstDecision(withDecision('Strategien sendes i offentlig høring.'))?.outcome).toBe('approved');
  });

  it('reads `For stemte 5: F og Ø`, the count of votes before the colon', () => {
    const votes = firstDecision(withDecision('Forslaget blev forkastet.', 'For stemte 3: B og Ø', 'Imod stemte 12: A, C og V'))?.votes;
    expect(votes?.filter((vote) => vote.position === 'for').map((vote) => vote.who)).toEqual(['B og Ø']);
  });

  it('reads a scanned protocol through its OCR misreadings: a one for l in words, `rn` for m, a letter in the day, `ae` in a label', () => {
    const text = [
      'PRØVE KOMMUNE', 'MILJØUDVALG', '',
      'Møde onsdag den 2l. april 2003 kl. 15.00 på Rådhuset, rnødelokale 4.', '',
      'Til stede: Ane Holm, Bo Kjær, Per Lind.', 'Fravaerende: Eva Bach (afbud).', '',
      'Pkt. 12.   Ny skolesti i Bakkeby.', 'J.nr. 05.01.00G01', '',
      'Udva1gets beslutning:', 'Godkendt.', '',
      'Pkt. 13.   Affa1dsplan 2004.', 'J.nr. 07.00.00P15', '',
      'Udva1gets beslutning:', 'Udsat til næste rnøde.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.date).toBe('2003-04-21');
    expect(parsed.meeting.location).toContain('mødelokale 4');
    expect(parsed.items.map((item) => [item.number, item.title.replace(/\.$/u, ''), item.decision?.outcome ?? (item.decision?.postponed ? 'postponed' : undefined)])).toEqual([
      [12, 'Ny skolesti i Bakkeby', 'approved'],
      [13, 'Affaldsplan 2004', 'postponed'],
    ]);
    expect(parsed.participants.find((participant) => participant.name === 'Eva Bach')?.attendance).toBe('apologies');
  });

  it('leaves a title in capitals with the preposition `I` before a month as it is', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. BORGERMØDE I MAJ 2021', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.title).toBe('BORGERMØDE I MAJ 2021');
  });

  it('pairs a head whose labels stand in one column before their values, the meeting number `Mødenr.:` over a bare number', () => {
    const text = [
      'BYRÅDET', 'Referat', 'Mødedato:', 'Mødetidspunkt:', 'Mødested:', 'Mødenr.:', 'Fraværende:',
      'tirsdag den 3. maj 2011', 'Fra kl.: 19.00 Til kl.: 21.10', 'Byrådssalen', '4', 'Kaj Holm (afbud)', '',
      '41.', 'Vejnavn i Bakkeby', 'Sagsid.: 11/2231', 'Beslutning i Byrådet den 03-05-2011', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect([parsed.meeting.date, parsed.meeting.startTime, parsed.meeting.location]).toEqual(['2011-05-03', '19:00', 'Byrådssalen']);
    expect(parsed.items.map((item) => item.number)).toEqual([41]);
    expect(parsed.participants.map((participant) => [participant.name, participant.attendance])).toEqual([['Kaj Holm', 'apologies']]);
  });

  it('reads a contents table one cell a line with a number column (`Sag nr.:` / `Emne:` / `Side:`) and its closed part', () => {
    const text = [
      'Prøverådet', 'Dato: 4. maj 2021', '', 'Sag nr.:', 'Emne:', 'Side:', 'ÅBEN DAGSORDEN',
      '7', 'Ny legeplads i Bakkeby', '2', '8', 'Valg af repræsentant til Ældrerådet', '3', 'LUKKET DAGSORDEN', '9', 'Salg af jord', '4', '',
      '7.', 'Ny legeplads i Bakkeby', 'Sagsid.: 21/101', 'Beslutning', 'Godkendt.',
      '8.', 'Valg af repræsentant til Ældrerådet', 'Sagsid.: 21/102', 'Beslutning', 'Rådet valgte Ib Holm som repræsentant.',
      '9.', 'Salg af jord',
    ].join('\n');
    const parsed = parse(text);
    // (The table's column heads are no part of the head: no place.)
    expect(parsed.meeting.location).toBeUndefined();
    expect(parsed.items.map((item) => [item.number, item.title, item.closed, item.decision?.outcome])).toEqual([
      [7, 'Ny legeplads i Bakkeby', false, 'approved'],
      [8, 'Valg af repræsentant til Ældrerådet', false, 'other'],
      [9, 'Salg af jord', true, undefined],
    ]);
  });

  it('reads an agenda table a Word export wrote one cell a line (`Pkt.` / `Emne` / `Referat / beslutning`)', () => {
    const text = [
      'Prøverådet', 'Dato:', 'Mandag den 3. maj 2021', '', 'Pkt.', 'Emne', 'Referat / beslutning',
      '1.', 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.',
      '2.', 'Ny bænk ved søen', 'Formanden fremlagde tilbuddet.', 'Rådet besluttede at købe to bænke.',
      '3.', 'Eventuelt', 'Intet.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title, item.decision?.text?.split('\n')[0]])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Dagsordenen blev godkendt.'],
      [2, 'Ny bænk ved søen', 'Formanden fremlagde tilbuddet.'],
      [3, 'Eventuelt', 'Intet.'],
    ]);
  });

  it('reads a title that ends in a body after `til` (`Valg af ny repræsentant til Ældrerådet`) as the title, not a page\'s running head', () => {
    const text = ['Prøverådet', 'Dato: 4. maj 2021', '', '7.', 'Valg af ny repræsentant til Seniorrådet', 'Sagsid.: 21/301', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([[7, 'Valg af ny repræsentant til Seniorrådet']]);
  });

  it('reads `Stedfortræder <navn> deltog i stedet for <navn>.` in the first decision without the role or the next sentence', () => {
    const text = ['Referat af Byrådets møde d. 04.05.2021', 'Punkt 1: Godkendelse af dagsorden', 'Beslutning Byrådet, 04.05.2021 Eva Lund var fraværende. Stedfortræder Ib Holm deltog i stedet for Eva Lund. Godkendt.'].join('\n');
    const substitute = parse(text).participants.find((participant) => participant.substituteFor !== undefined);
    expect([substitute?.name, substitute?.substituteFor]).toEqual(['Ib Holm', 'Eva Lund']);
  });

  it('reads `<organ> anbefalede <noget> den <dato>` in a case\'s text as that body\'s earlier recommendation', () => {
    const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Ny cykelsti', 'Sagsfremstilling', 'Klima- og Miljøudvalget anbefalede stien den 12. april 2021.', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items[0]!.earlierTreatments.map((treatment) => [treatment.body, treatment.date, treatment.outcome])).toEqual([['Klima- og Miljøudvalget', '2021-04-12', 'recommended']]);
  });
});

