import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions found by a tenth probe of the reader with real minutes it had not seen (25 documents and excerpts from
 * 16 municipalities and a region, 2005-2021: Byråd, Økonomiudvalg, fagudvalg, Integrationsråd, Handicapråd, Ældreråd,
 * lokaludvalg, Regionsråd; scored fact by fact against fact sheets written before the reader ran). Every text here is
 * invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'probe.txt');
}

describe('tenth real-minutes probe: an item page that prints its title once, between the head and its first section', () => {
  // København's item pages of a local committee: `Mødedato:` / `Mødested:` over the title on a line of its own, no number,
  // then the decision.
  const page = (title: string) =>
    ['Mødedato: 14.03.2016, kl. 19:00', 'Mødested: Medborgerhuset, Torvegade 8', '', title, '', 'Beslutning', '', 'Lokaludvalget drøftede sagen.', ''].join('\n');

  it('takes the lone line as the title of the one item read from its sections', () => {
    const parsed = parse(page('Cykelstier langs havnen'));
    expect(parsed.meeting.date).toBe('2016-03-14');
    expect(parsed.meeting.location).toBe('Medborgerhuset, Torvegade 8');
    expect(parsed.items.map((item) => item.title)).toEqual(['Cykelstier langs havnen']);
    expect(parsed.items[0]!.decision?.outcome).toBe('discussed');
  });

  it('leaves a sentence there alone: no title ends in a full stop', () => {
    expect(parse(page('Mødet blev holdt i salen.')).items.map((item) => item.title)).toEqual(['']);
  });

  it('leaves a label line there alone: the head reads it', () => {
    expect(parse(page('Referent: Jens Dahl')).items.map((item) => item.title)).toEqual(['']);
  });
});

describe('tenth real-minutes probe: the impersonal recommendation `Det indstilles, at`', () => {
  // Vejen's committee decisions recommend in the passive over bullets: `Beslutning <udvalg> den ...` / `Det indstilles, at`.
  const text = (decision: string) =>
    ['Udvalg: Plan- og Boligudvalget', '', 'Mødedato: 12-05-2020', '', '1.Havneplan for Nordhavn (B)', '', 'Sagsnummer: 20/311', '', 'Beslutning Plan- og Boligudvalget den 12-05-2020', decision, '  • havneplanen vedtages.', ''].join('\n');

  it('reads it as a recommendation', () => {
    expect(parse(text('Det indstilles, at')).items[0]!.decision?.outcome).toBe('recommended');
    expect(parse(text('Det anbefales at')).items[0]!.decision?.outcome).toBe('recommended');
  });

  it('leaves a sentence that only starts with the words alone', () => {
    expect(parse(text('Det indstillede forslag blev godkendt.')).items[0]!.decision?.outcome).toBe('approved');
  });
});

describe('tenth real-minutes probe: `Fremmødt:` names those present', () => {
  // A council's own web page: `Fremmødt: A, B og C.` under the one-line head.
  const text = ['Referat af rådsmøde mandag den 6. april 2020 kl. 10.00 i lokale 4', 'Fremmødt: Hanne Vig, Ole Strand og Lis Berg.', '', '1. Godkendelse af dagsorden', 'Godkendt.', '', '2. Budget 2021', 'Drøftet.', ''].join('\n');

  it('reads the members as attending', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Hanne Vig:attended', 'Ole Strand:attended', 'Lis Berg:attended']);
  });
});

describe('tenth real-minutes probe: absence lists with initials run together and a second list in the next sentence', () => {
  // Brønderslev's standing item `Fraværende`: `Afbud: A, B og C. Uden afbud D.`, a name with initials `H.S.`.
  const text = [
    'Seniorrådet - Referat',
    '',
    'Dato: 4. maj 2019',
    'Tidspunkt: Kl. 10:00',
    '',
    '1. Fraværende',
    '',
    'Beslutning',
    '',
    'Afbud: Jens K.L. Mortensen, Ida Krog og Ane Berg. Uden afbud Palle Nør.',
    '',
    '2. Orientering',
    '',
    'Beslutning',
    '',
    'Taget til efterretning.',
    '',
  ].join('\n');

  it('keeps the initials in the name and reads the second list with its own status', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual([
      'Jens K.L. Mortensen:apologies',
      'Ida Krog:apologies',
      'Ane Berg:apologies',
      'Palle Nør:absent',
    ]);
  });
});

describe('tenth real-minutes probe: `Fraværende i øvrigt:` under `Fraværende med afbud:`', () => {
  // København's old protocols: those away without an apology under their own label.
  const text = [
    'Det rådgivende Skoleudvalg',
    'BESLUTNINGSPROTOKOL',
    'fra mødet mandag den 7. marts 2005',
    '',
    'Fraværende med afbud:',
    'Kaj Lund (A)',
    '',
    'Fraværende i øvrigt:',
    'Rita Holm (V)',
    '',
    'Formanden konstaterede, at udvalget var beslutningsdygtigt.',
    '',
    'Åbne punkter',
    '',
    '1.      Skoleplan 2006',
    '',
    'Beslutning',
    'Godkendt.',
    '',
  ].join('\n');

  it('reads those under it as absent', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Kaj Lund:apologies', 'Rita Holm:absent']);
  });
});

describe('tenth real-minutes probe: an absence list printed in a table, names side by side with their parties', () => {
  // København's old protocols: the names of a list in columns, `A (Ø)        B (C)        C (B)`, a row per line.
  const text = [
    'Det rådgivende Miljøudvalg',
    'BESLUTNINGSPROTOKOL',
    'fra mødet tirsdag den 8. marts 2005',
    '',
    'Fraværende med afbud:',
    'Rie Dam (Ø)        Kurt Lind (C)        Ole Bak (B)',
    'Eva Kro (V)        Jon Mø (F)',
    '',
    'Formanden konstaterede, at udvalget var beslutningsdygtigt.',
    '',
    '1.      Affaldsplan 2006',
    '',
    'Beslutning',
    'Godkendt.',
    '',
  ].join('\n');

  it('reads one name a column', () => {
    expect(parse(text).participants.map((person) => `${person.name}:${person.attendance}`)).toEqual([
      'Rie Dam:apologies',
      'Kurt Lind:apologies',
      'Ole Bak:apologies',
      'Eva Kro:apologies',
      'Jon Mø:apologies',
    ]);
  });

  it('keeps a substitute and the member he stands in for, apart by one space, as one entry', () => {
    const substitute = text.replace('Eva Kro (V)        Jon Mø (F)', 'Eva Kro (V) for Jon Mø (F)');
    expect(parse(substitute).participants.map((person) => person.name)).not.toContain('Eva Kro (V) for Jon Mø');
    expect(parse(substitute).participants.map((person) => person.name)).toContain('Rie Dam');
  });
});

describe("tenth real-minutes probe: PolWeb's `<Organ>s møde den <dato>:` over each item's decision", () => {
  // Kalundborg's PolWeb protocol: no `Beslutning` label, the committee's meeting and a colon head each decision.
  const text = [
    '1.         Bemærkninger til dagsordenen',
    '',
    '                      Åbent',
    '',
    'Sagsnr.: 326-2012-101       J.nr.: 00.01.00            Dokumentnr.: 326-2012-202',
    '',
    'Skoleudvalgets møde den 5. marts 2012:',
    '',
    'Formanden oplyste, at der er to nye sager.',
    '',
    '2.         Gensidig orientering',
    '',
    '                      Åbent',
    '',
    'Sagsnr.: 326-2012-103       J.nr.: 00.01.00            Dokumentnr.: 326-2012-204',
    '',
    'SAGSFREMSTILLING',
    '',
    'Medlemmerne fortalte om deres arbejde.',
    '',
    'Skoleudvalgets møde den 5. marts 2012:',
    '',
    'Taget til efterretning.',
    '',
  ].join('\n');

  it('reads the text under the heading as the decision of that meeting', () => {
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Skoleudvalget');
    expect(parsed.meeting.date).toBe('2012-03-05');
    expect(parsed.items.map((item) => [item.number, item.caseNumber, item.decision?.outcome, item.decision?.text])).toEqual([
      [1, '326-2012-101', 'other', 'Formanden oplyste, at der er to nye sager.'],
      [2, '326-2012-103', 'noted', 'Taget til efterretning.'],
    ]);
  });

  it('leaves the line without its colon alone: a head or a page prints it so', () => {
    const parsed = parse(text.replaceAll('Skoleudvalgets møde den 5. marts 2012:', 'Skoleudvalgets møde den 5. marts 2012'));
    expect(parsed.items.map((item) => item.decision?.outcome)).toEqual([undefined, undefined]);
  });
});

describe('tenth real-minutes probe: an item page whose record opens with a sentence naming the meeting', () => {
  // A region's eDoc item page: the body's heading lost to the page's encoding, the record led in by `Følgende emner blev
  // nævnt under dette punkt på <Organ>s møde den <dato>:`.
  const text = [
    'Tilbage til oversigt',
    '',
    'Sundhedsudvalget',
    '03-05-2021 14:00',
    '',
    'Udskriv',
    '',
    '1. Meddelelser fra formanden',
    '',
    'Referat',
    '',
    'Følgende emner blev nævnt under dette punkt på Sundhedsudvalgets møde den 3. maj 2021:',
    '',
    'Formanden orienterede om den nye klinik.',
    '',
  ].join('\n');

  it('reads the item and its record, and the body from the heading', () => {
    const parsed = parse(text);
    expect(parsed.meeting.body).toBe('Sundhedsudvalget');
    expect(parsed.meeting.date).toBe('2021-05-03');
    expect(parsed.items.map((item) => [item.number, item.title, item.decision?.text])).toEqual([[1, 'Meddelelser fra formanden', 'Formanden orienterede om den nye klinik.']]);
  });

  it('names the body from the sentence, not the sentence, where no heading names it', () => {
    const parsed = parse(text.replace('Sundhedsudvalget\n', 'Sundhedsudvalg\u251c\u0105t\n'));
    expect(parsed.meeting.body).toBe('Sundhedsudvalget');
  });
});

describe("tenth real-minutes probe: a page that folds each item's sections as bulleted entries under the title", () => {
  // Syddjurs's meeting page: `Punkt NNN <titel>` over `• Sagsfremstilling`, `• Beslutning`, each section a list entry.
  const text = [
    'Mødedetaljer',
    '',
    'Udvalg Dato Type Hent',
    'Byrådet 24-06-2020 16:00 Referat Samlet dokument',
    '',
    'Punkt 571 Vejplan for byen',
    '  • Sagsfremstilling',
    '',
    '    Tekst om sagen.',
    '',
    '  • Beslutning',
    '',
    '    Godkendt.',
    '',
    'Punkt 572 Skoleplan 2021',
    '  • Resumé',
    '',
    '    Tekst.',
    '',
  ].join('\n');

  it('keeps the label out of the title', () => {
    expect(parse(text).items.map((item) => `${item.number} ${item.title}`)).toEqual(['571 Vejplan for byen', '572 Skoleplan 2021']);
  });
});

describe('tenth real-minutes probe: a head whose labelled fields run on in one line', () => {
  // A docplayer transcript's first page (and its download title) run `Forum:`, `Tid:`, `Sted:`, `Deltagere:`, `Afbud:`
  // and `Referent:` into one line; an item's own `Dato:` follows later.
  const text = (head: string) =>
    ['Dagsorden', head, '', '1. Godkendelse af dagsorden', '', 'Dato: 2. april 2019', '', 'Godkendt.', '', '2. Meddelelser', '', 'Taget til efterretning.', ''].join('\n');

  it('reads each field with its own label: the body, the date and time, the place', () => {
    const parsed = parse(text('Forum: Seniorrådet Tid: 3. maj 2019, kl. 14.00 Sted: Mødelokale 4, Rådhuset'));
    expect(parsed.meeting.body).toBe('Seniorrådet');
    expect(parsed.meeting.date).toBe('2019-05-03');
    expect(parsed.meeting.startTime).toBe('14:00');
    expect(parsed.meeting.location).toBe('Mødelokale 4, Rådhuset');
  });

  it('cuts before the longest label the table knows, not before a word that only ends like one', () => {
    const parsed = parse(text('Udvalg: Seniorrådet Dato: 3. maj 2019 Afbud fra: Ida Holm Referent: Bo Lund'));
    expect(parsed.meeting.body).toBe('Seniorrådet');
    expect(parsed.meeting.date).toBe('2019-05-03');
    expect(parsed.participants.map((person) => `${person.name}:${person.attendance}`)).toEqual(['Ida Holm:apologies']);
  });

  it('leaves a line alone whose later colon follows no label', () => {
    expect(parse(text('Udvalg: Seniorrådet og Klubben: Aktiv')).meeting.body).toBe('Seniorrådet og Klubben: Aktiv');
  });
});
