import { LAYOUT_FIXTURES, perturbFixture } from '../fixtures/index.js';
import { parseMinutes } from './parse-minutes.js';

// Facts the seventeenth held-out round's formats lost under page furniture, re-wrapping and odd characters (twenty-first
// session, the round drawn by the perturbation properties). Invented texts.

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');

describe("a converter's report above the text, under an extraction's whitespace and invisible characters", () => {
  const report = (hashes: string, space: string) => [
    `${hashes}${space} Translation from RTF performed by UnRTF, version 0.19.3`,
    `### creation${space}date: 2 March 2004 21:40`,
    '### author: abc',
    '-----------------',
  ];
  const body = ['PRØVEBY KOMMUNE', 'Økonomiudvalget', 'REFERAT', 'af møde mandag den 1. marts 2004 kl. 16.30 i mødelokale 4', 'Sag nr. 31.\tVejbelysning', 'Økonomiudvalgets beslutning:', 'Godkendt.'];
  const meeting = (lines: readonly string[]) => {
    const { meeting: read } = parse(lines.join('\n'));
    return [read.date, read.startTime];
  };

  it.each([
    ['a form feed before it', ['\f', ' ']],
    ['a tab before it', ['\t', ' ']],
    ['a no-break space after the hashes', ['', '\u00a0']],
    ['a zero-width character between the hashes', ['', ' ', '#\u200c##']],
  ])('is blanked with %s: its file time is no meeting`s', (_case, [before, space, hashes]) => {
    const lines = report(hashes ?? '###', space!);
    lines[0] = `${before}${lines[0]}`;
    expect(meeting([...lines, ...body])).toEqual(['2004-03-01', '16:30']);
  });
});

it('reads a head sentence without a full stop wrapped before its lower-case tail (`... kl. 16.30 i det lille` / `mødelokale, Prøveby Rådhus`)', () => {
  const text = ['Økonomiudvalget', 'REFERAT', 'af møde mandag den 1. marts 2004 kl. 16.30 i det lille', 'mødelokale, Prøveby Rådhus', 'Til stede:\tAnne Berg, Bo Dahl', 'Sag nr. 31.\tVejbelysning', 'Økonomiudvalgets beslutning:', 'Godkendt.'].join('\n');
  const { meeting } = parse(text);
  expect([meeting.date, meeting.startTime, meeting.location]).toEqual(['2004-03-01', '16:30', 'det lille mødelokale, Prøveby Rådhus']);
});

it('keeps a sentence`s lower-case tail that recurs beside two page breaks (`råderum i` / `Side 3 af 4` / `budget 2021.`) in the text', () => {
  const page = (number: number) => [`Side ${number} af 4`];
  const text = [
    'Økonomiudvalget',
    'REFERAT',
    'af møde mandag den 1. marts 2021 kl. 16.30 i mødelokale 4',
    'Sag nr. 31.\tArkiv',
    'Økonomiafdelingen indstiller, at der afsættes 95.000 kr. i',
    'budget 2021.',
    'Økonomiudvalgets beslutning:',
    'Godkendt.',
    ...page(1),
    '\fSag nr. 32.\tVejbelysning',
    'Sagsfremstilling:',
    'Belysningen på Nørregade er nedslidt og skal udskiftes.',
    'Økonomiudvalgets beslutning:',
    'Godkendt.',
    ...page(2),
    '\fSag nr. 33.\tSkolerenovering',
    'Sagsfremstilling:',
    'SF foreslår en renovering af skolen.',
    'Økonomiudvalgets beslutning:',
    'Forslaget kunne ikke godkendes, idet der ikke er råderum i',
    ...page(3),
    '\fbudget 2021.',
    'Bo Dahl (F) tog forbehold.',
    'Sag nr. 34.\tMeddelelser',
    'Økonomiudvalgets beslutning:',
    'Taget til efterretning.',
  ].join('\n');
  expect(parse(text).items.find((item) => item.number === 33)?.decision?.text).toMatch(/råderum i\s+budget 2021\.\s+Bo Dahl/u);
});

it('reads a vote`s phrase wrapped inside itself (`Et flertal bestående af A og V godkendte` / `indstillingen.`)', () => {
  const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Skoledistrikter', 'Beslutning:', 'Godkendt.', 'Et flertal bestående af A og V godkendte', 'indstillingen. Ø stemte imod.'].join('\n');
  expect(parse(text).items[0]!.decision!.votes!.map((vote) => [vote.position, vote.who])).toEqual([
    ['for', 'A, V'],
    ['against', 'Ø'],
  ]);
});

it('reads a head note`s sentence that a page`s end parts from the note`s first line (`Information:` / ... / `Side 1 af 3` / `\\fA deltog fra ...`)', () => {
  const text = [
    'Prøveudvalget - Mødelokale 1, Rådhuset',
    'Referat 5. marts 2024 kl. 15.00',
    'Udvalg:',
    'Prøveudvalget',
    'Mødedato:',
    'tirsdag 5. marts 2024 kl. 15.00',
    'Information:',
    'Mødet sluttede kl. 17.10.',
    'Side 1 af 3',
    '\fIda Holm deltog fra kl. 15.30 og var ikke til stede under punkt 1.',
    'Mødedeltagere:',
    'Punkt',
    'Titel',
    '1',
    'Godkendelse af dagsorden',
    'EMN-2024-000111',
    'Beslutninger',
    'Godkendt.',
    'Afbud: Bo Dahl (V).',
  ].join('\n');
  expect(parse(text).participants.filter((participant) => participant.partial).map((participant) => [participant.name, participant.partial])).toEqual([['Ida Holm', expect.stringContaining('15.30')]]);
});

it('ends a title cut after its joining word in a body`s name under a form feed (`... i Ældrerådet og` / `\\fHandicaprådet`)', () => {
  const text = [
    'Prøveudvalget',
    'Tirsdag den 4. februar 2020 - kl. 15:00',
    '',
    'Punkt 1 Godkendelse af dagsorden',
    '',
    'Beslutning',
    'Godkendt.',
    '',
    'Punkt 2 Plejeboligplan - godkendelse efter høring i Ældrerådet og',
    '\fHandicaprådet',
    '',
    'Sagsfremstilling',
    'Planen har været i høring.',
    '',
    'Beslutning',
    'Anbefales.',
  ].join('\n');
  expect(parse(text).items.map((item) => item.title)).toEqual(['Godkendelse af dagsorden', 'Plejeboligplan - godkendelse efter høring i Ældrerådet og Handicaprådet']);
});

it('reads an item heading (`Sag nr. N <titel>`, `§ N <titel>`) under a form feed where its contents entry stands under one too', () => {
  const lines = (mark: (number: number) => string) => [
    'Referat af Prøveudvalgets møde tirsdag den 8. marts 2005 kl. 19.00 på Rådhuset',
    '',
    'Indhold',
    `${mark(1)} Godkendelse af dagsorden`,
    `\f${mark(2)} Vintertjeneste 2004-2005 - status`,
    `${mark(3)} Meddelelser`,
    '',
    `${mark(1)} Godkendelse af dagsorden`,
    'Beslutning:',
    'Godkendt.',
    '',
    `\f${mark(2)} Vintertjeneste 2004-2005 - status`,
    'Beslutning:',
    'Taget til efterretning.',
    '',
    `${mark(3)} Meddelelser`,
    'Beslutning:',
    '\fTaget til efterretning.',
    '',
  ];
  expect(parse(lines((number) => `Sag nr. ${number}`).join('\n')).items.map((item) => [item.number, item.title])).toEqual([
    [1, 'Godkendelse af dagsorden'],
    [2, 'Vintertjeneste 2004-2005 - status'],
    [3, 'Meddelelser'],
  ]);
  expect(parse(lines((number) => `§ ${number}\t`).join('\n')).items.map((item) => item.number)).toEqual([1, 2, 3]);
});

describe('an eDoc page`s running head under a form feed, its first line the body`s name that the items name too', () => {
  const head = ['Prøveudvalget ', 'Referat', 'Åbent referat', 'Dato: 14.05.2014'];
  const text = (decisionHeading: readonly string[], recommendation: readonly string[]) =>
    [
      ...head,
      'Side 1',
      '',
      'Referat',
      '',
      'Prøveudvalget',
      '',
      'onsdag den 14. maj 2014, kl. 17:00',
      '',
      '1. Renovering af kunstgræsbanen',
      'Sagsnr.: 2014-01120',
      'Dok.nr.: 2014-198762',
      'Beslutningen træffes af',
      'Kommunalbestyrelsen',
      'Indstilling',
      ...recommendation,
      ...decisionHeading,
      'Anbefales.',
      '',
      '2. Meddelelser',
      'Sagsnr.: 2014-01121',
      'Dok.nr.: 2014-198763',
      'Beslutningen træffes af',
      'Prøveudvalget',
      'Prøveudvalgets beslutning den 14.05.2014 Punkt 2',
      'Taget til efterretning.',
      'Side 2 af 3',
      ...head.map((line, at) => (at === 0 ? `\f${line}` : line)),
      'Prøveudvalget',
    ].join('\n');
  const oneLine = ['Prøveudvalgets beslutning den 14.05.2014 Punkt 1'];
  const recommendation = ['Forvaltningen indstiller, at udvalget over for Økonomiudvalget og Kommunalbestyrelsen anbefaler bevillingen.'];

  it('reads a decision heading wrapped over the page`s end (`<Udvalg>s beslutning` / <page head> / `den 14.05.2014 Punkt 1`)', () => {
    const parted = ['Prøveudvalgets beslutning', 'Side 1 af 3', ...head.map((line, at) => (at === 0 ? `\f${line}` : line)), 'den 14.05.2014 Punkt 1'];
    const decision = (lines: readonly string[]) => {
      const read = parse(text(lines, recommendation)).items[0]!.decision;
      return [read?.outcome, read?.date, read?.text];
    };
    expect(decision(parted)).toEqual(decision(oneLine));
    expect(decision(oneLine)).toEqual(['recommended', '2014-05-14', 'Anbefales.']);
  });

  it('reads a recommendation wrapped over the page`s end (`... at udvalget over` / <page head> / `for Økonomiudvalget og ...`)', () => {
    const parted = ['Forvaltningen indstiller, at udvalget over', 'Side 1 af 3', ...head.map((line, at) => (at === 0 ? `\f${line}` : line)), 'for Økonomiudvalget og Kommunalbestyrelsen anbefaler bevillingen.'];
    const recommendedTo = (lines: readonly string[]) => parse(text(oneLine, lines)).items[0]!.decision?.recommendedTo;
    expect(recommendedTo(parted)).toBe(recommendedTo(recommendation));
    expect(recommendedTo(recommendation)).toBe('Økonomiudvalget');
  });
});

it('reads the parties of a counted minority that carried no vote of its own (`forkastet med 4 stemmer (SF) mod 17`) as votes for', () => {
  const text = ['Prøveudvalget', 'Dato: 4. maj 2021', '', '1. Forslag om cykelsti', 'Beslutning:', 'Forslaget blev forkastet med 4 stemmer (SF) mod 17.'].join('\n');
  const decision = parse(text).items[0]!.decision!;
  expect([decision.outcome, decision.votes?.map((vote) => [vote.position, vote.who])]).toEqual(['rejected', [['for', 'SF']]]);
});

it('keeps the deciding body`s field (`Kompetence: <organ>`), the same in several items, where page breaks fall beside it', () => {
  // Svendborg 2022 (Slagelse family) with page breaks and form feeds: `Kompetence: Erhvervs- og Vækstudvalget` stands by a
  // page's end in items 3 and 6 and recurs in five items; it is the items' field, not the pages' foot.
  const fixture = LAYOUT_FIXTURES.find((candidate) => candidate.name === 'svendborg-erhverv-og-vaekst-2022-03-07.txt')!;
  const text = perturbFixture(fixture, { kinds: ['page-breaks', 'form-feeds'], seed: 1963091489 });
  expect(text).toMatch(/Kompetence: Erhvervs- og Vækstudvalget\n\nSide \d af \d\n\fResumé/u);
  const deciding = (minutes: string) => parse(minutes).items.map((item) => [item.number, item.decidingBody ?? null]);
  expect(deciding(text)).toEqual(deciding(fixture.text));
});
