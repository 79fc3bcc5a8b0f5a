import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a seventh probe of the reader with real minutes it had not seen (28 documents and excerpts from
 * 18 municipalities and three regions, 2013-2025, scored fact by fact against hand-made fact sheets). Every text here is
 * invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

/** A region's item whose first lines are its body's dated decision (`Forretningsudvalgets beslutning den ...:`). */
function regionItem(number: number, title: string, lines: readonly string[]): string[] {
  return [`${number}. ${title}`, '', 'Forretningsudvalgets beslutning den 3. marts 2026:', '', ...lines];
}

/**
 * An item of a web page that numbers its ordered list before the item's own number (` 3.  3. Title`), with
 * Kulturudvalget's dated decision block and the decision's lines (and what follows them) indented under it.
 */
function listedItem(number: number, title: string, lines: readonly string[]): string[] {
  return [` ${number}.  ${number}. ${title}`, '', '  Beslutning i Kulturudvalget den 10-03-2026', '', ...lines.map((line) => (line ? `  ${line}` : ''))];
}

describe('seventh real-minutes probe: a meeting named only by its decision blocks', () => {
  // A region's publication: the agenda's list, then each item with its `POLITISK BEHANDLING`, this body's dated block
  // first and the committees' that recommended the case below it (newest first). No head names the meeting.
  const text = [
    'Forretningsudvalg - mødesager',
    '',
    'Punkter på dagsordenen',
    '',
    '  1. Godkendelse af dagsorden',
    '  2. Plan for cykelstier i 2026',
    '',
    'Medlemmer',
    '',
    ...regionItem(1, 'Godkendelse af dagsorden', ['Dagsordenen blev godkendt.', '']),
    '2. Plan for cykelstier i 2026',
    '',
    'INDSTILLING',
    '',
    'Trafikudvalget anbefaler over for forretningsudvalget og regionsrådet, at planen godkendes.',
    '',
    'POLITISK BEHANDLING',
    '',
    'Forretningsudvalgets beslutning den 3. marts 2026:',
    '',
    'Anbefalet.',
    '',
    'Trafikudvalgets beslutning den 24. februar 2026:',
    'Anbefalet.',
    '',
    'BAGGRUND',
    '',
    'Planen samler kommunernes ønsker til nye stier.',
  ].join('\n');

  it('reads the meeting from the newest block: the body and date every item agrees on', () => {
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Forretningsudvalget', date: '2026-03-03' });
  });

  it("takes the newest block as this meeting's decision and the older one as an earlier treatment", () => {
    const item = parse(text).items.find((candidate) => candidate.number === 2)!;
    expect(item.decision).toMatchObject({ outcome: 'recommended' });
    expect(item.earlierTreatments).toEqual([expect.objectContaining({ body: 'Trafikudvalget', date: '2026-02-24', outcome: 'recommended' })]);
  });
});

describe('seventh real-minutes probe: site links in a meeting page', () => {
  it('never reads a link to the site\'s committees (`Se hvilke fagudvalg der er aktive`) or `Tilbage` as the meeting', () => {
    const text = [
      'Dagsordener og referater',
      '',
      'Se hvilke fagudvalg der er aktive',
      '',
      'Økonomiudvalget',
      '',
      'Onsdag den 11-03-2026 kl. 17:00',
      '',
      'Tilbage',
      '',
      'Indholdsfortegnelse',
      '',
      '41. Godkendelse af dagsorden',
      '',
      'Sagsnummer: 00.22.04-G01-3-26',
      '',
      'Beslutning',
      '',
      'Godkendt.',
      '',
      '42. Salg af grund ved havnen',
      '',
      'Sagsnummer: 02.34.02-P19-7-26',
      '',
      'Beslutning',
      '',
      'Anbefalet.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Økonomiudvalget');
    expect(parsed.meeting.date).toBe('2026-03-11');
    expect(parsed.meeting.location).toBeUndefined();
    expect(parsed.items.map((item) => item.number)).toEqual([41, 42]);
  });
});

describe('seventh real-minutes probe: an ordered list that numbers the items again', () => {
  it('reads ` 3.  3. Title` as item 3 with its title, not `3. Title`', () => {
    const text = [
      'Referat',
      '',
      'Beslutning i Kulturudvalget den 10-03-2026',
      '',
      ...listedItem(3, 'Orientering fra formanden', ['Til orientering.', '']),
      ...listedItem(4, 'Tilskud til sommerkoncerter', ['Godkendt.']),
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [3, 'Orientering fra formanden'],
      [4, 'Tilskud til sommerkoncerter'],
    ]);
  });
});

describe('seventh real-minutes probe: verdicts numbered by the recommendation, closed items without a title', () => {
  // A web page's items: the decision numbers its verdict by the recommendation's point (`1. Godkendt`), and a closed
  // item prints its number and `Lukket punkt` only, the next heading straight under it.
  const text = [
    'Kulturudvalget',
    '',
    'Mandag den 09-03-2026 kl. 16:30',
    '',
    '12. Godkendelse af dagsorden',
    '',
    'Sagsnummer: 00.22.00-P35-2-26',
    '',
    'Administrationen indstiller til udvalget',
    '  1. at godkende dagsorden',
    '',
    'Beslutning',
    '',
    '1. Godkendt',
    '',
    '13. Meddelelser',
    '',
    'Sagsnummer: 00.22.04-G01-5-26',
    '',
    'Beslutning',
    '',
    'Udvalget tog orienteringen til efterretning.',
    '',
    '14. Lukket punkt',
    '',
    '15. Tilskud til byfest',
    '',
    'Sagsnummer: 18.15.00-G01-9-26',
    '',
    'Beslutning',
    '',
    '1. Godkendt',
  ].join('\n');

  it('reads the item after a numbered verdict (`1. Godkendt` / `13. Meddelelser`) as an item, not a list with it', () => {
    const items = parse(text).items;
    expect(items.map((item) => item.number)).toEqual([12, 13, 14, 15]);
    expect(items[0]!.decision).toMatchObject({ outcome: 'approved' });
  });

  it('reads `14. Lukket punkt` alone as a closed item', () => {
    const closed = parse(text).items.find((item) => item.number === 14);
    expect(closed).toMatchObject({ closed: true });
    expect(closed!.decision).toBeUndefined();
  });
});

describe('seventh real-minutes probe: a member a line with the party after a comma', () => {
  it('reads `Lise Holm, A` as the member Lise Holm of party A, not two members', () => {
    const text = [
      'Referat',
      '',
      'Deltagere:',
      '',
      '',
      'Lise Holm, A',
      'Bo Kjær Nielsen, V',
      'Anne Dam, Ø',
      '',
      '',
      'Fraværende:',
      'Afbud:',
      '',
      ...listedItem(1, 'Godkendelse af dagsordenen', ['Godkendt.']),
    ].join('\n');
    const participants = parse(text).participants;
    expect(participants.map((person) => person.name)).toEqual(['Lise Holm', 'Bo Kjær Nielsen', 'Anne Dam']);
    expect(participants.map((person) => person.party)).toEqual(['A', 'V', 'Ø']);
  });
});

describe('seventh real-minutes probe: numbered names under an absence label at the end of a decision', () => {
  it('reads the next item right under `Afbud:` / `1. Lise Holm, A`, not as the list going on', () => {
    const text = [
      'Referat',
      '',
      ...listedItem(1, 'Godkendelse af dagsordenen', ['Dagsordenen blev godkendt.', '', 'Afbud:', '1. Lise Holm, A']),
      ' 2.  2. Orientering fra formanden',
      '',
      '  Sagsfremstilling',
      '',
      '  Formanden orienterer om aktuelle sager.',
      '',
      '  Beslutning i Kulturudvalget den 10-03-2026',
      '',
      '  Til orientering.',
      '',
      '  Afbud:',
      '  1. Lise Holm, A',
      ...listedItem(3, 'Tilskud til sommerkoncerter', ['Godkendt.']),
    ].join('\n');
    const items = parse(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [1, 'Godkendelse af dagsordenen'],
      [2, 'Orientering fra formanden'],
      [3, 'Tilskud til sommerkoncerter'],
    ]);
    expect(items[1]!.decision).toMatchObject({ outcome: 'noted' });
  });
});

describe('seventh real-minutes probe: attendance and outcomes told in the decisions', () => {
  it("reads members who `deltog ikke i sagens behandling` under every decision as away from the meeting", () => {
    const text = [
      'Forretningsudvalg - mødesager',
      '',
      ...regionItem(1, 'Godkendelse af dagsorden', ['Dagsordenen blev godkendt.', '', 'Lise Holm (A) og Bo Dam (V) deltog ikke i sagens behandling.', '']),
      '2. Plan for cykelstier i 2026',
      '',
      'POLITISK BEHANDLING',
      '',
      'Forretningsudvalgets beslutning den 3. marts 2026:',
      '',
      'Anbefalet.',
      '',
      'Lise Holm (A) og Bo Dam (V) deltog ikke i sagens behandling.',
    ].join('\n');
    const participants = parse(text).participants;
    expect(participants.map((person) => [person.name, person.attendance])).toEqual([
      ['Lise Holm', 'absent'],
      ['Bo Dam', 'absent'],
    ]);
  });

  it('reads a decision that lists what the committee was told (`Orientering om:`) as noted', () => {
    const text = [
      'Referat',
      '',
      ...listedItem(2, 'Orientering fra formanden', ['Orientering om:', '', 'Byens sommerkoncerter flyttes til havnen.', '']),
      ...listedItem(3, 'Tilskud til sommerkoncerter', ['Godkendt.']),
    ].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'noted' });
  });
});

describe('seventh real-minutes probe: a bulleted member list with its absences under a bulleted `Afbud`', () => {
  it('reads `• Afbud` as the label and `• A, F - B stedfortræder` as A away and B for A', () => {
    const text = [
      'Regionsrådet - Referat - 2. marts 2026',
      '',
      'Mødedato',
      '02-03-2026 kl. 15:00 - 18:00',
      ' ',
      'Mødested',
      'Regionsrådssalen',
      ' ',
      'Deltagere',
      ' ',
      ' • Lise Holm, A',
      ' • Bo Kjær Nielsen, V',
      ' • Anne Dam, F',
      '',
      ' • Afbud',
      '   ',
      ' • Anne Dam, F - Per Lund stedfortræder',
      '',
      ' •  ',
      '',
      '  Luk alle punkter Referat',
      '   ',
      '',
      '  1. Regnskab for 2025',
      '  2. Plan for sygehusbyggeri',
    ].join('\n');
    const participants = parse(text).participants;
    expect(participants.find((person) => person.name === 'Anne Dam')).toMatchObject({ attendance: 'apologies', party: 'F' });
    expect(participants.find((person) => person.name === 'Per Lund')).toMatchObject({ substituteFor: 'Anne Dam' });
    expect(participants.map((person) => person.name)).not.toContain('Luk alle punkter Referat');
    expect(participants.map((person) => person.name)).not.toContain('V');
  });
});

describe('seventh real-minutes probe: a substitute who `indtræder ... som stedfortræder for` a member', () => {
  it('reads the council approving the substitute in its first decision', () => {
    const text = [
      'Byråd',
      '',
      'Tirsdag den 10-03-2026 kl. 19:00',
      '',
      '21. Godkendelse af dagsorden',
      '',
      'Sagsnummer: 00.22.04-G01-2-26',
      '',
      'Beslutning',
      '  1. Godkendt.',
      '',
      'Besluttet at betingelserne for indkaldelse af stedfortræder i forbindelse med Lise Holms lovlige forfald er opfyldt. Bo Dam (V) indtræder i Byrådet som stedfortræder for Lise Holm.',
      '',
      '22. Salg af grund ved havnen',
      '',
      'Sagsnummer: 02.34.02-P19-7-26',
      '',
      'Beslutning',
      '',
      'Godkendt.',
    ].join('\n');
    expect(parse(text).participants.find((person) => person.name === 'Bo Dam')).toMatchObject({ substituteFor: 'Lise Holm' });
  });
});

describe('seventh real-minutes probe: words before the committee in a head line', () => {
  it('reads the committee after a print button glued to it (`Udskriv <udvalg>`)', () => {
    const text = ['Udskriv Kultur- og Fritidsudvalget', '', 'Tirsdag den 10.03.2026 kl. 16:30', 'Sagsnr.: 12', 'Vis dagsorden', '', 'Meddelelser fra mødet', '', 'Formanden orienterede om sommerens koncerter.'].join('\n');
    expect(parse(text).meeting.body).toBe('Kultur- og Fritidsudvalget');
  });

  it('reads the committee of a dated decision block standing as the head (`Beslutning i <udvalg> den <dato>`)', () => {
    const text = ['Referat', '', 'Beslutning i Kulturudvalget den 10-03-2026', '', ...listedItem(3, 'Orientering fra formanden', ['Til orientering.'])].join('\n');
    expect(parse(text).meeting).toMatchObject({ body: 'Kulturudvalget', date: '2026-03-10' });
  });
});

describe('seventh real-minutes probe, leftovers (twenty-third session): attendance told in the first items', () => {
  const meeting = (first: readonly string[], second: readonly string[] = ['Godkendt.']) =>
    ['Prøve Kommune', 'Byrådet', 'Referat af mødet den 17. januar 2026', '', 'Medlemmer: Anne Holm (A), Bo Lund (Ø), Carl Berg (V), Dorte Kjær (Ø)', '', '1. Godkendelse af dagsorden', '', 'Beslutning', '', ...first, '', '2. Vejplan 2026', '', 'Beslutning', '', ...second].join('\n');

  it('reads a substitute `var indkaldt som stedfortræder` without `for` as the one for the apology reported before it', () => {
    const parsed = parse(meeting(['Borgmesteren oplyste, at der var afbud fra Bo Lund (Ø). Eva Friis (Ø) var indkaldt som stedfortræder efter forretningsordenens § 3.', '', 'Dagsordenen blev godkendt.']));
    expect(parsed.participants.find((person) => person.name === 'Eva Friis')).toMatchObject({ attendance: 'attended', substituteFor: 'Bo Lund' });
    expect(parsed.participants.find((person) => person.name === 'Bo Lund')?.attendance).toBe('apologies');
  });

  it('reads the substitutes an opening item`s approved recommendation seats (`at A indtræder som stedfortræder for B,`)', () => {
    const opening = ['Indstilling', '', 'Sekretariatet indstiller,', '', 'at Eva J. Friis indtræder som stedfortræder for Bo Lund,', '', 'at Finn Dahl indtræder som stedfortræder for Dorte Kjær, og', '', 'at dagsordenen godkendes.', '', 'Beslutning', '', 'Godkendt.'];
    const text = ['Prøve Kommune', 'Byrådet', 'Referat af mødet den 17. januar 2026', '', 'Medlemmer: Anne Holm (A), Bo Lund (Ø), Carl Berg (V), Dorte Kjær (Ø)', '', '1. Godkendelse af dagsorden', '', ...opening, '', '2. Vejplan 2026', '', 'Beslutning', '', 'Godkendt.'].join('\n');
    const parsed = parse(text);
    expect(parsed.participants.filter((person) => person.substituteFor).map((person) => [person.name, person.substituteFor])).toEqual([
      ['Eva J. Friis', 'Bo Lund'],
      ['Finn Dahl', 'Dorte Kjær'],
    ]);
    expect(parsed.participants.find((person) => person.name === 'Bo Lund')?.attendance).toBe('absent');
    // (Not approved, the recommendation seats nobody.)
    expect(parse(text.replace('Godkendt.\n\n2.', 'Udsat.\n\n2.')).participants.some((person) => person.substituteFor)).toBe(false);
  });

  it('reads members named together as away from the item the sentence stands in (`A og B deltog ikke i dette punkt`)', () => {
    const parsed = parse(meeting(['Godkendt.'], ['Godkendt.', '', 'Anne Holm (A) og Carl Berg (V) deltog ikke i dette punkt.']));
    expect(parsed.participants.filter((person) => person.partial).map((person) => [person.name, person.attendance, person.partial])).toEqual([
      ['Anne Holm', 'attended', 'deltog ikke i dette punkt'],
      ['Carl Berg', 'attended', 'deltog ikke i dette punkt'],
    ]);
    expect(parsed.items[1]!.absences.map((person) => [person.name, person.partial])).toEqual([
      ['Anne Holm', 'deltog ikke i dette punkt'],
      ['Carl Berg', 'deltog ikke i dette punkt'],
    ]);
  });
});
