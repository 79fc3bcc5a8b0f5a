import type { AuditMonthCount } from '#projections';
import { countText, danishMonth } from './danish-text.js';

/** Geometry of the server-rendered SVG: per committee a panel, per month a postponement and a decision bar. */
export interface AuditChart {
  width: number;
  height: number;
  panels: Array<{ body: string; titleY: number; baseY: number; bars: ChartBar[]; labels: Array<{ x: number; y: number; text: string }> }>;
  maxCount: number;
  /** Months left out at the start, when the range is longer than the chart shows. */
  monthsLeftOut: number;
  /** The same numbers as a table, for screen readers and for checking. */
  rows: Array<{ body: string; month: string; postponed: number; decided: number }>;
}

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'postponed' | 'decided';
  title: string;
}

const MAX_MONTHS = 120;
const LEFT = 8;
const PLOT = 72;
const PANEL = 112;

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export function auditChart(counts: readonly AuditMonthCount[]): AuditChart | undefined {
  const charted = counts.filter((c) => c.kind === 'postponed' || c.kind === 'decided');
  if (charted.length === 0) return undefined;
  const all = monthsBetween(charted.map((c) => c.month).reduce((a, b) => (a < b ? a : b)), charted.map((c) => c.month).reduce((a, b) => (a > b ? a : b)));
  const months = all.slice(-MAX_MONTHS);
  const bodies = [...new Set(charted.map((c) => c.body))].sort((a, b) => a.localeCompare(b, 'da'));
  const count = new Map(charted.map((c) => [`${c.body}\u0000${c.month}\u0000${c.kind}`, c.count]));
  const at = (body: string, month: string, kind: string) => count.get(`${body}\u0000${month}\u0000${kind}`) ?? 0;
  // Columns widen when there are few months, so the chart reads at the width of the page.
  const column = Math.min(48, Math.max(12, Math.floor(560 / months.length)));
  const bar = Math.min(14, Math.floor((column - 4) / 2));
  const maxCount = Math.max(...charted.filter((c) => months.includes(c.month)).map((c) => c.count), 1);
  // Label every month when there are few, else January (and the first month) only.
  const labelled = (month: string, i: number) => months.length <= 12 || month.endsWith('-01') || i === 0;

  const panels = bodies.map((body, p) => {
    const top = p * PANEL;
    const baseY = top + 22 + PLOT;
    const bars: ChartBar[] = [];
    months.forEach((month, i) => {
      (['postponed', 'decided'] as const).forEach((kind, k) => {
        const n = at(body, month, kind);
        if (n === 0) return;
        const height = Math.max(2, Math.round((n / maxCount) * PLOT));
        bars.push({
          x: LEFT + i * column + 2 + k * bar,
          y: baseY - height,
          width: bar,
          height,
          kind,
          title: `${danishMonth(month)}: ${kind === 'postponed' ? countText(n, 'udsættelse', 'udsættelser') : countText(n, 'beslutning', 'beslutninger')}`,
        });
      });
    });
    const labels = months.flatMap((month, i) => (labelled(month, i) ? [{ x: LEFT + i * column + 2, y: baseY + 13, text: months.length <= 12 ? danishMonth(month) : month.slice(0, 4) }] : []));
    return { body, titleY: top + 15, baseY, bars, labels };
  });
  return {
    width: LEFT * 2 + months.length * column,
    height: bodies.length * PANEL,
    panels,
    maxCount,
    monthsLeftOut: all.length - months.length,
    rows: bodies.flatMap((body) =>
      months
        .map((month) => ({ body, month, postponed: at(body, month, 'postponed'), decided: at(body, month, 'decided') }))
        .filter((r) => r.postponed + r.decided > 0),
    ),
  };
}
