import { readOutcome } from './decision-outcome.js';
import { mergeSameMeetings } from './earlier-treatment.parser.js';
import { parseMinutes } from './parse-minutes.js';

// Conventions the held-out minutes of issue 12 showed the reader missing (invented texts, one convention each).

const FIRST_AGENDA_HEAD = 'REFERAT Prøveudvalget d. 07-05-2025\n\nMødedato Onsdag d. 7. maj 2025 kl. 16:00\n\n';

const rows = (text: string) => parseMinutes(text, 'synthetic.txt');

describe('conventions from the held-out minutes', () => {
  it('reads eDoc items after a contents list whose closed part has one entry, the first item`s number alone on its line', () => {
    const text = [
      'Referat', '', 'Prøveudvalget', '', 'tirsdag den 6. maj 2025, kl. 16:00', '', 'Tilstede', '', 'Ib Holm - formand', '',
      'Indholdsfortegnelse', '', 'Åbent referat', '', '1. Godkendelse af dagsorden', '2. Vejplan 2026', 'Lukket referat', '',
      '3. Køb af grund', '', '1.', '', 'Godkendelse af dagsorden', '', 'Sagsnr.: 2025-10001', 'Dok.nr.: 2025-200001', '',
      'Prøveudvalgets beslutning den 06.05.2025 Punkt 1', '', 'Godkendt.', '', '2. Vejplan 2026', 'Sagsnr.: 2025-10002',
      'Dok.nr.: 2025-200002', '', 'Prøveudvalgets beslutning den 06.05.2025 Punkt 2', '', 'Taget til efterretning.', '',
    ].join('\n');
    const parsed = rows(text);
    expect(parsed.items.map((item) => [item.number, item.title, item.caseNumber ?? null, item.closed, item.decision?.outcome ?? null])).toEqual([
      [1, 'Godkendelse af dagsorden', '2025-10001', false, 'approved'],
      [2, 'Vejplan 2026', '2025-10002', false, 'noted'],
      [3, 'Køb af grund', null, true, null],
    ]);
  });

  it('does not read a table cell per line (`24` / `3,1`) as an item numbered 24', () => {
    const text = [
      'Prøveudvalget - Referat', 'Dato:', '7. maj 2025', 'Indholdsfortegnelse1. Vejplan', 'Resume', 'Sagsforløb: PU',
      'Tre modeller er undersøgt.', 'Sagsfremstilling', 'Model', 'Pladser', 'A', '24', '3,1', 'Personale', 'Ingen.',
      'Beslutning', 'Anbefales.', 'Til toppen', '2. Orientering om trafik', 'Resume', 'Sagsforløb: PU', 'Beslutning',
      'Udvalget blev orienteret.', 'Til toppen',
    ].join('\n');
    const parsed = rows(text);
    expect(parsed.items.map((item) => [item.number, item.decision?.outcome ?? null])).toEqual([
      [1, 'recommended'],
      [2, 'noted'],
    ]);
  });

  it('finds an Acadre item without case number or sections by its contents entry, page number and all', () => {
    const text = [
      'Referat', 'Prøveudvalget (PU)', 'Tirsdag den 6. maj 2025', 'Kl. 15:00', '', 'Punkt nr.', 'Side',
      '11. Godkendelse af dagsorden 2', '12. Underskriftsside 3', '11. Godkendelse af dagsorden', 'Sagsnr.:', 'Sagen afgøres i:',
      '25/1001', 'Prøveudvalget', 'Beslutning i Prøveudvalget den 06-05-2025', 'Godkendt.', '12. Underskriftsside', 'Ib Holm (A)', 'Eva Bro (V)',
    ].join('\n');
    expect(rows(text).items.map((item) => [item.number, item.title])).toEqual([
      [11, 'Godkendelse af dagsorden'],
      [12, 'Underskriftsside'],
    ]);
  });

  it('opens a København item page at its unnumbered title, numbered by its `Dagsordenspunkt N:`', () => {
    const page = (title: string, number: number, decision: string) =>
      ['Prøveudvalget', 'Mødedato: 06.05.2025, kl. 15:00', 'Mødested: Rådhuset', title, 'Se alle bilag', 'Indstilling', `Forvaltningen indstiller om ${title.toLowerCase()}.`,
        'Beslutning', `Dagsordenspunkt ${number}: ${title}`, 'Prøveudvalgets beslutning i mødet den 6. maj 2025', decision, 'Til top'].join('\n');
    const parsed = rows(`${page('Godkendelse af dagsorden', 1, 'Godkendt.')}\n${page('Nye cykelstier på Vesterbro', 2, 'Anbefalet.')}\n`);
    const second = parsed.items[1]!;
    expect([second.number, second.title, second.line]).toEqual([2, 'Nye cykelstier på Vesterbro', 16]);
    // The page's own Indstilling belongs to its item, not to the item before.
    expect(parsed.items[0]!.sections.recommendationIntro ?? '').not.toContain('cykelstier');
  });

  it('joins a title wrapped after `§` to its paragraph number on the next line', () => {
    const parsed = rows(`${FIRST_AGENDA_HEAD}Punkt 1: Tilskud efter servicelovens §\n18\nEMN-2025-000123\nBeslutninger\nGodkendt.\n`);
    expect(parsed.items.map((item) => [item.title, item.caseNumber])).toEqual([['Tilskud efter servicelovens § 18', 'EMN-2025-000123']]);
  });

  it('sends a recommendation that names no body to the body its Indstilling names after `over for`', () => {
    const parsed = rows(`${FIRST_AGENDA_HEAD}Punkt 1: Parkeringsnormer\nEMN-2025-000124\nBeslutninger\nIndstillingen blev anbefalet.\nBeslutningspunkter\nAt 1) udvalget anbefaler over for Borgerrepræsentationen, at normerne vedtages.\n`);
    expect(parsed.items[0]!.decision).toMatchObject({ outcome: 'recommended', recommendedTo: 'Borgerrepræsentationen' });
  });

  it('names the members of a reservation made in a clause (`Godkendt, idet Ø tog forbehold.`)', () => {
    const parsed = rows(`${FIRST_AGENDA_HEAD}Punkt 1: Lokalplan\nEMN-2025-000125\nBeslutninger\nGodkendt, idet Ø tog forbehold.\n`);
    expect(parsed.items[0]!.decision?.reservations?.map((reservation) => reservation.who)).toEqual([['Ø']]);
  });

  it('keeps a member absent from some items (`Fraværende` / `Jan Moos (V), sag 2-3`) as present, with partial presence', () => {
    const text = 'Prøveudvalget\n\n06-05-2025\n\nMedlemmer\n\nFormand Ib Holm (A)\nJan Moos (V)\n\nFraværende\n\nJan Moos (V), sag 2-3\n\nSager 1 - 3\n\nGodkendelse af dagsorden\n\nSag nr. 1\n\nBeslutning\n\nGodkendt.\n';
    expect(rows(text).participants.find((participant) => participant.name === 'Jan Moos')).toMatchObject({ attendance: 'attended', partial: 'sag 2-3' });
  });

  it.each([
    ['Model 2 indstilles godkendt over for Byrådet.', 'recommended'],
    ['Løsning B anbefales.', 'recommended'],
    ['Løsning B anbefales ikke.', 'rejected'],
  ])('reads `%s` as %s', (text, outcome) => {
    expect(readOutcome(text).outcome).toBe(outcome);
  });

  it('reads `Forslaget blev oversendt til behandling i Teknisk Udvalg.` as routing: a known outcome of its own kind', () => {
    expect(readOutcome('Forslaget blev oversendt til behandling i Teknisk Udvalg.')).toEqual({ outcome: 'other', postponed: false, rest: 'til behandling i Teknisk Udvalg.' });
  });

  it('merges one earlier meeting read from its decision block and from `Tidligere behandling` into one treatment', () => {
    const merged = mergeSameMeetings([
      { body: 'Økonomiudvalget', date: '2025-01-14', itemNumbers: [], text: 'Økonomiudvalget 14.01.2025.', foundIn: 'tidligere-behandling', line: 30 },
      { body: 'Økonomiudvalget', date: '2025-01-14', itemNumbers: [4], text: 'Udsat.', postponed: true, foundIn: 'decision-block', line: 20 },
      { body: 'Byrådet', date: '2025-01-14', itemNumbers: [], text: 'Godkendt.', outcome: 'approved', foundIn: 'decision-block', line: 22 },
    ]);
    expect(merged.map((treatment) => [treatment.body, treatment.itemNumbers, treatment.postponed ?? false, treatment.outcome ?? null])).toEqual([
      ['Økonomiudvalget', [4], true, null],
      ['Byrådet', [], false, 'approved'],
    ]);
  });
});

describe('a document whose items cannot be told apart', () => {
  // A docplayer transcript runs every page into one line: no line starts an item or a section.
  const TRANSCRIPT = [
    'Prøveudvalget REFERAT. Mødedato: Tirsdag den 6. maj 2025', '', 'Download "Prøveudvalget REFERAT 06-05-2025"', '', 'Transkript', '',
    '1 REFERAT Prøveudvalget Mødedato: Tirsdag den 6. maj 2025 Mødested: Rådhuset', '',
    '2 Indholdsfortegnelse 41. Vejplan 2026 42. Budget 2026 41. Vejplan 2026 Sagsnr. 25/1001 Beslutning Godkendt.',
  ].join('\n');

  it('is read as one untitled item holding all the text after the head, with a warning, not rejected', () => {
    const parsed = rows(TRANSCRIPT);
    expect(parsed.meeting).toMatchObject({ body: 'Prøveudvalget', date: '2025-05-06' });
    expect(parsed.items.map((item) => [item.number ?? null, item.title, item.line])).toEqual([[null, '', 9]]);
    expect(parsed.warnings.map((warning) => warning.code)).toContain('item-title-missing');
    expect(parsed.warnings.map((warning) => warning.code)).not.toContain('no-items');
  });

  it('has no items when the text after the head holds no item text (`Mødet blev aflyst.`)', () => {
    const parsed = rows('REFERAT Prøveudvalget d. 06-05-2025\n\nMødet blev aflyst. Næste møde er den 3. juni 2025.\n');
    expect(parsed.items).toEqual([]);
    // No items because the meeting did not take place; the next meeting's date is no reason for that.
    expect(parsed.meeting.cancelled).toEqual({ text: 'Mødet blev aflyst. Næste møde er den 3. juni 2025.', line: 3 });
  });
});

describe('eDoc page furniture inside an item', () => {
  const HEAD = 'Referat\n\nPrøveudvalget\n\ntirsdag den 6. maj 2025, kl. 16:00\n\nTilstede\n\nIb Holm - formand\n\n';

  it('does not take the running head`s committee line for the deciding body when a page break splits the field', () => {
    const text = `${HEAD}1. Vejplan 2026\nSagsnr.: 2025-10002\n\nBeslutningen træffes af\n\n\fPrøveudvalget\nReferat\nÅbent referat\nDato: 06.05.2025\nKommunalbestyrelsen\n\nPrøveudvalgets beslutning den 06.05.2025 Punkt 1\n\nAnbefales.\n`;
    expect(rows(text).items[0]!.decidingBody).toBe('Kommunalbestyrelsen');
  });

  it('keeps the committee itself as the deciding body when the field names only it', () => {
    const text = `${HEAD}1. Godkendelse af dagsorden\nSagsnr.: 2025-10001\n\nBeslutningen træffes af\n\nPrøveudvalget\n\nPrøveudvalgets beslutning den 06.05.2025 Punkt 1\n\nGodkendt.\n`;
    expect(rows(text).items[0]!.decidingBody).toBe('Prøveudvalget');
  });

  it('does not read the contents` page-number column under `Lukket referat` as closed items', () => {
    const text = `${HEAD}Indholdsfortegnelse\n\nÅbent referat\n\n1. Vejplan 2026\nLukket referat\n\n2. Køb af grund\n\n3\n4\n\n5\nSide 1\n\fPrøveudvalget\nReferat\nÅbent referat\nDato: 06.05.2025\n6\nPrøveudvalget\nReferat\nÅbent referat\nDato: 06.05.2025\nSide 2\n\n1. Vejplan 2026\nSagsnr.: 2025-10002\n\nPrøveudvalgets beslutning den 06.05.2025 Punkt 1\n\nGodkendt.\n`;
    expect(rows(text).items.map((item) => [item.number, item.title, item.closed])).toEqual([
      [1, 'Vejplan 2026', false],
      [2, 'Køb af grund', true],
    ]);
  });
});

describe('a meeting named only in its items', () => {
  it('reads committee and date from the first item`s agenda approval (`... dagsorden for ØU den 7. maj 2025`)', () => {
    const text = 'Referat\n  • 51. Dagsorden - Godkendelse\n    Resume\n    Godkendelse af dagsorden for ØU den 7. maj 2025.\n    Beslutning\n    Godkendt.\n  • 52. Budget 2026 - Godkendelse\n    Beslutning\n    Anbefales.\n';
    // (`ØU` always stands for the one body: spelled out, so the meeting is the same committee's as its other referats'.)
    expect(rows(text).meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2025-05-07' });
  });

  it('reads the committee of a København item page from the body its recommendation addresses', () => {
    const text = 'Mødedato: 06.05.2025, kl. 15:00\nMødested: Rådhuset\n\nBudget 2026\n\nSe alle bilag\n\nIndstilling\n\nØkonomiforvaltningen indstiller, at Økonomiudvalget over for Borgerrepræsentationen anbefaler,\n\n1. at budgettet vedtages.\n\nBeslutning\n\nDagsordenspunkt 3: Budget 2026\n\nAnbefalet.\n';
    expect(rows(text).meeting).toMatchObject({ body: 'Økonomiudvalget', date: '2025-05-06' });
  });
});
