import { NoteEarlierTreatment, PresentItem, RecordAttendance, RecordDecision } from '#cases';
import { LAYOUT_FIXTURES } from '../fixtures/index.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import { itemReading } from './item-reading.report.js';
import { planImport } from './minutes-to-commands.mapper.js';

const context = { documentName: 'fixture.txt', actor: 'importer', correlationId: 'import-test' };

describe('importing minutes of every layout family', () => {
  it.each(LAYOUT_FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s: plans the meeting and a presentation per item', (_name, fixture) => {
    const parsed = parseMinutes(fixture.text, fixture.name);
    const plan = planImport(parsed, context);
    expect(plan.meeting.date).toBe(fixture.golden.date);
    // Every item is placed on the agenda (non-KLE numbers under a provisional case, with a warning).
    expect(plan.items.every((planned) => planned.commands[0] instanceof PresentItem)).toBe(true);
  });

  it('carries vote lines and reservations into RecordDecision', () => {
    const fixture = LAYOUT_FIXTURES.find((candidate) => candidate.golden.items.some((item) => item.decision?.votes?.against?.length))!;
    const plan = planImport(parseMinutes(fixture.text, fixture.name), context);
    const decisions = plan.items.flatMap((planned) => planned.commands.filter((command): command is RecordDecision => command instanceof RecordDecision));
    expect(decisions.some((decision) => decision.input.votes?.some((vote) => vote.position === 'against'))).toBe(true);
  });

  it('records absences as stated (absent or apologies) and earlier decision blocks as earlier treatments', () => {
    const fixture = LAYOUT_FIXTURES.find((candidate) => candidate.name.startsWith('slagelse'))!;
    const plan = planImport(parseMinutes(fixture.text, fixture.name), context);
    const absences = plan.items.flatMap((planned) => planned.commands.filter((command): command is RecordAttendance => command instanceof RecordAttendance));
    expect(absences.flatMap((command) => command.input.participants.map((participant) => participant.attendance))).toContain('absent');
    const earlier = plan.items.flatMap((planned) => planned.commands.filter((command) => command instanceof NoteEarlierTreatment));
    expect(earlier.length).toBeGreaterThan(0);
  });

  it('reports per item what was read, with lines, and the warnings on its lines', () => {
    const text = 'REFERAT Testudvalget d. 05-03-2025\n\nPunkt 1: Budget\n\n12.34.56-B12-3-25\n\n### Ukendt\n\nTekst\n\nBeslutning\n\nGodkendt.\nFor stemte: A, V\n\nPunkt 2: Andet\n\nBeslutning\n\nTaget til efterretning\n';
    const parsed = parseMinutes(text, 'report.txt');
    const [first, second] = parsed.items;
    const reading = itemReading(first!, second!.line, parsed.warnings);
    expect(reading.read.map((fact) => [fact.fact, fact.line])).toEqual([
      ['heading', 3],
      ['case number', 5],
      ['unplaced section', 7],
      ['decision', 13],
      ['vote', 14],
    ]);
    expect(reading.notRead).toEqual([expect.objectContaining({ line: 7, code: 'unknown-heading' })]);
    expect(itemReading(second!, undefined, parsed.warnings).notRead).toEqual([]);
  });
});
