/**
 * A meeting that did not take place, as minutes say it: in `Sagens forløb` (`Mødet aflyst, da ...`) and as the
 * whole of a referat published for a cancelled meeting (`Mødet er aflyst.`, `Mødet blev ikke afholdt.`). The
 * first group is the reason when one follows (`da udvalget ikke var beslutningsdygtigt`).
 */
export const MEETING_CANCELLED =
  /^(?:mødet\s+(?:er\s+|blev\s+)?aflyst|mødet\s+er\s+blevet\s+aflyst|mødet\s+aflyses|mødet\s+(?:blev|bliver|er)\s+ikke\s+afholdt|mødet\s+afholdes\s+ikke|aflyst)\b[\s,.:;]*(?:(?:da|fordi|idet|pga\.?|på grund af)\s+)?(.*)$/iu;
