import { readOutcome } from './decision-outcome.js';
import { earlierTreatmentsInProse } from './earlier-prose.parser.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the twenty-first held-out round of issue 12 (half A: Midtjylland and Syddanmark) showed the reader
// missing (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the twenty-first held-out round (half A)', () => {
  it('numbers bare item headings by the numbered agenda list over them (Word numbering lost in the headings, kept in the list)', () => {
    // A Word referat through a text export (Apache Tika's `--text`): a blank line after every paragraph, the agenda a
    // numbered list whose numbers stayed as text, the headings' automatic numbers lost.
    const text = [
      'Seniorrådet',
      '',
      'Referat af møde onsdag den 4. marts 2026 kl. 10.00',
      '',
      'Dagsorden:',
      '',
      '1. Godkendelse af dagsorden',
      '',
      '2. Orientering om nye busruter',
      '',
      '3. Aktivitetsplan 2026',
      '',
      'Godkendelse af dagsorden',
      '',
      'Referat:',
      '',
      'Godkendt.',
      '',
      'Orientering om nye busruter',
      '',
      'Trafikplanlæggeren fortalte om ruterne.',
      '',
      'Referat:',
      '',
      'Taget til efterretning.',
      '',
      'Aktivitetsplan 2026',
      '',
      'Referat:',
      '',
      'Planen blev drøftet.',
      '',
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Orientering om nye busruter'],
      [3, 'Aktivitetsplan 2026'],
    ]);
  });
  it('opens an item at the next number of a referat written as one numbered list, text and bullets before its `Beslutning:`', () => {
    // Google Docs' plain-text download: the items one numbered list, each entry's text, bullets and a tab table under it.
    const text = [
      'Brugerrådet for Plejecentrene',
      'Referat af møde mandag den 9. marts 2026 kl. 14.00',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '2. Nyt fra centrene',
      '* Solgården har fået ny køkkenleder.',
      '* Tre nye frivillige er startet.',
      'Beslutning: Taget til efterretning.',
      '3. Sommerudflugt',
      'Dato\tSted',
      '12. juni\tSkovsøen',
      'Beslutning: Rådet drøftede udflugten.',
    ].join('\r\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Nyt fra centrene'],
      [3, 'Sommerudflugt'],
    ]);
  });

  it('ends a title at a lettered sub-heading under it (`a. Fra formanden`), though it starts in lower case', () => {
    const text = [
      'Brugerrådet for Plejecentrene',
      'Referat af møde mandag den 9. marts 2026 kl. 14.00',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '2. Meddelelser',
      'a. Fra formanden',
      '* Formanden har holdt møde med centerlederne.',
      'b. Fra forvaltningen',
      '* Budgettet er uændret.',
      'Beslutning: Taget til efterretning.',
    ].join('\n');
    expect(parse(text).items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Meddelelser'],
    ]);
  });

  it('reads an attendance table written one cell a line with every cell kept (Tika), a presence column and a stand-in in another cell', () => {
    const text = [
      'Seniorrådet',
      '',
      'Referat af møde onsdag den 4. marts 2026 kl. 10.00',
      '',
      'Deltagere:',
      '',
      '\tNavn',
      '\tUdpeget af',
      '\tTil stede',
      '\tAnna Bech, formand',
      '\tÆldreforeningen',
      '\tJa',
      '\tPoul Vinther',
      '\tByrådet',
      '\tAfbud',
      '\tLis Kragh',
      '\tByrådet (stedfortræder for Poul Vinther)',
      '\tJa',
      '\tErik Sand',
      '\tÆldreforeningen',
      '\tNej',
      '\tMona Friis',
      '\tÆldreforeningen',
      '\tJa, gik kl. 11.30',
      '',
      'Referent: Bo Holm',
      '',
      '1. Godkendelse af dagsorden',
      '',
      'Beslutning: Godkendt.',
      '',
      '2. Aktivitetsplan 2026',
      '',
      'Beslutning: Drøftet.',
      '',
    ].join('\n');
    const { participants } = parse(text);
    const named = (attendance: string) => participants.filter((entry) => entry.attendance === attendance).map((entry) => entry.name);
    expect(named('attended')).toEqual(['Anna Bech', 'Lis Kragh', 'Mona Friis']);
    expect(named('apologies')).toEqual(['Poul Vinther']);
    expect(named('absent')).toEqual(['Erik Sand']);
    expect(participants.find((entry) => entry.name === 'Lis Kragh')?.substituteFor).toBe('Poul Vinther');
    expect(participants.find((entry) => entry.name === 'Mona Friis')?.partial).toMatch(/forlod mødet kl\. 11\.30/u);
  });

  it('reads a stand-in named in a tab table role column (`1. suppleant, for <navn>`) beside its status column', () => {
    const text = [
      '\ufeffBrugerrådet for Plejecentrene',
      'Referat af møde mandag den 9. marts 2026 kl. 14.00',
      'Navn\tRolle\tFremmøde',
      'Ole Brink\tFormand\tTil stede',
      'Rita Munk\tMedlem\tAfbud',
      'Kaj Lund\t1. suppleant, for Rita Munk\tTil stede',
      '',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '2. Nyt fra centrene',
      'Beslutning: Taget til efterretning.',
    ].join('\r\n');
    const { participants } = parse(text);
    expect(participants.map((entry) => [entry.name, entry.attendance, entry.substituteFor])).toEqual([
      ['Ole Brink', 'attended', undefined],
      ['Rita Munk', 'apologies', undefined],
      ['Kaj Lund', 'attended', 'Rita Munk'],
    ]);
  });
  it('reads the verdict of a subject that says what it is about before its verb (`Indstillingen om at ... blev anbefalet`)', () => {
    expect(readOutcome('Indstillingen om at sende forslaget i offentlig høring blev anbefalet over for Byrådet.').outcome).toBe('recommended');
    expect(readOutcome('Forslaget om gratis parkering i vintermånederne blev forkastet.').outcome).toBe('rejected');
    expect(readOutcome('Indstillingen om at lukke caféen blev ikke godkendt.').outcome).toBe('rejected');
  });

  it('reads a nomination sent on to the deciding body as a recommendation (`Rådet indstiller <navn> til prisen over for Byrådet`)', () => {
    expect(readOutcome('Seniorrådet indstiller Café Solsikken til Seniorprisen 2026 over for Byrådet.').outcome).toBe('recommended');
  });
  it('reads an earlier treatment told as the case having been on the agenda (`Sagen var på dagsordenen den ..., men blev udsat`)', () => {
    const told = earlierTreatmentsInProse('Sagen var på dagsordenen den 3. februar 2026, men blev udsat, da bilagene manglede.', 1, { date: '2026-03-04', body: 'Seniorrådet' });
    expect(told.map((treatment) => [treatment.body, treatment.date, treatment.postponed])).toEqual([['Seniorrådet', '2026-02-03', true]]);
  });
  it('reads both sides of a vote joined by `mens`, a side told by its count alone naming no one', () => {
    const text = [
      'Seniorrådet',
      'Referat af møde onsdag den 4. marts 2026 kl. 10.00',
      '1. Godkendelse af dagsorden',
      'Beslutning: Godkendt.',
      '2. Tilskud til sommerudflugt',
      'Beslutning: Rådet bevilgede 5.000 kr. Tre stemte for, mens Anna Bech og Erik Sand stemte imod, da de ønskede et større beløb.',
    ].join('\n');
    const decision = parse(text).items.find((item) => item.number === 2)!.decision!;
    const against = (decision.votes ?? []).filter((vote) => vote.position === 'against').map((vote) => vote.who);
    const forVotes = (decision.votes ?? []).filter((vote) => vote.position === 'for');
    expect(against.join(' ')).toMatch(/Anna Bech og Erik Sand/u);
    expect(forVotes).toEqual([]);
  });
});
