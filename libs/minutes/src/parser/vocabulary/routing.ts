import { DATE_SOURCE } from './dates.js';

/**
 * One step of a routing field (`Politisk behandling`, `Forventet sagsgang`) with the body's role in it:
 * Næstved's `Kultur- og Demokratiudvalget (anbefaler), 01.10.2018`, `Byrådet (beslutning), 30.10.2018`.
 */
export const ROUTING_STEP = new RegExp(String.raw`^(?<body>\p{Lu}[^(,\n]{2,100}?)\s*\((?<role>[\p{L} ]{3,30})\)\s*,?\s*(?<date>${DATE_SOURCE})?\s*$`, 'u');

/** The role of the body that decides the case. */
export const DECIDING_ROLE = /^(?:beslutning|beslutter|afgørelse|afgør|endelig\s+beslutning)$/iu;
