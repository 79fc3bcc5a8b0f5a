import { parseMinutes, type ParsedItem, type ParsedMinutes } from '#minutes';
import { readDemoMinutes } from './demo-minutes.fixture.js';

const DOCUMENT = 'ballerup-ebu-2024-02-06.txt';
const EBU = 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget';
const text = readDemoMinutes(DOCUMENT);
const parsed: ParsedMinutes = parseMinutes(text, DOCUMENT);
const sourceLines = text.split('\n');

function item(number: number): ParsedItem {
  const found = parsed.items.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`item ${number} not parsed`);
  return found;
}

const cancelledMeeting = {
  date: '2024-01-16',
  body: EBU,
  postponed: true,
  cancelled: true,
  reason: 'udvalget ikke er beslutningsdygtigt på grund af flere afbud',
  text: 'Udsættes.\nMødet aflyst, da udvalget ikke er beslutningsdygtigt på grund af flere afbud.',
};

describe(`golden: ${DOCUMENT} (markdown layout)`, () => {
  it('reads the meeting from the head', () => {
    expect(parsed.document).toEqual({ name: DOCUMENT, lineCount: 902, layout: 'markdown' });
    expect(parsed.meeting).toEqual({
      body: EBU,
      date: '2024-02-06',
      startTime: '08:00',
      location: 'Mødecenter C, Lokale 29 på Ballerup Rådhus',
      line: 3,
      source: 'head',
    });
  });

  it('reads the participants with party letters and roles', () => {
    expect(parsed.participants.map((p) => [p.name, p.party ?? null, p.role ?? null, p.attendance])).toEqual([
      ['Musa Kekec', 'A', null, 'attended'],
      ['Anja Holtze', 'A', null, 'attended'],
      ['Allan Kristensen', 'C', '2. viceborgmester', 'attended'],
      ['Sandra Marsenic', 'A', null, 'attended'],
      ['Lars Green Bach', 'B', null, 'attended'],
      ['André Amingsø', 'D', null, 'attended'],
      ['Saima B. Inanc', 'Ø', null, 'attended'],
      ['Jannik Karoli Plum Nielsen', null, 'direktør', 'attended'],
      ['Jakob Søgaard Timmermann', null, 'konstitueret centerchef for Arbejdsmarked', 'attended'],
    ]);
    expect(new Set(parsed.participants.map((p) => p.line))).toEqual(new Set([9]));
  });

  it('reads every item: number, title, case number, outcome, postponement, closed', () => {
    expect(
      parsed.items.map((i) => [i.number, i.line, i.title, i.caseNumber ?? null, i.decision?.outcome ?? null, i.decision?.postponed ?? null, i.closed]),
    ).toEqual([
      [1, 27, 'Meddelelser', '00.01.10-P35-9-23', 'noted', false, false],
      [2, 65, 'Forenkling af politikker og strategier på Erhvervs-, Beskæftigelses- og Uddannelsesudvalgets område', '24.00.00-G01-11-23', 'recommended', false, false],
      [3, 177, 'Arbejdet som kommunalbestyrelsesmedlem, herunder udpegninger til bestyrelser, råd og nævn mv.', '24.10.00-G01-13-23', 'commented', false, false],
      [4, 265, 'Temadrøftelse: Erhverv', '24.00.00-G01-30-23', 'approved', false, false],
      [5, 363, 'Virksomhedsændringer i Ballerup Kommune i 4. kvartal 2023', '24.00.00-G01-3-24', 'noted', false, false],
      [6, 436, 'Tilbud om energitjek til Ballerups virksomheder', '24.00.00-G01-29-23', 'noted', false, false],
      [7, 516, 'Oversigt over arbejdet med opgaverne fra budgetaftale 2024 på Erhvervs-, Beskæftigelses- og Uddannelsesudvalgets område', '00.30.10-S00-1-23', null, true, false],
      [8, 572, 'Temadrøftelse: Unge på uddannelseshjælp', '15.00.00-P00-1-23', 'discussed', false, false],
      [9, 660, 'Evaluering af samarbejdet med Idrætsfællesskabet', '15.00.00-P05-2-23', 'noted', false, false],
      [10, 752, 'Orientering om nytteindsatsen i Ballerup Kommune', '15.00.05-A00-1-19', 'noted', false, false],
      [11, 832, 'Orientering: Status på indførelse af røgfri arbejdstid i Ballerup Kommune', '87.20.00-P22-1-23', 'noted', false, false],
      [12, 888, 'Status på leverandørsamarbejdet', '88.20.04-Ø54-10-18', null, null, true],
      [13, 892, 'Godkendelse af referat (underskriftside)', '00.22.00-P19-1-23', null, null, false],
    ]);
  });

  it('points every item line at its heading in the source', () => {
    for (const parsedItem of parsed.items) {
      expect(sourceLines[parsedItem.line - 1]).toMatch(new RegExp(`Punkt ${parsedItem.number}:`));
    }
  });

  it('item 2 is recommended to Kommunalbestyrelsen, with a remark, after postponement on 2024-01-16', () => {
    const two = item(2);
    expect(two.decidingBody).toBe('Kommunalbestyrelsen');
    expect(two.decision).toEqual({
      text: 'Indstilles til godkendelse med denne bemærkning:\n\nErhvervs-, Beskæftigelses- og Uddannelsesudvalget ønsker en evaluering af den eksisterende beskæftigelsesstrategi.',
      outcome: 'recommended',
      postponed: false,
      pointOutcomes: [],
      remarks: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget ønsker en evaluering af den eksisterende beskæftigelsesstrategi.',
      // The recommendation names no body: it goes to the deciding body.
      recommendedTo: 'Kommunalbestyrelsen',
      line: 155,
    });
    expect(two.recommendations.map((r) => [r.point, r.line])).toEqual([[1, 149], [2, 150], [3, 151]]);
    expect(two.recommendations[0]!.text).toBe('Erhvervs- og Vækstpolitik 2021-2025 bibeholdes.');
    expect(two.course).toEqual([{ ...cancelledMeeting, line: 161 }]);
    expect(two.attachments).toEqual({
      count: 4,
      recommendedCount: 2,
      line: 137,
      titles: [
        { title: 'Ballerup Kommune - Oversigt over samlet portefølje af politikker, strategier og planer', recommended: true, line: 169 },
        { title: 'Erhvervs-, Beskæftigelses- og Uddannelsesudvalget - Oversigt over politikker, strategier og planer', recommended: true, line: 171 },
        { title: 'Erhvervs- og Vækstpolitik 2021-2105', recommended: false, line: 173 },
        { title: 'Beskæftigelsesstrategi - revideret november 2022', recommended: false, line: 175 },
      ],
    });
    expect(two.sections.summary).toMatch(/^Administrationen har gennemgået den samlede portefølje/);
    expect(two.sections.background).toMatch(/^I budgetaftalen 2021 står der/);
    expect(two.sections.presentation).toMatch(/^Administrationen har gennemgået[\s\S]*- Naturplan\.$/);
    expect(two.sections.economy).toBe('Ingen økonomiske konsekvenser');
  });

  it('item 3: the committee comments (bemærker), earlier treatment pkt. 6.', () => {
    const three = item(3);
    expect(three.decision?.outcome).toBe('commented');
    expect(three.decision?.remarks).toMatch(/^- At det bør undersøges, hvordan honoraret/);
    expect(three.earlierTreatments).toEqual([
      { body: 'Økonomiudvalget', date: '2023-10-24', itemNumbers: [6], text: 'Økonomiudvalget den 24. oktober 2023, pkt. 6.', line: 183 },
    ]);
  });

  it('item 4 has four per-point outcomes; the overall outcome is the most consequential', () => {
    const four = item(4);
    expect(four.decision?.pointOutcomes).toEqual([
      { point: 1, outcome: 'noted', postponed: false, text: 'Taget til efterretning.', line: 337 },
      { point: 2, outcome: 'noted', postponed: false, text: 'Taget til efterretning med de faldne bemærkninger.', line: 339 },
      { point: 3, outcome: 'discussed', postponed: false, text: 'Drøftet.', line: 341 },
      { point: 4, outcome: 'approved', postponed: false, text: 'Indstillingen godkendt.', line: 343 },
    ]);
    expect(four.decision?.outcome).toBe('approved');
    expect(four.recommendations.map((r) => r.point)).toEqual([1, 2, 3, 4]);
    // `... den 17. januar 2023 punkt` names no item number: kept with an empty list, and warned about.
    expect(four.earlierTreatments).toEqual([
      { body: EBU, date: '2023-01-17', itemNumbers: [], text: `${EBU} den 17. januar 2023 punkt`, line: 271 },
    ]);
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ line: 271, code: 'earlier-treatment-item-missing' }));
  });

  it('item 7 is postponed, with no outcome', () => {
    const seven = item(7);
    expect(seven.decision).toEqual({ text: 'Udsættes', postponed: true, pointOutcomes: [], line: 564 });
    expect(seven.caseNumber).toBe('00.30.10-S00-1-23');
  });

  it('item 10 (nytteindsats): noted, treated 2023-01-17 item 1, postponed at the cancelled 2024-01-16 meeting', () => {
    const ten = item(10);
    expect(ten.caseNumber).toBe('15.00.05-A00-1-19');
    expect(ten.title).toBe('Orientering om nytteindsatsen i Ballerup Kommune');
    expect(ten.decision?.outcome).toBe('noted');
    expect(ten.decision?.text).toBe('Taget til efterretning');
    expect(ten.decidingBody).toBe(EBU);
    expect(ten.earlierTreatments).toEqual([
      { body: EBU, date: '2023-01-17', itemNumbers: [1], text: `${EBU} den 17. januar 2023 Punkt 1`, line: 758 },
    ]);
    expect(ten.course).toEqual([{ ...cancelledMeeting, line: 826 }]);
  });

  it('item 12 is closed: title and case number only', () => {
    const twelve = item(12);
    expect(twelve).toEqual({
      number: 12,
      title: 'Status på leverandørsamarbejdet',
      line: 888,
      caseNumber: '88.20.04-Ø54-10-18',
      caseNumberLine: 890,
      closed: true,
      recommendations: [],
      absences: [],
      earlierTreatments: [],
      course: [],
      sections: { other: [] },
    });
  });

  it('reads the other earlier treatments, courses and attachments', () => {
    expect(parsed.items.map((i) => i.earlierTreatments.map((t) => `${t.body}|${t.date}|${t.itemNumbers.join('+')}`))).toEqual([
      [], [], ['Økonomiudvalget|2023-10-24|6'], [`${EBU}|2023-01-17|`], [`${EBU}|2023-11-14|5`], [], [], [],
      [`${EBU}|2023-08-16|7`], [`${EBU}|2023-01-17|1`], ['Kommunalbestyrelsen|2023-06-19|14'], [], [],
    ]);
    expect(parsed.items.filter((i) => i.course.length > 0).map((i) => i.number)).toEqual([2, 3, 4, 6, 9, 10]);
    expect(parsed.items.map((i) => [i.attachments?.count ?? null, i.attachments?.titles.length ?? null])).toEqual([
      [2, 2], [4, 4], [2, 2], [4, 4], [2, 2], [1, 1], [2, 2], [1, 1], [0, 0], [0, 0], [1, 1], [null, null], [null, null],
    ]);
    expect(item(1).attachments?.titles.map((t) => [t.title, t.recommended])).toEqual([
      ['1.2 Mødeark - KMU jan24 - Lukning af mulighed for at etablere datacenter ved Mileparken', false],
      ['1.5 Sagsfremstilling fra Socialudvalget', true],
    ]);
    expect(parsed.items.every((i) => i.absences.length === 0)).toBe(true);
  });

  it('keeps the Meddelelser text and the other decisions as written', () => {
    expect(item(1).sections.preamble).toMatch(/^1\. I samarbejde med sygedagpengeindsatsen/);
    expect(item(1).sections.preamble).toMatch(/Socialudvalget d\. 30\. januar 2024\.$/);
    expect(item(8).decision?.text).toBe('Sagen blev drøftet');
    expect(item(13).sections.recommendationIntro).toBe('For at godkende referatet for dette møde skal alle medlemmer af udvalget klikke på "Godkendt".');
    expect(item(13).decision).toBeUndefined();
  });

  it('lists the cancelled meeting of 2024-01-16 with the items postponed there', () => {
    expect(parsed.referencedMeetings).toEqual([
      {
        date: '2024-01-16',
        body: EBU,
        cancelled: true,
        reason: 'udvalget ikke er beslutningsdygtigt på grund af flere afbud',
        itemNumbers: [2, 3, 4, 6, 9, 10],
        postponedItemNumbers: [2, 3, 4, 6, 9, 10],
        lines: [161, 253, 347, 506, 746, 826],
      },
    ]);
  });

  it('warns about what it could not place, and nothing else', () => {
    expect(parsed.warnings.map((w) => [w.line, w.code])).toEqual([
      [271, 'earlier-treatment-item-missing'],
      [466, 'unknown-heading'],
      [596, 'unknown-heading'],
      [613, 'unknown-heading'],
      [709, 'unknown-heading'],
      [892, 'no-decision'],
    ]);
    // Sub-headings stay in their section's text instead of being dropped.
    expect(item(9).sections.presentation).toContain('### Det videre forløb');
  });
});
