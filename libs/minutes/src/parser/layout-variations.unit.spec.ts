import { parseMinutes } from './parse-minutes.js';

const HEAD = 'REFERAT Testudvalget d. 05-03-2025\n\nMødedato Onsdag d. 5. marts 2025 kl. 16.30\n\n';

function parse(body: string, head = HEAD) {
  return parseMinutes(head + body, 'synthetic.txt');
}

function codes(parsed: ReturnType<typeof parse>): string[] {
  return parsed.warnings.map((warning) => warning.code);
}

describe('layout variations', () => {
  it('reads `pkt. 4` headings and a `kl. 16.30` start time', () => {
    const parsed = parse('pkt. 4 Budgetopfølgning\n\n12.34.56-B12-3-25\n\nBeslutning\n\nGodkendt\n');
    expect(parsed.meeting).toMatchObject({ body: 'Testudvalget', date: '2025-03-05', startTime: '16:30' });
    expect(parsed.items.map((i) => [i.number, i.title, i.caseNumber, i.decision?.outcome, i.line])).toEqual([
      [4, 'Budgetopfølgning', '12.34.56-B12-3-25', 'approved', 5],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('reads `#### **Punkt 3.**` with the title on the next line, and `## 4. Title` headings', () => {
    const parsed = parse(
      '#### **Punkt 3.**\n\nVejplan 2025\n\n#### **Beslutning**\n\nTiltrådt\n\n#### 4. Skolestruktur.\n\n##### Beslutning:\n\nAfvist\n',
    );
    expect(parsed.items.map((i) => [i.number, i.title, i.line, i.decision?.outcome])).toEqual([
      [3, 'Vejplan 2025', 5, 'approved'],
      [4, 'Skolestruktur.', 13, 'rejected'],
    ]);
    expect(parsed.document.layout).toBe('markdown');
    expect(parsed.warnings).toEqual([]);
  });

  it('reads `Punkt 4.` and `**Punkt 5: ...**` headings and keeps trailing dots in titles', () => {
    const parsed = parse('Punkt 4. Orientering om mv.\n\nBeslutning\n\nTil efterretning.\n\n**Punkt 5: Lukket: LUKKET Personalesag**\n\n01.02.03-Æ01-9-24\n');
    expect(parsed.items.map((i) => [i.number, i.title, i.closed, i.caseNumber ?? null, i.decision?.outcome ?? null])).toEqual([
      [4, 'Orientering om mv.', false, null, 'noted'],
      [5, 'Personalesag', true, '01.02.03-Æ01-9-24', null],
    ]);
  });

  it('reads CRLF line endings and non-breaking spaces, with line numbers as an editor shows them', () => {
    const text = ['**Mødedato**\u00a0\u00a0 Tirsdag d. 06. februar 2024 kl. 08:00', '', '**Mødested**\u00a0 Rådhuset', '', '## Punkt\u00a01:\u00a0Meddelelser', '', '### Beslutning', '', 'Taget til efterretning', ''].join('\r\n');
    const parsed = parseMinutes(text, 'crlf.txt');
    expect(parsed.document.lineCount).toBe(10);
    expect(parsed.meeting).toMatchObject({ date: '2024-02-06', startTime: '08:00', location: 'Rådhuset' });
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]).toMatchObject({ number: 1, title: 'Meddelelser', line: 5 });
    expect(parsed.items[0]!.decision).toMatchObject({ text: 'Taget til efterretning', outcome: 'noted', line: 9 });
    expect(parseMinutes(text.replace(/\r\n/g, '\r'), 'cr.txt').items[0]!.decision?.line).toBe(9);
  });

  it('joins wrapped titles (up to the first blank line), but not into the case number', () => {
    const parsed = parse('Punkt 1 Udmøntning af budgetaftalen for\nTestudvalgets ansvarsområde\n24.00.00-G01-1-25\n\nBeslutning\n\nGodkendt\n');
    expect(parsed.items[0]).toMatchObject({ title: 'Udmøntning af budgetaftalen for Testudvalgets ansvarsområde', caseNumber: '24.00.00-G01-1-25', caseNumberLine: 7 });
  });

  it('reads an item without a number, with a warning', () => {
    const parsed = parse('## Punkt: Eventuelt\n\n### Beslutning\n\nDrøftet\n');
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!.number).toBeUndefined();
    expect(parsed.items[0]).toMatchObject({ title: 'Eventuelt', line: 5, decision: { outcome: 'discussed' } });
    expect(parsed.warnings).toEqual([{ line: 5, code: 'item-number-missing', message: 'Item heading without a number: "## Punkt: Eventuelt"' }]);
  });

  it('keeps an unknown decision as `other`, with the text and a warning', () => {
    const parsed = parse('Punkt 1: Vinterbadning\n\nBeslutning\n\nFormanden konkluderede, at sagen genoptages i maj.\n');
    expect(parsed.items[0]!.decision).toEqual({
      text: 'Formanden konkluderede, at sagen genoptages i maj.',
      outcome: 'other',
      postponed: false,
      pointOutcomes: [],
      line: 9,
    });
    expect(parsed.warnings).toEqual([
      { line: 9, code: 'decision-unclassified', message: 'Decision text not recognised; kept as outcome "other": "Formanden konkluderede, at sagen genoptages i maj."' },
    ]);
  });

  it('keeps an unknown section heading in sections.other, with a warning; warns about empty sections', () => {
    const parsed = parse('## Punkt 1: Vinterbadning\n\n### Høringssvar\n\nIngen indsigelser.\n\n### Beslutning\n\nGodkendt\n\n### Sagens forløb\n');
    expect(parsed.items[0]!.sections.other).toEqual([{ heading: 'Høringssvar', text: 'Ingen indsigelser.', line: 7 }]);
    expect(parsed.warnings.map((w) => [w.line, w.code])).toEqual([
      [7, 'unknown-heading'],
      [15, 'empty-section'],
    ]);
  });

  it('reads per-point decisions in several forms, and does not take `Punkt 1: ...` in a decision for an item', () => {
    const parsed = parse(
      [
        'Punkt 4: Trafikplan', '', 'Indstilling', '', '1. Planen godkendes.', '2. Budgettet godkendes.', '3. Høringen drøftes.', '',
        'Beslutning', '', 'Punkt 1 og 2: Anbefales.', '', 'Punkt 3: Udsættes.', '',
        'Punkt 5: Skoleplan', '', 'Beslutning', '', 'Ad 1) Godkendt.', 'Ad 2) Ikke godkendt.', '',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual([4, 5]);
    expect(parsed.items[0]!.decision?.pointOutcomes.map((p) => [p.point, p.outcome ?? null, p.postponed])).toEqual([
      [1, 'recommended', false],
      [2, 'recommended', false],
      [3, null, true],
    ]);
    expect(parsed.items[0]!.decision).toMatchObject({ outcome: 'recommended', postponed: false });
    expect(parsed.items[1]!.decision?.pointOutcomes.map((p) => [p.point, p.outcome])).toEqual([
      [1, 'approved'],
      [2, 'rejected'],
    ]);
    expect(parsed.items[1]!.decision?.outcome).toBe('approved');
  });

  it('reads earlier treatments: `Punkt 4 og 5`, numeric dates, a missing number', () => {
    const parsed = parse(
      'Punkt 1: Cykelstier\n\nTidligere behandling\n\nTeknik- og Miljøudvalget den 3. september 2024, Punkt 4 og 5\nØkonomiudvalget den 01-10-2024 pkt. 6.\nKommunalbestyrelsen den 28. oktober 2024\nVed et tidligere møde\n\nBeslutning\n\nGodkendt\n',
    );
    expect(parsed.items[0]!.earlierTreatments.map((t) => [t.body, t.date, t.itemNumbers, t.line])).toEqual([
      ['Teknik- og Miljøudvalget', '2024-09-03', [4, 5], 9],
      ['Økonomiudvalget', '2024-10-01', [6], 10],
      ['Kommunalbestyrelsen', '2024-10-28', [], 11],
    ]);
    expect(parsed.warnings.map((w) => [w.line, w.code])).toEqual([
      [11, 'earlier-treatment-item-missing'],
      [12, 'earlier-treatment-unreadable'],
    ]);
  });

  it('reads a course with several meetings: a decision, a postponement, a cancelled meeting', () => {
    const parsed = parse(
      '## Punkt 2: Havneplan\n\n### Sagens forløb\n\n12. november 2024 Testudvalget\n\nIndstillingen godkendt.\n\n10-12-2024 Økonomiudvalget\n\nUdsættes.\n\n14-01-2025 Kommunalbestyrelsen\n\nMødet blev aflyst på grund af snestorm.\n\n### Beslutning\n\nTaget til efterretning\n',
    );
    expect(parsed.items[0]!.course.map((c) => [c.date, c.body, c.outcome ?? null, c.postponed, c.cancelled, c.reason ?? null, c.line])).toEqual([
      ['2024-11-12', 'Testudvalget', 'approved', false, false, null, 9],
      ['2024-12-10', 'Økonomiudvalget', null, true, false, null, 13],
      ['2025-01-14', 'Kommunalbestyrelsen', null, false, true, 'snestorm', 17],
    ]);
    expect(parsed.referencedMeetings.map((m) => [m.date, m.cancelled, m.itemNumbers])).toEqual([
      ['2024-11-12', false, [2]],
      ['2024-12-10', false, [2]],
      ['2025-01-14', true, [2]],
    ]);
  });

  it('warns when the outcome contradicts the deciding body', () => {
    const parsed = parse('Punkt 1: Lokalplan\n\nBeslutningen træffes af\n\nKommunalbestyrelsen\n\nBeslutning\n\nGodkendt\n\nPunkt 2: Plan\n\nBeslutningen træffes af\n\nTestudvalget\n\nBeslutning\n\nAnbefales\n');
    expect(parsed.items.map((i) => i.decision?.outcome)).toEqual(['approved', 'recommended']);
    expect(parsed.warnings.map((w) => [w.line, w.code])).toEqual([
      [13, 'outcome-conflicts-with-deciding-body'],
      [23, 'outcome-conflicts-with-deciding-body'],
    ]);
  });

  it('reads an old-layout participant block and an `Afbud:` line with a colon', () => {
    const parsed = parseMinutes(
      'Mødedeltagere\nAnne Hansen (A) - Deltog\nBo Jensen (V) - Deltog ikke\n\nPunkt 1 Meddelelser\n\nBeslutning\n\nUdgår\n\nAfbud: Bo Jensen (V)\n',
      'old.txt',
    );
    expect(parsed.participants.map((p) => [p.name, p.party, p.attendance])).toEqual([
      ['Anne Hansen', 'A', 'attended'],
      ['Bo Jensen', 'V', 'absent'],
    ]);
    expect(parsed.items[0]!.decision?.outcome).toBe('withdrawn');
    expect(parsed.items[0]!.absences).toEqual([{ name: 'Bo Jensen', party: 'V', line: 11 }]);
  });

  it('does not take body text starting with `Punkt` for an item heading', () => {
    const parsed = parse('Punkt 2: Budget\n\nSagsfremstilling\n\nPunkt 6.6 i budgetaftalen siger noget.\n\npunkt 3 nævnes også\n\nBeslutning\n\nGodkendt\n');
    expect(parsed.items.map((i) => i.number)).toEqual([2]);
    expect(parsed.items[0]!.sections.presentation).toBe('Punkt 6.6 i budgetaftalen siger noget.\n\npunkt 3 nævnes også');
  });
});
