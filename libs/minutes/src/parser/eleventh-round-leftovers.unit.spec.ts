import { parseMinutes } from './parse-minutes.js';

/**
 * Conventions left over by the ninth and tenth probes of real minutes (fact sheets written before the reader ran).
 * Every text here is invented, written in the convention it tests.
 */
function parse(text: string) {
  return parseMinutes(text, 'leftovers.txt');
}

describe('leftovers: København item page with the meeting under `Om mødet`', () => {
  // A local committee's one-item page: the decision, then `Om mødet` over the times, the absence labels without a colon,
  // one name a line (`A. I stedet deltog B.`), and sentences of members who left.
  const page = (label: string) =>
    [
      'Mødedato: 11.09.2017, kl. 19:00',
      'Mødested: Kulturhuset, Søgade 12',
      '',
      'Trafik på Havnevej',
      '',
      'Beslutning',
      '',
      'Lokaludvalget drøftede sagen.',
      '',
      'Om mødet',
      'Mødet startede kl. 19.05 og sluttede kl. 21.10.',
      '',
      label,
      'Karen Holm. I stedet deltog Peter Vang.',
      'Ole Berg.',
      'Sanne T. Lund.',
      '',
      'Fraværende uden afbud',
      'Mads Krog',
      '',
      'Lise Dam forlod mødet klokken 20.15 efter behandlingen af dagsordenspunkt 4.',
      '',
    ].join('\n');

  it("reads the section's lists as the meeting's attendance", () => {
    const parsed = parse(page('Fraværende med afbud'));
    const byName = new Map(parsed.participants.map((person) => [person.name, person]));
    expect([...byName.keys()].sort()).toEqual(['Karen Holm', 'Lise Dam', 'Mads Krog', 'Ole Berg', 'Peter Vang', 'Sanne T. Lund']);
    expect(byName.get('Karen Holm')?.attendance).toBe('apologies');
    expect(byName.get('Ole Berg')?.attendance).toBe('apologies');
    expect(byName.get('Sanne T. Lund')?.attendance).toBe('apologies');
    expect(byName.get('Mads Krog')?.attendance).toBe('absent');
    expect(byName.get('Peter Vang')).toMatchObject({ attendance: 'attended', substituteFor: 'Karen Holm' });
    expect(byName.get('Lise Dam')).toMatchObject({ attendance: 'attended' });
    expect(byName.get('Lise Dam')?.partial).toMatch(/^forlod mødet/u);
    // (The meeting's, not the item's.)
    expect(parsed.items[0]!.absences).toEqual([]);
  });

  it('reads the label with its colon alike', () => {
    const parsed = parse(page('Fraværende med afbud:'));
    expect(parsed.participants.filter((person) => person.attendance === 'apologies').map((person) => person.name)).toEqual(['Karen Holm', 'Ole Berg', 'Sanne T. Lund']);
  });

  it('reads no attendance from a decision without the section', () => {
    const text = page('Fraværende med afbud').replace('Om mødet\n', '').replace(/Mødet startede[^\n]*\n/u, '');
    expect(parse(text).participants.some((person) => person.substituteFor === 'Karen Holm')).toBe(false);
  });
});

describe('leftovers: apologies reported in a sentence of a decision, `Der var afbud fra A, B og C.`', () => {
  // A region's chair's item lists its points under numbers inside the record: `1. Afbud. Der var afbud fra ...`.
  const page = (record: string) =>
    [
      'Tilbage til oversigt',
      '',
      'Regionsrådet',
      '14-03-2022 10:00',
      '',
      'Udskriv',
      '',
      '1. Meddelelser fra formanden',
      '',
      'Referat',
      '',
      'Følgende emner blev nævnt under dette punkt på Regionsrådets møde den 14. marts 2022:',
      '',
      record,
      '',
      '2. Orientering. Formanden orienterede om, at budgettet for næste år er sendt i høring hos udvalgene og rådene.',
      '',
    ].join('\n');

  it('reads the names as apologies of the one item (and so of the meeting)', () => {
    const parsed = parse(page('1. Afbud. Der var afbud fra Hans P. Krogh, Bente Lund og Ulrik Sand.'));
    expect(parsed.items[0]!.absences.map((person) => person.name)).toEqual(['Hans P. Krogh', 'Bente Lund', 'Ulrik Sand']);
    expect(parsed.items[0]!.absences.every((person) => person.attendance !== 'absent')).toBe(true);
  });

  it('reads `Der er afbud fra A.` alone too', () => {
    expect(parse(page('Der er afbud fra Bente Lund.')).items[0]!.absences.map((person) => person.name)).toEqual(['Bente Lund']);
  });

  it('reads no names where the sentence reports no apology', () => {
    expect(parse(page('Der var stor interesse fra Bente Lund og Ulrik Sand.')).items[0]!.absences).toEqual([]);
  });
});

describe('leftovers: the opening item states a member of the head away from the meeting', () => {
  // A council's referat: the head lists every member, the opening item's decision `Fraværende` over one of them; the
  // excerpt's next item is cut off before its decision.
  const text = (decision: string) =>
    [
      'Referat af møde i Havbjerg Byråd',
      'Den 12.05.2021 kl. 17:00 i Byrådssalen',
      'Deltagere:',
      'Anne Sø, (A)',
      'Bo Krat, (V)',
      'Carl Mose, (C)',
      'Dina Lyng, (F)',
      '',
      '45.   Godkendelse af dagsorden',
      'Beslutning',
      'Godkendt.',
      decision,
      '',
      '46.   Salg af grund ved Havnevej',
      'Indstilling',
      'Direktøren indstiller, at grunden sælges.',
      '',
    ].join('\n');

  it("reads that member away from the meeting, the others present", () => {
    const parsed = parse(text('Fraværende\nCarl Mose (C)'));
    const attendance = new Map(parsed.participants.map((person) => [person.name, person.attendance]));
    expect(attendance.get('Carl Mose')).toBe('absent');
    expect(attendance.get('Anne Sø')).toBe('attended');
    expect(attendance.get('Dina Lyng')).toBe('attended');
  });

  it('leaves the absences to the items where the referat notes them item by item', () => {
    const perItem = text('Fraværende\nCarl Mose (C)').replace('Direktøren indstiller, at grunden sælges.', 'Direktøren indstiller, at grunden sælges.\nBeslutning\nGodkendt.\nFraværende\nBo Krat (V)');
    const attendance = new Map(parse(perItem).participants.map((person) => [person.name, person.attendance]));
    expect(attendance.get('Carl Mose')).toBe('attended');
  });

  it('leaves them to the item where an item between was read without its decision', () => {
    const between = text('Fraværende\nCarl Mose (C)').replace('46.   Salg af grund ved Havnevej', '46.   Salg af grund ved Havnevej\nIndstilling\nDirektøren indstiller salget.\n\n47.   Ny p-plads ved skolen');
    const attendance = new Map(parse(between).participants.map((person) => [person.name, person.attendance]));
    expect(attendance.get('Carl Mose')).toBe('attended');
  });

  it('keeps everyone present where the opening item states nobody away', () => {
    expect(parse(text('')).participants.every((person) => person.attendance === 'attended')).toBe(true);
  });
});

describe("leftovers: an excerpt's one decided item names who sent apologies", () => {
  // Vejen's per-decision `Afbud: A (V)`; the excerpt's second item ends before its decision.
  const text = (absence: string) =>
    [
      'Udvalg: Kultur- og Fritidsudvalget',
      '',
      'Mødedato: 03-09-2019',
      '',
      'Mødested: M 2 - Rådhuset',
      '',
      '1.Ny belysning i hallen (B)',
      '',
      'Sagsnummer: 19/4410',
      '',
      'Beslutning Kultur- og Fritidsudvalget den 03-09-2019',
      'Godkendt.',
      '',
      absence,
      '',
      '2.Orientering om foreningstilskud (B)',
      '',
      'Sagsnummer: 19/5120',
      '',
      'Sagsfremstilling',
      'Forvaltningen orienterer om tilskuddene.',
      '',
    ].join('\n');

  it("reads the apology as the meeting's", () => {
    const parsed = parse(text('Afbud: Per Holt (V)'));
    expect(parsed.participants.map((person) => [person.name, person.attendance])).toEqual([['Per Holt', 'apologies']]);
  });

  it('leaves a member who left during the item to the item', () => {
    const parsed = parse(text('Per Holt (V) forlod mødet under behandlingen af punktet.'));
    expect(parsed.participants.some((person) => person.name === 'Per Holt' && person.attendance !== 'attended')).toBe(false);
  });
});

describe("leftovers: a single item's type code, its title printed again with the code", () => {
  // Vejen's page of one item: `1.Title (C)` / `Sagsnummer:` / `Title (C)`; the code is the item's type, not its title's.
  const page = (title: string) =>
    ['Udvalg: Teknisk Udvalg', '', 'Mødedato: 07-10-2020', '', 'Mødested: M 3 - Rådhuset', '', `1.${title}`, '', 'Sagsnummer: 20/9915', '', title, '', 'Beslutning Teknisk Udvalg den 07-10-2020', 'Godkendt.', ''].join('\n');

  it('drops the code from the title', () => {
    expect(parse(page('Ny sti langs åen, etape B (C)')).items.map((item) => item.title)).toEqual(['Ny sti langs åen, etape B']);
  });

  it("keeps a party's letter after a name", () => {
    expect(parse(page('Forslag fra Venstre (V)')).items.map((item) => item.title)).toEqual(['Forslag fra Venstre (V)']);
  });
});

describe('leftovers: an item page whose meeting is named only in its decision, `Beslutning fra <organ>` / `Dato:`', () => {
  // PolWeb's item page: no head; the decision's label names the body, its record opens with the date and the place.
  const page = (label: string) =>
    [
      '12.    Ny hjemmeside for rådet',
      '',
      'Sag 306-2016-1120',
      '',
      'Sagsfremstilling',
      '',
      'Rådet ønsker en ny hjemmeside.',
      '',
      label,
      '',
      'Dato: 4. marts 2016',
      '',
      'Sted: Rådhuset, mødelokale 3',
      '',
      'Fraværende: Ib Holm',
      '',
      'Rådet godkendte oplægget.',
      '',
    ].join('\n');

  it('reads the committee, date and place of the meeting, and the decision', () => {
    const parsed = parse(page('Beslutning fra Handicaprådet'));
    expect(parsed.meeting).toMatchObject({ body: 'Handicaprådet', date: '2016-03-04', location: 'Rådhuset, mødelokale 3' });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!.decision?.text).toContain('Rådet godkendte oplægget.');
    expect(parsed.items[0]!.absences.map((person) => person.name)).toEqual(['Ib Holm']);
  });

  it('reads no body from a bare `Beslutning` label', () => {
    expect(parse(page('Beslutning')).meeting.body).toBeUndefined();
  });
});

describe("leftovers: a viewer's download link re-wrapped over two lines", () => {
  // A docplayer transcript: the page title, the viewer's chrome, `Download "<title>"` (here wrapped, its quote closing
  // on the next line), then one long line a page.
  const text = (link: string) =>
    [
      'Teknisk Udvalg. Referat. tirsdag den 4. marts 2014 kl. 15:00 - Rådhusets mødelokale',
      '',
      'Størrelse: px',
      'Starte visningen fra side:',
      '',
      link,
      '',
      'Transkript',
      '',
      '1 Teknisk Udvalg Referat tirsdag den 4. marts 2014 kl. 15:00 - Rådhusets mødelokale Medlemmer: Anne Sø (A), Bo Krat (V), Carl Mose (C) Indholdsfortegnelse 12. Ny sti langs åen 13. Vejbelysning i Nørreby Havbjerg Kommune Teknisk Udvalg Side 1',
      '',
      '2 12. Ny sti langs åen Sagsnr.: 14/1020 Resume Stien anlægges i 2014. Indstilling Direktøren indstiller, at stien anlægges. Beslutning Godkendt. Havbjerg Kommune Teknisk Udvalg Side 2',
      '',
      '3 13. Vejbelysning i Nørreby Sagsnr.: 14/1188 Resume Belysningen skiftes til LED. Indstilling Direktøren indstiller, at belysningen skiftes. Beslutning Godkendt. Havbjerg Kommune Teknisk Udvalg Side 3',
      '',
    ].join('\n');

  it('reads the place without the closing quote', () => {
    const whole = parse(text('Download "Teknisk Udvalg. Referat. tirsdag den 4. marts 2014 kl. 15:00 - Rådhusets mødelokale"')).meeting.location;
    const wrapped = parse(text('Download "Teknisk Udvalg. Referat. tirsdag\nden 4. marts 2014 kl. 15:00 - Rådhusets mødelokale"')).meeting.location;
    expect(whole).toBe('Rådhusets mødelokale');
    expect(wrapped).toBe(whole);
  });
});
