import { parseMinutes } from './parse-minutes.js';

const HEAD = 'REFERAT Teknik- og Miljøudvalget d. 05-03-2025\n\n';

describe('a referat of a meeting that did not take place', () => {
  it.each([
    ['Mødet er aflyst.', undefined],
    ['Mødet blev aflyst, da udvalget ikke var beslutningsdygtigt.', 'udvalget ikke var beslutningsdygtigt'],
    ['**Mødet aflyses** pga. manglende sager.', 'manglende sager'],
    ['Mødet blev ikke afholdt.', undefined],
    ['Mødet afholdes ikke, da der ikke er sager til behandling.', 'der ikke er sager til behandling'],
  ])('%s: the meeting is cancelled, with its reason, and not warned about as having no items', (sentence, reason) => {
    const parsed = parseMinutes(`${HEAD}${sentence}\n`, 'aflyst.txt');
    expect(parsed.items).toEqual([]);
    expect(parsed.meeting).toMatchObject({ body: 'Teknik- og Miljøudvalget', date: '2025-03-05' });
    expect(parsed.meeting.cancelled).toEqual({ text: sentence.replace(/\*\*/g, ''), line: 3, ...(reason ? { reason } : {}) });
    expect(parsed.warnings.map((w) => w.code)).not.toContain('no-items');
  });

  it('a text without items that says nothing of a cancellation still has no items', () => {
    const parsed = parseMinutes(`${HEAD}Ingen punkter.\n`, 'tom.txt');
    expect(parsed.meeting.cancelled).toBeUndefined();
    expect(parsed.warnings.map((w) => w.code)).toContain('no-items');
  });

  it("an item's Sagens forløb that names a cancelled meeting does not cancel this one", () => {
    const text = `${HEAD}Punkt 1: Trafikplan\n\nSagens forløb\n\n16-01-2025 Teknik- og Miljøudvalget\n\nMødet aflyst.\n\nBeslutning\n\nGodkendt.\n`;
    const parsed = parseMinutes(text, 'forloeb.txt');
    expect(parsed.items).toHaveLength(1);
    expect(parsed.meeting.cancelled).toBeUndefined();
  });
});
