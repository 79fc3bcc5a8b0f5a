import { auditChart } from './audit-chart.model.js';

describe('the audit chart', () => {
  it('has a panel per committee, a column per month between the first and the last (gaps included) and a bar per count', () => {
    const chart = auditChart([
      { body: 'Økonomiudvalget', month: '2024-01', kind: 'decided', count: 4 },
      { body: 'Børneudvalget', month: '2023-11', kind: 'postponed', count: 2 },
      { body: 'Børneudvalget', month: '2024-01', kind: 'decided', count: 1 },
      { body: 'Børneudvalget', month: '2024-01', kind: 'corrected', count: 9 },
    ])!;
    expect(chart.panels.map((p) => p.body)).toEqual(['Børneudvalget', 'Økonomiudvalget']);
    expect(chart.panels[0]!.labels.map((l) => l.text)).toEqual(['nov. 2023', 'dec. 2023', 'jan. 2024']);
    expect(chart.maxCount).toBe(4);
    const [postponed, decided] = chart.panels[0]!.bars;
    expect(postponed).toMatchObject({ kind: 'postponed', title: 'nov. 2023: 2 udsættelser', height: 36 });
    expect(decided).toMatchObject({ kind: 'decided', title: 'jan. 2024: 1 beslutning', height: 18 });
    expect(decided!.y + decided!.height).toBe(chart.panels[0]!.baseY);
    expect(chart.panels[1]!.bars).toEqual([expect.objectContaining({ kind: 'decided', height: 72 })]);
    expect(chart.rows).toEqual([
      { body: 'Børneudvalget', month: '2023-11', postponed: 2, decided: 0 },
      { body: 'Børneudvalget', month: '2024-01', postponed: 0, decided: 1 },
      { body: 'Økonomiudvalget', month: '2024-01', postponed: 0, decided: 4 },
    ]);
    expect(chart.monthsLeftOut).toBe(0);
  });

  it('shows the last ten years of a longer range and says how many months it left out', () => {
    const chart = auditChart([
      { body: 'Udvalget', month: '2010-01', kind: 'decided', count: 1 },
      { body: 'Udvalget', month: '2024-12', kind: 'postponed', count: 1 },
    ])!;
    expect(chart.monthsLeftOut).toBe(15 * 12 - 120);
    expect(chart.rows).toEqual([{ body: 'Udvalget', month: '2024-12', postponed: 1, decided: 0 }]);
  });

  it('draws nothing without postponements or decisions', () => {
    expect(auditChart([{ body: 'Udvalget', month: '2024-01', kind: 'corrected', count: 1 }])).toBeUndefined();
  });
});
