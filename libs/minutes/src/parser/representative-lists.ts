import { MEMBER_AND_SUBSTITUTE_AWAY, REPRESENTATIVE_ROLE, REPRESENTED_BODY } from './vocabulary/attendance.js';

/**
 * A joint body's attendee list (a trafikselskab's board, a representation, a regional committee), run into a line as a
 * memo head's table transcribes it: each member named with whom the member represents in brackets, a role before the
 * name, the members apart by commas (`Bestyrelsesformand Anne Holm (Nordby Kommune), næstformand for bestyrelsen Bo Lund
 * (Region Midtjylland), Eva Berg (Sydby Kommune)`), and the apologies under `Afbud` in the same form (`Afbud Carl Dam og
 * dennes suppleant Dorte Vang (Østby Kommune), Erik Nør (Vestby Kommune)`: the member and the substitute both away).
 * The names in the order printed; undefined where the line holds no such list of three (or an `Afbud` list of one).
 */
export interface RepresentativeReading {
  readonly present: readonly string[];
  readonly apologies: readonly string[];
  /** What the line says after the last list of those present (`Bestyrelsesmedlem C deltog under punkt 5 og 6. ...`). */
  readonly after: string;
}

// (No word of a name is a role: the role before the first name is not the name's.)
const NAME = String.raw`(?!${REPRESENTATIVE_ROLE}\s)\p{Lu}[\p{L}.'-]*(?:\s+(?!${REPRESENTATIVE_ROLE}\s)\p{Lu}[\p{L}.'-]*){1,3}`;
const ENTRY = String.raw`(?:${REPRESENTATIVE_ROLE}\s+)?${NAME}(?:${MEMBER_AND_SUBSTITUTE_AWAY}${NAME})?\s+\(${REPRESENTED_BODY}\)`;
const PRESENT_RUN = new RegExp(String.raw`${ENTRY}(?:,\s+${ENTRY}){2,}`, 'gu');
const APOLOGY_RUN = new RegExp(String.raw`\bAfbud(?:\s+fra)?:?\s+(?<run>${ENTRY}(?:,\s+${ENTRY})*)`, 'u');
const ENTRY_NAMES = new RegExp(String.raw`^(?:${REPRESENTATIVE_ROLE}\s+)?(?<name>${NAME})(?:${MEMBER_AND_SUBSTITUTE_AWAY}(?<substitute>${NAME}))?\s+\(`, 'u');
const ENTRY_BREAK = /(?<=\)),\s+/u;

/** Cheap test first: a closed bracket before a comma, and a represented body's word. */
export function mayListRepresentatives(text: string): boolean {
  return text.includes('), ') && (text.includes('Kommune)') || text.includes('Region ') || text.includes('Amt'));
}

export function readRepresentatives(text: string): RepresentativeReading | undefined {
  const apologyRun = APOLOGY_RUN.exec(text);
  const apologies = apologyRun ? namesOf(apologyRun.groups!.run!) : [];
  const rest = apologyRun ? text.slice(0, apologyRun.index) + text.slice(apologyRun.index + apologyRun[0].length) : text;
  const runs = [...rest.matchAll(PRESENT_RUN)];
  const present = runs.flatMap((run) => namesOf(run[0]));
  const last = runs.at(-1);
  const after = last ? rest.slice(last.index + last[0].length).trim() : '';
  return present.length > 0 || apologies.length > 0 ? { present, apologies, after } : undefined;
}

function namesOf(run: string): string[] {
  return run.split(ENTRY_BREAK).flatMap((entry) => {
    const names = ENTRY_NAMES.exec(entry);
    return names ? [names.groups!.name!, ...(names.groups!.substitute ? [names.groups!.substitute] : [])] : [];
  });
}
