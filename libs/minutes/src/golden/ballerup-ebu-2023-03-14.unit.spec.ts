import { parseMinutes, type ParsedMinutes } from '#minutes';
import { readDemoMinutes } from './demo-minutes.fixture.js';

const DOCUMENT = 'ballerup-ebu-2023-03-14.txt';
const EBU = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const parsed: ParsedMinutes = parseMinutes(readDemoMinutes(DOCUMENT), DOCUMENT);

const BOTH_ABSENT = ['Allan Kristensen', 'Saime B. Inanc'];
// The document lists the two absent members in either order; the parser keeps the document's order.
const ABSENCE_ORDER: Record<number, string[]> = {
  1: BOTH_ABSENT, 2: [...BOTH_ABSENT].reverse(), 3: [...BOTH_ABSENT].reverse(), 4: BOTH_ABSENT,
  5: [...BOTH_ABSENT].reverse(), 6: [...BOTH_ABSENT].reverse(), 7: BOTH_ABSENT, 8: [...BOTH_ABSENT].reverse(),
  9: BOTH_ABSENT, 10: [...BOTH_ABSENT].reverse(), 11: BOTH_ABSENT,
};

describe(`golden: ${DOCUMENT} (plain layout)`, () => {
  it('reads the meeting from the head', () => {
    expect(parsed.document).toEqual({ name: DOCUMENT, lineCount: 591, layout: 'plain' });
    expect(parsed.meeting).toEqual({
      body: EBU,
      date: '2023-03-14',
      startTime: '08:00',
      location: 'Mødecenter C, Lokale 29 på Ballerup Rådhus',
      line: 3,
      source: 'head',
    });
  });

  it('reads (Afbud) in the Mødedeltagere line, and a role with a comma inside its parentheses', () => {
    expect(parsed.participants).toHaveLength(12);
    expect(parsed.participants.filter((p) => p.attendance === 'apologies').map((p) => [p.name, p.party])).toEqual([
      ['Allan Kristensen', 'C'],
      ['Saime B. Inanc', 'Ø'],
    ]);
    expect(parsed.participants.find((p) => p.name === 'Allan Kristensen')?.role).toBe('2. viceborgmester');
    expect(parsed.participants.find((p) => p.name === 'Mette Vaaben Mortensen')).toEqual({ name: 'Mette Vaaben Mortensen', attendance: 'attended', line: 9 });
    expect(parsed.participants.at(-1)).toEqual({
      name: 'Per Kensø',
      role: 'centerchef for Skoler, Institutioner og Kultur',
      attendance: 'attended',
      line: 9,
    });
  });

  it('reads every item: number, title, case number (next line), outcome, closed', () => {
    expect(parsed.items.map((i) => [i.number, i.line, i.title, i.caseNumber, i.caseNumberLine, i.decision?.outcome ?? null, i.closed])).toEqual([
      [1, 25, 'Meddelelser', '00.01.10-P35-7-22', 27, 'noted', false],
      [2, 71, 'Handlingsplan for Erhvervs- og Vækstpolitikken for 2023', '24.00.00-G01-6-23', 73, 'noted', false],
      [3, 134, 'Forslag til virksomhedsbesøg', '24.00.00-G01-7-23', 136, 'approved', false],
      [4, 188, 'Sagsbehandlingsfrister på erhvervs-, beskæftigelses- og uddannelsesområdet', '27.69.04-A00-1-23', 190, 'approved', false],
      [5, 250, 'Fokusgruppeinterviews i Center for Arbejdsmarked', '15.00.00-P05-1-23', 252, 'noted', false],
      [6, 329, 'Uddannelsesindsatsen i Ballerup Kommune', '15.00.00-P22-2-23', 331, 'noted', false],
      [7, 388, 'Nye metoder og aktiviteter i Tilbudsservice', '15.00.00-A00-2-23', 390, 'noted', false],
      [8, 488, 'Nøgletal på beskæftigelsesområdet', '15.00.00-P05-9-20', 490, 'noted', false],
      [9, 567, 'Meddelelser', '00.01.10-P35-7-22', 569, null, true],
      [10, 573, 'Bidrag til omprioriterings- og spareblok til budget 2024 for Erhvervs-, Beskæftigelses- og Uddannelsesudvalget', '00.15.25-P05-2-22', 575, null, true],
      [11, 579, 'Godkendelse af referat (underskriftside)', '00.22.00-P19-7-22', 581, null, false],
    ]);
    expect(parsed.items.filter((i) => i.decision).every((i) => i.decision!.postponed === false)).toBe(true);
  });

  it('reads the per-item Afbud lines, including on closed items', () => {
    for (const parsedItem of parsed.items) {
      expect(parsedItem.absences.map((a) => a.name)).toEqual(ABSENCE_ORDER[parsedItem.number!]);
      expect(parsedItem.absences.map((a) => a.party)).toEqual(ABSENCE_ORDER[parsedItem.number!]!.map((name) => (name === 'Allan Kristensen' ? 'C' : 'Ø')));
    }
    expect(parsed.items[0]!.absences[0]).toEqual({ name: 'Allan Kristensen', party: 'C', role: '2. viceborgmester', line: 69 });
  });

  it('reads earlier treatments, including a body under its old name', () => {
    expect(parsed.items.map((i) => i.earlierTreatments.map((t) => [t.body, t.date, t.itemNumbers, t.line]))).toEqual([
      // (Item 5's `Baggrund`: `Det daværende Erhvervs-, og Beskæftigelsesudvalg vedtog den 18. august 2020, at ...`, a
      // decision of the committee under its old name, read as prose since the tenth round's `<organ> vedtog den ...`.)
      [], [[EBU, '2023-01-17', [3], 77]], [], [], [['Erhvervs- og Beskæftigelsesudvalget', '2021-12-07', [5], 256], ['Erhvervs-, og Beskæftigelsesudvalg', '2020-08-18', [], 264]],
      [[EBU, '2023-02-07', [8], 335]], [], [[EBU, '2022-12-06', [4], 494]], [], [], [],
    ]);
    expect(parsed.items.every((i) => i.course.length === 0)).toBe(true);
    expect(parsed.referencedMeetings).toEqual([]);
  });

  it('reads deciding bodies as written, recommendations and attachments', () => {
    expect(parsed.items[5]!.decidingBody).toBe('Erhvervs-, Beskæftigelses-, og Uddannelsesudvalget');
    expect(parsed.items[2]!.recommendations).toEqual([
      { point: 1, text: 'Forslag til virksomhedsbesøg for Erhvervs-, Beskæftigelses- og Uddannelsesudvalget i 2023 og 2024 godkendes.', line: 176 },
    ]);
    expect(parsed.items[2]!.sections.recommendationIntro).toBe('Center for Politik og Organisation indstiller, at:');
    // Meddelelser: four `N bilag, heraf M anbefales` lines among the announcements, four titles in the list.
    expect(parsed.items[0]!.attachments).toEqual({
      count: 4,
      recommendedCount: 4,
      line: 33,
      titles: [
        { title: '1.1. Rapporteringsnotat for den løbende revision af de sociale områder', recommended: true, line: 61 },
        { title: '4.1 Lokale erhvervspræstationer 2023', recommended: true, line: 63 },
        { title: '4.2 Kommunernes Økonomiske udvikling i 2021', recommended: true, line: 65 },
        { title: '5.1 Svar på Erhvervs-, Beskæftigelses- og Uddannelsesudvalgets spørgsmål om pensionsudbetaling', recommended: true, line: 67 },
      ],
    });
  });

  it('outputs nothing but title, case number and absences of closed items', () => {
    for (const closed of parsed.items.filter((i) => i.closed)) {
      expect(closed.decision).toBeUndefined();
      expect(closed.recommendations).toEqual([]);
      expect(closed.sections).toEqual({ other: [] });
      expect(closed.attachments).toBeUndefined();
    }
  });

  it('has only the expected warning: the signature item has no decision', () => {
    expect(parsed.warnings).toEqual([{ line: 579, code: 'no-decision', message: 'Item 11 has no Beslutning section' }]);
  });
});
