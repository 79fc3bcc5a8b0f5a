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
 * over for Borgerrepræsentationen, at ...`, `a. planen anbefales over for Kommunalbestyrelsen`. Only `over for`:
 * `til <Navn>` in a recommendation names places and people as often as bodies.
 */
export const RECOMMENDATION_OVER_FOR = /\b(?:over\s+for|overfor)\s+(?<body>\p{Lu}[\p{L}-]{3,})/u;
