import type { TimelineEntryView } from '#projections';
import { outcomeLabel } from './danish-text.js';
import { type SourceRef, sourceRef } from './source-ref.js';

export type MarkTone = 'cancelled' | 'postponed' | 'decided' | 'recommended' | 'presented' | 'referenced';

export interface Happening {
  kind: string;
  /** What happened, in Danish: `Forelagt`, `Udsat`, `Taget til efterretning` ... */
  label: string;
  title?: string;
  reason?: string;
  decisionText?: string;
  remarks?: string;
  points: Array<{ point: number; label: string; text: string }>;
  toBody?: string;
  /** For an earlier treatment: which section of which meeting's minutes told of it. */
  foundIn?: string;
  notedAt?: string;
  source: SourceRef | null;
}

/** One mark on the timeline: everything known about the case at one meeting. */
export interface TimelineMark {
  meetingId: string;
  anchor: string;
  date: string;
  body: string;
  itemNumber: number | null;
  closed: boolean;
  tone: MarkTone;
  happenings: Happening[];
}

const TONE_ORDER: MarkTone[] = ['cancelled', 'postponed', 'decided', 'recommended', 'presented', 'referenced'];
const FOUND_IN: Record<string, string> = { 'tidligere-behandling': 'Tidligere behandling', 'sagens-forloeb': 'Sagens forløb' };

function happening(entry: TimelineEntryView, closed: boolean): Happening {
  const details = entry.details as Record<string, any>;
  const base: Happening = { kind: entry.kind, label: '', points: [], source: sourceRef(entry.source) };
  switch (entry.kind) {
    case 'presented':
      return { ...base, label: 'Forelagt', ...(entry.text ? { title: entry.text } : {}) };
    case 'cancelled':
      return { ...base, label: 'Mødet blev aflyst', ...(entry.reason ? { reason: entry.reason } : {}) };
    case 'postponed': {
      // A cancellation's reason is told once, by the cancellation; a closed item's own reason is content.
      if (details.causedByCancellation) return { ...base, label: 'Udsat, fordi mødet blev aflyst' };
      return { ...base, label: 'Udsat', ...(entry.reason && !closed ? { reason: entry.reason } : {}) };
    }
    case 'decided':
      if (closed) return { ...base, label: 'Behandlet på lukket møde' };
      return {
        ...base,
        label: outcomeLabel(entry.outcome) || 'Besluttet',
        ...(entry.text ? { decisionText: entry.text } : {}),
        ...(details.remarks ? { remarks: String(details.remarks) } : {}),
        points: (Array.isArray(details.pointOutcomes) ? details.pointOutcomes : []).map((p: any) => ({ point: Number(p.point), label: outcomeLabel(p.outcome), text: String(p.text ?? '') })),
      };
    case 'recommended':
      if (closed) return { ...base, label: 'Behandlet på lukket møde' };
      return { ...base, label: `Indstillet videre til ${details.toBody ?? 'et andet organ'}`, ...(details.toBody ? { toBody: String(details.toBody) } : {}) };
    case 'referenced':
      return {
        ...base,
        label: 'Tidligere behandling',
        foundIn: FOUND_IN[details.foundIn] ?? 'en henvisning',
        ...(details.notedAt ? { notedAt: String(details.notedAt) } : {}),
      };
    default:
      return { ...base, label: entry.kind };
  }
}

/** Groups a case's timeline entries (already in meeting order) into one mark per meeting. */
export function timelineMarks(entries: readonly TimelineEntryView[]): TimelineMark[] {
  const marks = new Map<string, { entries: TimelineEntryView[] }>();
  for (const entry of entries) {
    const mark = marks.get(entry.meetingId) ?? { entries: [] };
    mark.entries.push(entry);
    marks.set(entry.meetingId, mark);
  }
  return [...marks.entries()].map(([meetingId, { entries: own }]) => {
    const first = own[0]!;
    const closed = own.some((e) => e.kind === 'presented' && (e.details as { closed?: boolean }).closed === true);
    const kinds = new Set(own.map((e) => e.kind));
    return {
      meetingId,
      anchor: `m-${meetingId}`,
      date: first.date,
      body: first.body,
      itemNumber: own.find((e) => e.itemNumber !== null)?.itemNumber ?? null,
      closed,
      tone: TONE_ORDER.find((tone) => kinds.has(tone)) ?? 'presented',
      happenings: own.map((e) => happening(e, closed)),
    };
  });
}

/** The overview above the timeline: one dot per meeting along a date axis, years marked. */
export interface TimelineStrip {
  width: number;
  dots: Array<{ x: number; tone: MarkTone; title: string; anchor: string }>;
  years: Array<{ x: number; label: string }>;
}

const STRIP_WIDTH = 1000;
const STRIP_MARGIN = 24;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function timelineStrip(marks: readonly TimelineMark[], dateText: (iso: string) => string): TimelineStrip | undefined {
  if (marks.length === 0) return undefined;
  const first = dayNumber(marks[0]!.date);
  const last = dayNumber(marks.at(-1)!.date);
  const span = Math.max(1, last - first);
  const x = (iso: string) => (last === first ? STRIP_WIDTH / 2 : Math.round(STRIP_MARGIN + ((dayNumber(iso) - first) / span) * (STRIP_WIDTH - 2 * STRIP_MARGIN)));
  // The first year is marked where the case begins, later ones at their 1 January.
  const years: TimelineStrip['years'] = [{ x: x(marks[0]!.date), label: marks[0]!.date.slice(0, 4) }];
  for (let year = Number(marks[0]!.date.slice(0, 4)) + 1; year <= Number(marks.at(-1)!.date.slice(0, 4)); year++) years.push({ x: x(`${year}-01-01`), label: String(year) });
  return {
    width: STRIP_WIDTH,
    dots: marks.map((m) => ({ x: x(m.date), tone: m.tone, anchor: m.anchor, title: `${dateText(m.date)}: ${m.happenings.map((h) => h.label).join(', ')}` })),
    years,
  };
}
