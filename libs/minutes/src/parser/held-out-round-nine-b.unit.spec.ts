import { parseMinutes } from './parse-minutes.js';

// Conventions the ninth held-out round of issue 12 (half B: Hovedstaden, Sjælland and Bornholm) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the ninth held-out round (half B)', () => {
  it('reads a tab-joined agenda table with a case-number column between the number and the title', () => {
    const text = [
      'REFERAT', 'Prøveudvalget', 'Mødedato:\tmandag den 4. marts 2013', '',
      'Nr.\tJ.nr.\tSag\tBeslutning',
      '1.\t13/41\tGodkendelse af dagsorden\tGodkendt.',
      '2.\t13/502\tTilskud til byfest i\tTilskuddet blev',
      '\t\tSøndervig\tbevilget.',
      '3.\t\tEventuelt\tIntet.',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.decision?.outcome])).toEqual([
      [1, 'Godkendelse af dagsorden', '13/41', 'approved'],
      [2, 'Tilskud til byfest i Søndervig', '13/502', 'approved'],
      [3, 'Eventuelt', null, 'other'],
    ]);
  });

  it('leaves a tab-separated head alone when its fourth column is neither a case number nor empty', () => {
    const text = ['Prøveudvalget', 'Dato:\t4. marts 2013', '', 'Nr.\tSag\tAnsvarlig\tBeslutning', '1.\tByfest\tAnne Holm\tGodkendt.', '', '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden']);
  });

  it('drops the empty type brackets a page prints after every title (`2. Valg af kasserer ( )`)', () => {
    const text = ['Prøvelokaludvalget - Referat', 'Mødedato: 03.04.2019, kl. 19:00', '', '1. Valg af kasserer ( )', 'Beslutning', 'Anne Holm blev valgt.', '',
      '2. Eventuelt ( )', 'Beslutning', 'Intet.'].join('\n');
    expect(parse(text).items.map((item) => item.title)).toEqual(['Valg af kasserer', 'Eventuelt']);
  });

  it('reads the other side of a count written without its noun (`og 3 imod (V og O)`, `mod 5 (A og F)`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Ny skolestruktur', 'Beslutning', 'Anbefalet med 7 stemmer for (A og Ø) og 2 imod (C).', '',
      '2. Forslag om gratis frugt', 'Beslutning', 'Forslaget blev forkastet med 1 stemme for (K) mod 6 (A, C og Ø).'].join('\n');
    const votes = parse(text).items.map((item) => (item.decision?.votes ?? []).map((vote) => [vote.position, vote.who]));
    expect(votes).toEqual([
      [['for', 'A og Ø'], ['against', 'C']],
      [['for', 'K'], ['against', 'A, C og Ø']],
    ]);
  });

  it('reads a count before the parties in a vote sentence (`For forslaget stemte 9 (A og F).`, `Imod stemte 4 (C).`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Lokalplan for stationen', 'Beslutning', 'For forslaget stemte 9 (A og F).', 'Imod stemte 4 (C).', 'Lokalplanen er herefter vedtaget.'].join('\n');
    const votes = parse(text).items[0]!.decision?.votes ?? [];
    expect(votes.map((vote) => [vote.position, vote.who])).toEqual([['for', 'A og F'], ['against', 'C']]);
  });

  it('reads `Udvalget imødekom ansøgningen ...` and `<organ> bevilgede ...` as approvals, `bevilgede ikke` not', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Ansøgning om tilskud', 'Beslutning', 'Udvalget imødekom ansøgningen med 40.000 kr.', '',
      '2. Puljemidler', 'Beslutning', 'Udvalget bevilgede i alt 12.000 kr.', '', '3. Ansøgning om lån', 'Beslutning', 'Udvalget bevilgede ikke lånet.'].join('\n');
    expect(parse(text).items.map((item) => item.decision?.outcome)).toEqual(['approved', 'approved', 'other']);
  });

  it('takes the proposal`s verdict after an amendment with an article that fell (`Et ændringsforslag ... faldt ... herefter godkendt`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Trafikplan', 'Beslutning',
      'Et ændringsforslag fra Anne Holm om en ny rundkørsel faldt ved afstemning med 8 imod og 3 for.', 'Indstillingen blev herefter godkendt.'].join('\n');
    expect(parse(text).items[0]!.decision?.outcome).toBe('approved');
  });

  it('drops a scanner`s margin bar before a numbered heading (`| 4.   GODKENDELSE AF REGNSKAB.`), and keeps a table row`s bars', () => {
    const text = ['PRØVE BYRÅD', 'Mødedato: 03.04.1997', '', '3.   MEDDELELSER.', 'Byrådets beslutning:', 'Til efterretning.', '', '| 4.   GODKENDELSE AF REGNSKAB.', 'Byrådets beslutning:', 'Godkendt.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.decision?.outcome])).toEqual([[3, 'noted'], [4, 'approved']]);
  });

  it('reads the verdict after vote sentences that open a decision (`For forslaget stemte ...`, `Imod stemte ...`)', () => {
    const text = ['Prøveudvalget', 'Dato: 4. marts 2013', '', '1. Lokalplan for havnen', 'Beslutning', 'For forslaget stemte 9 (A og F).', 'Imod stemte 4 (C).', 'Lokalplanen er herefter vedtaget.'].join('\n');
    expect(parse(text).items[0]!.decision?.outcome).toBe('approved');
  });

  it('reads a letter-spaced `L U K K E T   M Ø D E` as the start of the closed items', () => {
    const text = ['PRØVE BYRÅD', 'Mødedato: 03.04.1997', '', '1.   MEDDELELSER.', 'Byrådets beslutning:', 'Til efterretning.', '',
      'L U K K E T   M Ø D E', '', '2.   KØB AF JORD.', '', '3.   PERSONALESAG.'].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.closed])).toEqual([[1, false], [2, true], [3, true]]);
  });

  it('reads a stand-in among the members of a tab-separated head (`Til stede:<TAB>..., A (V) for B (V)`), a role not', () => {
    const text = ['Prøveudvalget', 'Mødedato:\tmandag den 4. marts 2013', '', 'Til stede:\tAnne Holm (A), formand for udvalget, Bo Berg (C),', '\tKim Lund (V) for Per Dam (V)', 'Afbud:\tPer Dam (V)', '',
      '1. Godkendelse af dagsorden', 'Beslutning', 'Godkendt.'].join('\n');
    const participants = parse(text).participants;
    expect(participants.find((participant) => participant.name === 'Kim Lund')?.substituteFor).toMatch(/^Per Dam\b/u);
    expect(participants.map((participant) => participant.name)).toEqual(expect.arrayContaining(['Anne Holm', 'Bo Berg', 'Kim Lund', 'Per Dam']));
  });

  it('reads the body from the second column of a head line that names the municipality first (`PRØVE KOMMUNE      BYRÅDET`)', () => {
    const text = ['PRØVE KOMMUNE                          BYRÅDET', '', 'Mødedato: 03.04.1997', '', '1.   MEDDELELSER.', 'Byrådets beslutning:', 'Til efterretning.'].join('\n');
    expect(parse(text).meeting.body).toBe('Byrådet');
  });
});
