import { readOutcome } from './decision-outcome.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the second held-out round of issue 12 showed the reader missing (invented texts, one convention each).

const rows = (text: string) => parseMinutes(text, 'synthetic.txt');
const FIRST_AGENDA_HEAD = 'REFERAT Prøveudvalget d. 07-05-2025\n\nMødedato Onsdag d. 7. maj 2025 kl. 16:00\n\n';
const ACADRE_HEAD = ['1 of 3', 'Referat', 'Prøveudvalget (PU)', 'Ordinært møde', 'Tirsdag den 6. maj 2025', 'Kl. 15:00', 'Mødelokale 4', 'Prøve Kommune', 'Torvet 1', '9999 Prøveby', ''];

describe('conventions from the second held-out round', () => {
  it.each([
    ['Udvalget anbefaler model B over for Økonomiudvalget.', 'recommended'],
    ['Ansøgningen blev imødekommet med 20.000 kr.', 'approved'],
    ['Oversendes til Økonomiudvalget.', 'other'],
    ['Oversendes til Byrådet med udvalgets anbefaling.', 'recommended'],
    ['Ældrerådet anbefaler indstillingen.', 'recommended'],
  ])('reads `%s` as %s', (text, outcome) => {
    expect(readOutcome(text)).toMatchObject({ outcome, postponed: false });
  });

  it('does not read a body whose name starts like a postponement (`Udsatterådet anbefaler ...`) as postponed', () => {
    expect(readOutcome('Udsatterådet anbefaler indstillingen.')).toMatchObject({ outcome: 'recommended', postponed: false });
    expect(readOutcome('Udsat til næste møde.').postponed).toBe(true);
  });

  it('sends `<udvalget> anbefaler <noget> over for <organ>` to that body', () => {
    const parsed = rows(`${FIRST_AGENDA_HEAD}Punkt 1: Svømmehal\nEMN-2025-000321\nBeslutninger\nUdvalget anbefaler model B over for Økonomiudvalget.\n`);
    expect(parsed.items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Økonomiudvalget' });
  });

  it('reads a late arrival written `mødte kl. ...` in the first decision as partial presence (not `mødte for`, a substitute)', () => {
    const text = [
      'Prøveudvalget', 'Mødedato: 06.05.2025, kl. 15:00', 'Mødested: Rådhuset', '1. Godkendelse af dagsorden', 'Beslutning',
      'Dagsordenspunkt 1: Godkendelse af dagsorden', 'Prøveudvalgets beslutning i mødet den 6. maj 2025:', 'Deltagerne var:', '1. Ib Holm (A)', '2. Eva Bro (V)',
      'Eva Bro (V) mødte kl. 16.05 under behandlingen af punkt 3.', 'Dagsordenen blev godkendt.', 'Til top',
    ].join('\n');
    expect(rows(text).participants.find((participant) => participant.name === 'Eva Bro')).toMatchObject({ partial: 'mødte kl. 16.05 under behandlingen af punkt 3.' });
  });

  describe('København`s first decision in the forms of real pages', () => {
    const pages = (attendance: string[]) =>
      [
        'Prøveudvalget', 'Mødedato: 06.05.2025, kl. 15:00', 'Mødested: Rådhuset', '1. Godkendelse af dagsorden', 'Beslutning', ...attendance, 'Dagsordenen blev godkendt.', 'Til top',
        'Prøveudvalget', 'Mødedato: 06.05.2025, kl. 15:00', 'Mødested: Rådhuset', '2. Vejplan', 'Beslutning', 'Indstillingen blev godkendt.', 'Til top',
      ].join('\n');
    const attendance = (text: string) => rows(text).participants.map((person) => [person.name, person.attendance, person.substituteFor ?? null, person.partial ?? null]);

    it('reads `Tilstede var:` with unnumbered names (a title before one) and `Afbud fra:` with its names and reasons on the next lines', () => {
      const text = pages(['Tilstede var:', 'Borgmester Ib Holm', 'Eva Bro', 'Afbud fra:', 'Borgmester Ole Ravn pga. arbejde.', 'Eva Bro forlod mødet kl. 17.40 under behandling af pkt. 2.']);
      expect(attendance(text)).toEqual([
        ['Ib Holm', 'attended', null, null],
        ['Eva Bro', 'attended', null, 'forlod mødet kl. 17.40 under behandling af pkt. 2.'],
        ['Ole Ravn', 'apologies', null, null],
      ]);
    });

    it('reads the sentences under `Fremmøde og inhabilitet:`: who stood in for whom, apologies, and `udeblev uden afbud`', () => {
      const text = pages(['Fremmøde og inhabilitet:', 'Ib Holm havde meldt afbud, og Per Lund deltog i stedet.', 'Eva Bro havde meldt afbud.', 'Ole Ravn udeblev uden afbud.']);
      expect(attendance(text)).toEqual([
        ['Ib Holm', 'apologies', null, null],
        ['Per Lund', 'attended', 'Ib Holm', null],
        ['Eva Bro', 'apologies', null, null],
        ['Ole Ravn', 'absent', null, null],
      ]);
    });
  });

  it('keeps an Acadre case number with a leading zero (`25/0212`) printed two lines under its label: it is no page count', () => {
    const text = [...ACADRE_HEAD, '11. Budgetopfølgning', 'Sagsnr.:', 'Sagen afgøres i:', '25/0212', 'Prøveudvalget', '', 'Beslutning i Prøveudvalget den 06-05-2025', 'Godkendt.'].join('\n');
    expect(rows(text).items.map((item) => item.caseNumber)).toEqual(['25/0212']);
  });

  it('ends an Acadre place at the member list: a contents title holding a date below opens no second place', () => {
    const text = [
      ...ACADRE_HEAD, 'Medlemmer', 'Ib Holm (A)', '', 'Punkt nr.', 'Side', '11.', '12.', 'Budgetopfølgning pr. 31. december 2024 for udvalgets', 'Vejplan 2026', '2', '3',
      '11. Budgetopfølgning pr. 31. december 2024 for udvalgets', 'område', 'Sagsnr.:', 'Sagen afgøres i:', '25/1001', 'Prøveudvalget', '', 'Beslutning i Prøveudvalget den 06-05-2025', 'Godkendt.',
    ].join('\n');
    expect(rows(text).meeting.location).toBe('Mødelokale 4, Prøve Kommune, Torvet 1, 9999 Prøveby');
  });

  it('finds an Acadre item with no case number or section by its title in a contents list extracted column by column', () => {
    const text = [
      ...ACADRE_HEAD, 'Punkt nr.', 'Side', '11.', '12.', 'Godkendelse af dagsorden', 'Underskriftsside', '2', '3',
      '11. Godkendelse af dagsorden', 'Sagsnr.:', 'Sagen afgøres i:', '25/1001', 'Prøveudvalget', '', 'Beslutning i Prøveudvalget den 06-05-2025', 'Godkendt.',
      '12. Underskriftsside', 'Ib Holm (A)', 'Eva Bro (V)',
    ].join('\n');
    expect(rows(text).items.map((item) => [item.number, item.title])).toEqual([
      [11, 'Godkendelse af dagsorden'],
      [12, 'Underskriftsside'],
    ]);
  });

  it('reads the names of an absence item as apologies when its text says `afbud`, and the substitute an item calls in', () => {
    const item = (number: number, title: string, text: string, decision: string) => [`${number}. ${title}`, 'Resume', 'Sagsforløb: BY', 'Sagsfremstilling', text, 'Beslutning', decision, 'Til toppen'];
    const text = [
      'Byrådet - Referat', 'Dato:', '6. maj 2025', 'Tidspunkt: Kl. 19:00', 'Indholdsfortegnelse1. Fraværende', 'Resume', 'Sagsforløb: BY', 'Sagsfremstilling',
      'Der er afbud fra Ib Holm og Eva Bro.', 'Beslutning', 'Ib Holm og Eva Bro.', 'Til toppen',
      ...item(2, 'Godkendelse af indkaldte stedfortrædere', 'Byrådet anmodes om at godkende, at 1. stedfortræder på liste A, Per Lund, indkaldes som følge af afbud fra Ib Holm.', 'Per Lund godkendt.\nIb Holm og Eva Bro var fraværende.'),
      ...item(3, 'Vejplan 2026', 'Planen er i høring.', 'Godkendt.\nIb Holm og Eva Bro var fraværende.'),
    ].join('\n');
    const people = rows(text).participants.map((participant) => [participant.name, participant.attendance, participant.substituteFor ?? null]);
    expect(people).toEqual([
      ['Ib Holm', 'apologies', null],
      ['Eva Bro', 'apologies', null],
      ['Per Lund', 'attended', 'Ib Holm'],
    ]);
  });

  it('joins a title line in lower case after a page break, though it ends in a body`s word (`... foreninger og` / `folkeoplysningsudvalg`)', () => {
    const text = `${FIRST_AGENDA_HEAD}Punkt 1: Folkeoplysningspolitik - vedtagelse efter høring i foreninger og\nSide 3\n\ffolkeoplysningsudvalg\n18.00.00-P22-1-23\nBeslutninger\nGodkendt.\n`;
    expect(rows(text).items.map((item) => [item.title, item.caseNumber])).toEqual([['Folkeoplysningspolitik - vedtagelse efter høring i foreninger og folkeoplysningsudvalg', '18.00.00-P22-1-23']]);
  });
});
