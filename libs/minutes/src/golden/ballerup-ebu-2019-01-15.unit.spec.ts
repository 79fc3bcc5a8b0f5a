import { parseMinutes, type ParsedMinutes } from '#minutes';
import { readDemoMinutes } from './demo-minutes.fixture.js';

const DOCUMENT = 'ballerup-ebu-2019-01-15.txt';
const EBU_2019 = 'Erhvervs- og Beskæftigelsesudvalget';
const parsed: ParsedMinutes = parseMinutes(readDemoMinutes(DOCUMENT), DOCUMENT);

describe(`golden: ${DOCUMENT} (old PDF text, head missing)`, () => {
  it('reads the meeting from the Source URL line and the bodies named in the text', () => {
    expect(parsed.document).toEqual({
      name: DOCUMENT,
      lineCount: 754,
      layout: 'pdf-text',
      sourceUrl: 'http://ballerup.dk/dagsorden/erhvervs-og-beskaeftigelsesudvalget-15-01-2019',
      sourceUrlLine: 751,
    });
    expect(parsed.meeting).toEqual({ body: EBU_2019, date: '2019-01-15', line: 751, source: 'source-url' });
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ line: 751, code: 'meeting-head-missing' }));
  });

  it('reads the `- Deltog` / `- Afbud` participant lines: Allan Kristensen (C) sent apologies', () => {
    expect(parsed.participants).toEqual([
      { name: 'Jette Rau', role: 'erhvervschef', attendance: 'attended', line: 1 },
      { name: 'Ina Stevenius Ringsdal', role: 'arbejdsmarkedschef', attendance: 'attended', line: 2 },
      { name: 'Allan Kristensen', party: 'C', attendance: 'apologies', line: 6 },
    ]);
  });

  it('reads every item, joining titles wrapped onto the next line; no case numbers in this layout', () => {
    expect(parsed.items.map((i) => [i.number, i.line, i.title, i.decision?.outcome ?? null])).toEqual([
      [1, 8, 'Besøg hos NEXT Ballerup', 'noted'],
      [2, 74, 'Meddelelser', 'noted'],
      [3, 101, 'Udmøntning af "Aftale om budget 2019" for Erhvervs- og Beskæftigelsesudvalgets ansvarsområde', 'noted'],
      [4, 176, 'Studieture for Erhvervs- og Beskæftigelsesudvalget 2019', 'approved'],
      [5, 254, 'Foreningen NORDEN fylder 100 år', 'approved'],
      [6, 350, 'Borgertilfredshedsundersøgelse i Jobcenter Ballerup 2018', 'noted'],
      [7, 439, '"Særligt Tilrettelagt Virksomhedsforløb"', 'approved'],
      [8, 545, 'Ansøgning til dispensation af nytteindsats', 'noted'],
      [9, 629, 'Ballerup Kommunes sociale ansvar som arbejdsgiver', 'noted'],
    ]);
    expect(parsed.items.every((i) => i.caseNumber === undefined && !i.closed && i.absences.length === 0)).toBe(true);
    expect(parsed.items.every((i) => i.decision?.postponed === false)).toBe(true);
  });

  it('reads the trailing point numbers of the old layout (`...efterretning.1.`, `i 20191.` + `godkendes.`)', () => {
    expect(parsed.items[0]!.recommendations).toEqual([
      { point: 1, text: 'Orienteringen om besøg og mødested tages til efterretning.', line: 68 },
    ]);
    expect(parsed.items[3]!.recommendations).toEqual([
      { point: 1, text: 'Den præsenterede plan for Erhvervs- og Beskæftigelsesudvalgets studieture i 2019 godkendes.', line: 247 },
    ]);
    expect(parsed.items[2]!.recommendations[0]!.text).toBe(
      'Udmøntningen af "Aftale om budget 2019" for Erhvervs- og Beskæftigelsesudvalgets ansvarsområde med eventuelle bemærkninger tages til efterretning.',
    );
    expect(parsed.items.map((i) => i.recommendations.length)).toEqual([1, 0, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('reads earlier treatments with Danish month names', () => {
    expect(parsed.items.map((i) => i.earlierTreatments.map((t) => [t.body, t.date, t.itemNumbers, t.line]))).toEqual([
      [], [], [], [[EBU_2019, '2018-10-09', [3], 181]], [['Økonomiudvalget', '2018-11-20', [13], 258]], [], [], [],
      [[EBU_2019, '2018-08-15', [8], 634]],
    ]);
  });

  it('reads deciding bodies without the trailing full stop, and remarks after the decision phrase', () => {
    expect(parsed.items.map((i) => i.decidingBody ?? null)).toEqual([EBU_2019, null, EBU_2019, EBU_2019, EBU_2019, EBU_2019, EBU_2019, EBU_2019, EBU_2019]);
    expect(parsed.items[5]!.decision).toEqual({
      text: 'Taget til efterretning.\n\nErhvervs- og Beskæftigelsesudvalget ønsker, at undersøgelsen videreføres i en justeret udgave.\nSag forelægges omkring sommer.',
      outcome: 'noted',
      postponed: false,
      pointOutcomes: [],
      remarks: 'Erhvervs- og Beskæftigelsesudvalget ønsker, at undersøgelsen videreføres i en justeret udgave.\nSag forelægges omkring sommer.',
      line: 434,
    });
  });

  it('counts `N bilag` lines, also those glued to the text (`...tolk.Bilag` + `1 bilag`)', () => {
    expect(parsed.items.map((i) => i.attachments?.count ?? null)).toEqual([0, 3, 1, 0, 2, 1, 0, 2, 2]);
    expect(parsed.items[1]!.sections.description).toMatch(/^Ballerup Kommune har i september 2018/);
  });

  it('keeps the summary sections as text', () => {
    expect(parsed.items[0]!.sections.summary).toBe(
      'Erhvervs- og Beskæftigelsesudvalget skal orienteres om det ændrede mødested for mødet den\n15. januar 2019.\n\nMødet afholdes hos NEXT Ballerup, Baltorpvej 20A i Ballerup. Mødet foregår i lokale 1.25.\n\n\n\nVed ankomst til NEXT kan udvalgets medlemmer henvende sig i receptionen, der er orienteret\nom mødet.',
    );
    expect(parsed.items[3]!.sections.economy).toMatch(/^Ingen økonomiske konsekvenser\. Udgifter til studieture/);
  });

  it('warns only that the head is missing', () => {
    expect(parsed.warnings.map((w) => w.code)).toEqual(['meeting-head-missing']);
  });
});
