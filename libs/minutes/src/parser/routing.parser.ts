import { asBodyName, endsWithBodyWord, sameBody } from './body-name.js';
import { findDanishDate } from './danish-date.js';
import type { ParsedItem } from './parsed-minutes.types.js';
import type { SourceLine } from './source-line.js';
import {
  AGREED_TO_INDSTILLING,
  CHAIN_NEXT,
  DECIDING_ROLE,
  RECOMMENDATION_OVER_FOR,
  RECOMMENDATION_OVER_FOR_NAMED,
  RECOMMENDATION_VIA,
  RECOMMENDS_BODY,
  INDSTILLING_ASKS_BODY,
  ROUTING_STEP,
  TWO_BODIES,
} from './vocabulary/routing.js';

interface RoutingStep {
  body: string;
  role: string;
  date?: string;
  line: number;
}

/** The steps of a routing field that name each body's role, in order. */
export function readRoutingSteps(lines: readonly SourceLine[]): RoutingStep[] {
  const steps: RoutingStep[] = [];
  for (const line of lines) {
    // A step names its role in parentheses: most lines of a routing field hold none, and the pattern tries each
    // length of body on them before failing.
    const step = line.unmarked.includes('(') ? ROUTING_STEP.exec(line.unmarked) : null;
    if (!step) continue;
    const date = step.groups!.date ? findDanishDate(step.groups!.date)?.iso : undefined;
    steps.push({ body: step.groups!.body!.trim(), role: step.groups!.role!.trim(), ...(date ? { date } : {}), line: line.no });
  }
  return steps;
}

/**
 * What a routing field tells when the item does not say it elsewhere: the body whose role is the decision is
 * the deciding body, and a recommendation goes on to the step after this meeting's.
 */
export function applyRoutingSteps(item: ParsedItem, steps: readonly RoutingStep[], meeting: { date?: string; body?: string }): void {
  if (steps.length === 0) return;
  const deciding = steps.find((step) => DECIDING_ROLE.test(step.role));
  if (deciding && !item.decidingBody) {
    item.decidingBody = deciding.body;
    item.decidingBodyLine = deciding.line;
  }
  const decision = item.decision;
  if (decision?.outcome !== 'recommended' || decision.recommendedTo) return;
  // This meeting's step by its date first: a committee that treated the case before lists itself twice (`Folkeoplysnings-
  // udvalget (anbefaler), 05.09.2017` / `Folkeoplysningsudvalget (anbefaler), 07.11.2017` / `Kultur- og Fritidsudvalget ...`).
  const dated = meeting.date === undefined ? -1 : steps.findIndex((step) => step.date === meeting.date);
  const here = dated >= 0 ? dated : steps.findIndex((step) => meeting.body !== undefined && sameBody(step.body, meeting.body));
  const next = here >= 0 ? steps[here + 1] : undefined;
  if (next) decision.recommendedTo = next.body;
}

/**
 * A recommendation that names no body (`Indstillingen blev anbefalet.`, `Anbefales med denne bemærkning:`) goes
 * where the item's `Indstilling` asked it to go (`... anbefaler over for Borgerrepræsentationen ...`, `... over for
 * byrådet anbefaler`).
 */
export function applyRecommendationTarget(item: ParsedItem): void {
  const decision = item.decision;
  if (decision?.outcome !== 'recommended' || decision.recommendedTo) return;
  const target = indstillingTarget(item, false);
  if (target) decision.recommendedTo = target;
}

/**
 * `Indstillingen tiltrådt.` where the Indstilling asked the committee to recommend the case on (`... at det over for
 * Økonomi- og Erhvervsudvalget og Byrådet anbefales, at ...`, `udvalget anbefaler Økonomiudvalget og
 * Kommunalbestyrelsen, at ...`): agreeing to it recommends the case to the first body it names, not approves it.
 */
export function applyAgreedRecommendation(item: ParsedItem, meetingBody: string | undefined): void {
  const decision = item.decision;
  if (decision?.outcome !== 'approved' || decision.pointOutcomes.length > 0) return;
  const end = decision.text.indexOf('\n');
  const firstLine = (end < 0 ? decision.text : decision.text.slice(0, end)).trim();
  if (firstLine.length > 60) return;
  if (!AGREED_TO_INDSTILLING.test(firstLine)) return;
  const target = indstillingTarget(item, true);
  if (!target || (meetingBody !== undefined && sameBody(target, meetingBody))) return;
  decision.outcome = 'recommended';
  decision.recommendedTo = target;
}

/** The body the Indstilling recommends the case to; with `saysRecommend`, only where it says `anbefal...`. */
function indstillingTarget(item: ParsedItem, saysRecommend: boolean): string | undefined {
  for (const text of [item.sections.recommendationIntro, ...item.recommendations.map((point) => point.text)]) {
    if (text === undefined || (saysRecommend && !/anbefal/iu.test(text))) continue;
    // `over for Byrådet`: a capitalised body's name whole; else its name in lower case or over several words
    // (`over for økonomi- og erhvervsudvalget`), or `anbefaler <organ>`, where the text holds those words.
    const target = RECOMMENDATION_OVER_FOR.exec(text);
    // `anbefaler <organ> og <organ>, at` (main's `direct` form) names the body whole.
    if (target?.groups!.direct) return target.groups.direct;
    if (target && endsWithBodyWord(target.groups!.body!)) return target.groups!.body!;
    const named = (target || /over\s*for/iu.test(text) ? RECOMMENDATION_OVER_FOR_NAMED.exec(text) : null) ?? (/anbefaler\s/u.test(text) ? RECOMMENDS_BODY.exec(text) : null);
    if (named) return asBodyName(named.groups!.body!);
    if (target) return target.groups!.body!;
  }
  return undefined;
}


/**
 * A recommendation that names no body goes to the body after this meeting's in a routing field that lists the
 * bodies in order (`Udvalget for Klima og Miljø, Økonomiudvalget, Kommunalbestyrelsen`).
 */
export function applyRoutingChain(item: ParsedItem, meetingBody: string | undefined): void {
  const decision = item.decision;
  if (decision?.outcome !== 'recommended' || decision.recommendedTo || !meetingBody) return;
  const next = item.sections.routing === undefined ? undefined : nextInChain(item.sections.routing, meetingBody);
  if (next) {
    decision.recommendedTo = next;
    return;
  }
  // `indstiller til Byrådet via Teknik- og Miljøudvalget og Økonomiudvalget, at`: the next body on the way, or the target.
  const via = item.sections.recommendationIntro === undefined ? null : RECOMMENDATION_VIA.exec(item.sections.recommendationIntro);
  // (Tabs or no-break spaces inside the names, as `nextInChain` reads them, are spaces here too.)
  if (!via) {
    // `<udvalg> indstiller, at byrådet godkender ...` (Aalborg's Magistrat): the body asked to decide.
    const asks = askedBody(item);
    if (asks && !sameBody(asks, meetingBody)) decision.recommendedTo = asks;
    return;
  }
  if (!via.groups!.via!.replace(/\s+/gu, ' ').toLowerCase().includes(meetingBody.replace(/\s+/gu, ' ').toLowerCase())) return;
  decision.recommendedTo = nextInChain(via.groups!.via!, meetingBody) ?? via.groups!.target!;
}

/** The body an Indstilling asks to decide (`..., at byrådet godkender`), in its first lines only. */
function askedBody(item: ParsedItem): string | undefined {
  for (const text of [item.sections.recommendationIntro, item.recommendations[0]?.text]) {
    if (text === undefined || !/indstiller/iu.test(text)) continue;
    const asks = INDSTILLING_ASKS_BODY.exec(text);
    if (asks) return asBodyName(asks.groups!.body!);
  }
  return undefined;
}

/** The body named after `body` in a list of bodies in order (`A, B og C`). */
function nextInChain(printed: string, body: string): string | undefined {
  // Tabs or no-break spaces inside a name with a comma (`Udvalget for Social,\u00a0Sundhed og Ældre`) are spaces.
  const list = /[^\S \n]/u.test(printed) ? printed.replace(/[^\S\n]+/gu, ' ') : printed;
  const name = /[^\S \n]/u.test(body) ? body.replace(/[^\S\n]+/gu, ' ') : body;
  const at = list.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  // `ØKONOMIUDVALG` in the head, `Økonomiudvalget, Byrådet` in the route: the definite ending is the same body's.
  const after = list.slice(at + name.length).replace(/^e[tn](?![\p{L}])/u, '');
  const next = CHAIN_NEXT.exec(after)?.groups!.body!.trim();
  return next ? (TWO_BODIES.exec(next)?.groups!.first! ?? next) : undefined;
}
