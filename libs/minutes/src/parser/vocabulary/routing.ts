import { BODY_WORD } from './bodies.js';
import { DATE_SOURCE } from './dates.js';

/**
 * One step of a routing field (`Politisk behandling`, `Forventet sagsgang`) with the body's role in it:
 * Næstved's `Kultur- og Demokratiudvalget (anbefaler), 01.10.2018`, `Byrådet (beslutning), 30.10.2018`.
 */
export const ROUTING_STEP = new RegExp(String.raw`^(?<body>\p{Lu}[^(,\n]{2,100}?)\s*\((?<role>[\p{L} ]{3,30})\)\s*,?\s*(?<date>${DATE_SOURCE})?\s*$`, 'u');

/** The role of the body that decides the case. */
export const DECIDING_ROLE = /^(?:beslutning|beslutter|afgørelse|afgør|endelig\s+beslutning)$/iu;

/**
 * The body a recommendation (`Indstilling`) asks the committee to recommend the case to: `... at udvalget anbefaler
 * over for Borgerrepræsentationen, at ...`, `a. planen anbefales over for Kommunalbestyrelsen`, and Gentofte's `at udvalget
 * anbefaler Kommunalbestyrelsen at godkende ...` (a body's name right after the verb). Not `til <Navn>`: in a
 * recommendation that names places and people as often as bodies.
 */
export const RECOMMENDATION_OVER_FOR = new RegExp(
  String.raw`\b(?:over\s+for|overfor)\s+(?<body>\p{Lu}[\p{L}-]{3,})|\banbefaler\s+(?<direct>\p{Lu}[\p{L}\-–, ]{2,80}?${BODY_WORD})(?=\s+(?:at|og)\s)`,
  'u',
);

/**
 * The same in lower case, where the body's name says it is one: `... at Økonomiudvalget over for byrådet anbefaler`,
 * `over for økonomi- og erhvervsudvalget og byrådet anbefaler` (the first of the bodies).
 */
export const RECOMMENDATION_OVER_FOR_NAMED = new RegExp(String.raw`\b(?:over\s+for|overfor)\s+(?<body>(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*${BODY_WORD})(?![\p{L}])`, 'iu');

/** `udvalget anbefaler Økonomiudvalget og Kommunalbestyrelsen, at ...` (Hedensted): the body recommended to, first. */
export const RECOMMENDS_BODY = new RegExp(String.raw`\banbefaler\s+(?<body>\p{Lu}(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*${BODY_WORD})(?![\p{L}])`, 'u');

/**
 * A decision that agrees to the Indstilling as written (`Indstillingen tiltrådt.`, `Forvaltningens indstilling
 * godkendt.`): when the Indstilling asked the committee to recommend the case on, agreeing to it recommends.
 */
// (`Godkendt som indstillet.`, `Tiltrådt som indstillet.`, `Som indstillet.` agree to it as well.)
export const AGREED_TO_INDSTILLING = /^(?:(?:indstillingen|indstillingerne|(?:administrationens|forvaltningens|direktørens)\s+indstilling)\s+(?:er\s+|blev\s+)?(?:tiltrådt|godkendt|fulgt|følges|vedtaget)|(?:(?:godkendt|tiltrådt|vedtaget)\s+)?som\s+indstillet)\s*\.?$/iu;

/**
 * Holbæk's `Sagsgang og sagstype` names the bodies in order (`Udvalget for Klima og Miljø, Økonomiudvalget,
 * Kommunalbestyrelsen`): what follows this meeting's body there, up to the next comma or full stop.
 */
export const CHAIN_NEXT = /^\s*(?:,|og\b)\s*(?<body>\p{Lu}[^,.;\n]*)/u;
/** `Økonomiudvalget og Kommunalbestyrelsen`: two bodies, where `og` is not inside one name (`Klima og Miljø`). */
export const TWO_BODIES = new RegExp(String.raw`^(?<first>.+?${BODY_WORD})\s+og\s+\p{Lu}`, 'iu');

/**
 * An `Indstilling` routed through bodies: `<forvaltning> indstiller til Byrådet via Teknik- og Miljøudvalget og
 * Økonomiudvalget, at ...` (Fredericia, Stevns): the target body and the bodies on the way, in order.
 */
export const RECOMMENDATION_VIA = /\bindstiller\s+til\s+(?<target>\p{Lu}[\p{L}-]+)\s+via\s+(?<via>[^\n]+?)\s*,?\s+at\b/u;

/**
 * An `Indstilling` that asks another body to decide (`By- og Landskabsudvalget indstiller, at byrådet godkender ...`):
 * where a bare `Anbefales.` sends the case.
 */
export const INDSTILLING_ASKS_BODY = new RegExp(String.raw`\bindstiller\s*,?\s+at\s+(?<body>(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*${BODY_WORD})\s+(?:godkender|vedtager|beslutter|tiltræder|bevilger)\b`, 'iu');
