import { readCaseNumber } from './case-number.js';
import { readOutcome } from './decision-outcome.js';
import { earlierTreatmentsInProse } from './earlier-prose.parser.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the fourth held-out round of issue 12 (half B: Sjælland, Hovedstaden, Fyn) showed the reader missing, and
// the third round's leftovers (invented texts, one convention each).

const parse = (text: string) => parseMinutes(text, 'synthetic.txt');
const items = (text: string) => parse(text).items.map((item) => [item.number ?? null, item.title, item.closed]);
const people = (text: string) => parse(text).participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null]);
const decisionOf = (line: string) => parse(['Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', line].join('\n')).items[0]!.decision;

describe('conventions from the fourth held-out round (half B)', () => {
  it('reads a postponement said after a discussion or after a sentence it does not know', () => {
    expect(decisionOf('Udvalget drøftede sagen. Sagen udsættes til næste møde.')).toMatchObject({ postponed: true });
    // The case comes back at a later meeting: postponed, however the discussion before it is worded.
    expect(decisionOf('Udvalget drøftede modellerne. Sagen genoptages på næste møde.')).toMatchObject({ postponed: true });
    expect(decisionOf('Drøftet. Sagen genoptages på et senere møde.')).toMatchObject({ postponed: true });
    expect(decisionOf('Udvalget ønsker sagen belyst, når der foreligger en vurdering. Sagen blev udsat.')).toMatchObject({ postponed: true });
    // A discussion that ends otherwise stays a discussion.
    expect(decisionOf('Udvalget drøftede sagen. Forvaltningen orienterer igen i juni.')).toMatchObject({ outcome: 'discussed' });
  });

  it('reads a refusal (`meddelte afslag`, `Afslag.`) as a rejection', () => {
    expect(readOutcome('Teknikudvalget meddelte afslag på ansøgningen.').outcome).toBe('rejected');
    expect(readOutcome('Afslag.').outcome).toBe('rejected');
    // A permission given is no refusal: since the seventeenth round (half B) the impersonal passive grant reads as approved.
    expect(readOutcome('Der gives tilladelse.').outcome).toBe('approved');
  });

  it('reads Hørsholm`s `Punkt: N` over the item`s fields, the title below them and `Acadre sagsnr.:` as the case number', () => {
    const text = [
      'Prøveudvalget', 'Referat fra ordinært møde', 'Tirsdag den 04-03-2025 kl. 9:00', 'Følgende sager behandles på mødet', 'Side',
      'Salg af grund ved skolen', '2', 'Ny parkeringsplan', '3', '',
      'Prøveudvalget', 'Punkt: 7', 'Acadre sagsnr.: 25/00412', 'Journalnr.: 00.01.00A00', 'Sagsforløb: PU - Åben sag', 'Mødedato: 04-03-2025',
      'Sagsbehandler: Ole Holm', 'Salg af grund ved skolen', 'Baggrund', 'Grunden er ubebygget.', 'Beslutning', 'Godkendt.', '',
      'Prøveudvalget', 'Punkt: 8', 'Acadre sagsnr.: 25/00413', 'Sagsforløb: PU - Åben sag', 'Sagsbehandler: Ole Holm', 'Ny parkeringsplan', 'Beslutning', 'Udsat.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2025-03-04', startTime: '09:00' });
    // `Følgende sager behandles på mødet` heads the contents: its titles are no place.
    expect(parsed.meeting.location).toBeUndefined();
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber])).toEqual([
      [7, 'Salg af grund ved skolen', '25/00412'],
      [8, 'Ny parkeringsplan', '25/00413'],
    ]);
  });

  it('reads Gentofte`s `N (Åben) Titel` / `N (Lukket) Titel` headings and the serial-year case number alone under them', () => {
    const text = [
      'PRØVSTRUP KOMMUNE', 'Referat af møde i Prøveudvalget', 'Mødetidspunkt 03-03-2025 17:00', 'Mødeafholdelse Mødelokale 2, Rådhuset', '',
      '1 (Åben) Nyt skolevejsprojekt', '044120-2025', 'Beslutning', 'Godkendt.', '', '2 (Lukket) Køb af areal', '044388-2025',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting.location).toBe('Mødelokale 2, Rådhuset');
    expect(parsed.items.map((item) => [item.number, item.title, item.closed, item.caseNumber])).toEqual([
      [1, 'Nyt skolevejsprojekt', false, '044120-2025'],
      [2, 'Køb af areal', true, '044388-2025'],
    ]);
    expect(readCaseNumber('044120-2025')).toMatchObject({ value: '044120-2025', scheme: 'serial-year' });
    // Five digits or a year that is none are no such number.
    expect(readCaseNumber('12345-2025')).toBeUndefined();
  });

  it('drops the item`s type before its title (`Beslutningssag:`), and reads `Lukket - <titel>` and `<titel> - LUKKET SAG` as closed', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '',
      '1.', 'Beslutningssag: Salg af grund', 'Sagsnr.: 25/1001', 'Beslutning', 'Godkendt.', '',
      '2.', 'Orienteringssag: Nyt om budgettet', 'Sagsnr.: 25/1002', 'Beslutning', 'Taget til efterretning.', '',
      '3.', 'Lukket - Køb af ejendom', 'Sagsnr.: 25/1003', '',
      '4.', 'Salg af areal - LUKKET SAG', 'Sagsnr.: 25/1004',
    ].join('\n');
    expect(items(text)).toEqual([
      [1, 'Salg af grund', false],
      [2, 'Nyt om budgettet', false],
      [3, 'Køb af ejendom', true],
      [4, 'Salg af areal', true],
    ]);
  });

  it('pairs a head`s labels printed in one column with the values printed after them, in order', () => {
    const text = [
      'Prøveudvalget', 'Referat', 'Dato', '3. marts 2025', 'Sted', 'Medlemmer', 'Fraværende', 'Lokale 4, Rådhuset',
      'Anne Holm, Bo Dahl, Carl Sand,', 'Dorte Vang', 'Bo Dahl', 'Bemærkninger', '', '1. Salg af grund', 'Beslutning', 'Godkendt.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2025-03-03', location: 'Lokale 4, Rådhuset' });
    expect(people(text)).toEqual([
      ['Anne Holm', 'attended', null],
      ['Bo Dahl', 'absent', null],
      ['Carl Sand', 'attended', null],
      ['Dorte Vang', 'attended', null],
    ]);
    // Broby's older form: the labels with colons, six values after them.
    const old = [
      'Prøvstrup Kommune', 'Kommunalbestyrelsen', 'Referat', 'Dato:', 'Starttidspunkt for møde:', 'Mødested:', 'Afbud fra:',
      'Onsdag den 12-jun-2002', 'Kl. 19:00', 'Rådhusets mødesal', 'Erik Holm', '', '1. Salg af grund', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(parse(old).meeting).toMatchObject({ date: '2002-06-12', startTime: '19:00', location: 'Rådhusets mødesal' });
    expect(people(old)).toEqual([['Erik Holm', 'apologies', null]]);
  });

  it('reads a substitute in `Som suppleant deltog B (V).` and in `Fraværende: A (stedfortræder: B)`, and a list`s last names joined by `og`', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning',
      'Afbud fra Lars Holm (V). Som suppleant deltog Mona Berg (V).', 'Godkendt.', '', '2. Asfalt', 'Beslutning',
      'Afbud fra Lars Holm (V). Som suppleant deltog Mona Berg (V).', 'Godkendt.',
    ].join('\n');
    expect(parse(text).participants.map((person) => [person.name, person.substituteFor ?? null])).toEqual(
      expect.arrayContaining([['Mona Berg', 'Lars Holm']]),
    );
    const head = [
      'Referat af møde i Prøveudvalget', 'Mødetidspunkt 03-03-2025 17:00', 'Tilstede: Anne Holm, Carl Sand og Kim Lund', 'Fraværende: Bo Dahl (stedfortræder: Kim Lund)',
      '', '1 (Åben) Salg af grund', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(people(head)).toEqual([
      ['Anne Holm', 'attended', null],
      ['Carl Sand', 'attended', null],
      ['Kim Lund', 'attended', 'Bo Dahl'],
      ['Bo Dahl', 'absent', null],
    ]);
  });

  it('reads votes `For indstillingen stemte:`, `Et flertal (C, V og A)` and a vote in a clause (`idet A (V) stemte imod`)', () => {
    const votes = (...lines: string[]) => decisionOf(lines.join('\n'))!.votes;
    expect(votes('For indstillingen stemte: Anne Holm og Bo Dahl.', 'Imod stemte: Carl Sand.', 'Indstillingen er dermed tiltrådt.')).toEqual([
      expect.objectContaining({ position: 'for', who: 'Anne Holm og Bo Dahl.' }),
      expect.objectContaining({ position: 'against', who: 'Carl Sand.' }),
    ]);
    expect(votes('Et flertal (C, V og A) anbefaler indstillingen.', 'Et mindretal (Ø) stemte imod.')).toEqual([
      expect.objectContaining({ position: 'for', who: 'C, V og A' }),
      expect.objectContaining({ position: 'against', who: 'Ø' }),
    ]);
    expect(votes('Godkendt, idet Carl Sand (V) stemte imod.')).toEqual([expect.objectContaining({ position: 'against', who: 'Carl Sand (V)' })]);
  });

  it('reads earlier treatments told as `Sagen blev behandlet i <organ> den <dato>, hvor ...` and `<organ> besluttede den <dato>`', () => {
    const meeting = { date: '2025-03-03', body: 'Prøveudvalget' };
    expect(earlierTreatmentsInProse('Sagen blev behandlet i\nØkonomiudvalget den 13. januar 2025, hvor den blev udsat.', 1, meeting)).toEqual([
      expect.objectContaining({ body: 'Økonomiudvalget', date: '2025-01-13', postponed: true }),
    ]);
    expect(earlierTreatmentsInProse('Teknikudvalget besluttede den 6. februar 2025 at igangsætte planen.', 1, meeting)).toEqual([
      expect.objectContaining({ body: 'Teknikudvalget', date: '2025-02-06' }),
    ]);
  });

  it('sends an unaddressed recommendation where the Indstilling`s `anbefaler <organ> at` says', () => {
    const text = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Ny skolestruktur', 'Indstilling', 'Forvaltningen indstiller,',
      'at Prøveudvalget anbefaler Kommunalbestyrelsen at godkende strukturen.', 'Beslutning', 'Anbefales.',
    ].join('\n');
    expect(parse(text).items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Kommunalbestyrelsen' });
  });

  it('names the municipality written in capitals, or only in the pages` running footer', () => {
    const capitals = ['PRØVSTRUP KOMMUNE', 'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', '1. Salg af grund', 'Beslutning', 'Godkendt.'];
    expect(parse(capitals.join('\n').replace('PRØVSTRUP', 'SORØ')).municipality?.name).toBe('Sorø');
    const page = (n: number) => [`\fFaxe Kommune - Prøveudvalget - 03-03-2025          Side ${n} af 3`, ''];
    const footer = [
      'Udvalg: Prøveudvalget', 'Mødedato: 3. marts 2025', '', ...page(1), '1. Salg af grund', 'Beslutning', 'Godkendt.', '',
      ...page(2), '2. Asfalt', 'Beslutning', 'Godkendt.', '', ...page(3), '3. Cykelsti', 'Beslutning', 'Godkendt.',
    ];
    expect(parse(footer.join('\n')).municipality?.name).toBe('Faxe');
  });

  it('drops a page head printed as a block over a growing page number (no form feed), and keeps `området` in a title', () => {
    const head = (n: number) => ['', 'Prøvstrup Kommune', 'Dato', 'Side', 'Prøveudvalget', '03-03-2025', String(n)];
    const text = [
      'Prøveudvalget', 'Referat', 'Dato', '03. marts 2025', ...head(2), '1.', 'Lokalplan for Ørslev-området', 'Sagsnr.: 25/1001', 'Beslutning', 'Godkendt.',
      ...head(3), '2.', 'Asfaltprogram', 'Sagsnr.: 25/1002', 'Beslutning', 'Godkendt.', ...head(4), '3.', 'Cykelsti', 'Sagsnr.: 25/1003', 'Beslutning', 'Godkendt.',
    ].join('\n');
    expect(items(text)).toEqual([
      [1, 'Lokalplan for Ørslev-området', false],
      [2, 'Asfaltprogram', false],
      [3, 'Cykelsti', false],
    ]);
  });

  it('keeps the meeting`s absence repeated by every page`s foot (`A (I) og B (C) deltog ikke i mødet.`)', () => {
    const page = (n: number, title: string) => [
      'Prøveudvalget', `Punkt: ${n}`, `Acadre sagsnr.: 25/0${n}001`, 'Sagsbehandler: Ole Holm', title, 'Beslutning', 'Godkendt.',
      'Troels Brink (I) og Nadia Aziz (C) deltog ikke i mødet.', 'Prøveudvalget Tirsdag den 04-03-2025', `Side ${n + 1}`, '',
    ];
    const text = ['Prøveudvalget', 'Referat fra ordinært møde', 'Tirsdag den 04-03-2025 kl. 9:00', '', ...page(1, 'Salg af grund'), ...page(2, 'Asfaltprogram'), ...page(3, 'Cykelsti')].join('\n');
    expect(people(text)).toEqual([
      ['Troels Brink', 'absent', null],
      ['Nadia Aziz', 'absent', null],
    ]);
  });
});

describe('municipalities before the reform of 2007', () => {
  const minutes = (...head: string[]) => [...head, 'Udvalg: Kommunalbestyrelsen', 'Mødedato: 12. juni 2002', '', '1. Salg af grund', 'Beslutning', 'Godkendt.'].join('\n');

  it('reads an old municipality as its successor, keeping the old name and saying so in a warning', () => {
    const parsed = parse(minutes('Broby Kommune'));
    expect(parsed.municipality).toMatchObject({ name: 'Faaborg-Midtfyn', slug: 'faaborg-midtfyn', formerName: 'Broby' });
    expect(parsed.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'municipality-former-name', line: 1 })]));
    expect(parse(minutes('Farum Kommune')).municipality).toMatchObject({ name: 'Furesø', formerName: 'Farum' });
    expect(parse(minutes('Græsted Gilleleje Kommune')).municipality).toMatchObject({ name: 'Gribskov', formerName: 'Græsted-Gilleleje' });
    expect(parse(minutes('Fakse Kommune')).municipality).toMatchObject({ name: 'Faxe', formerName: 'Fakse' });
  });

  it('names no municipality for one divided between successors, and reads today`s name as today`s', () => {
    expect(parse(minutes('Langå Kommune')).municipality).toBeUndefined();
    expect(parse(minutes('Tørring-Uldum Kommune')).municipality).toBeUndefined();
    // Holbæk was Holbæk before 2007 too; Faaborg-Midtfyn is not Faaborg.
    expect(parse(minutes('Holbæk Kommune')).municipality).toMatchObject({ name: 'Holbæk' });
    expect(parse(minutes('Faaborg-Midtfyn Kommune')).municipality).not.toHaveProperty('formerName');
  });

  it('lets the name the text gives most often win, old or new', () => {
    const text = minutes('Broby Kommune', 'Broby Kommune', 'I samarbejde med Svendborg Kommune');
    expect(parse(text).municipality).toMatchObject({ name: 'Faaborg-Midtfyn', formerName: 'Broby' });
  });
});
