import { OUTCOME_CODES } from '#cases';
import { endOfDanishDay, type AuditFilter } from '#projections';
import { dateParam, enumParam, textParam } from '../http/query-params.js';

export const AUDIT_KINDS = ['postponed', 'decided', 'corrected'] as const;
export const AUDIT_OUTCOMES = [...OUTCOME_CODES, 'retracted', 'corrected'];

/** The audit page's form, as given (to fill the form back in and build links). */
export interface AuditForm {
  art?: string;
  udfald?: string;
  udvalg?: string;
  moedeFra?: string;
  moedeTil?: string;
  registreretFra?: string;
  registreretTil?: string;
  registreretAf?: string;
}

const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Reads the form (Danish field names); recorded dates are whole Danish calendar days. */
export function auditForm(query: Record<string, unknown>, municipality: string): { form: AuditForm; filter: Omit<AuditFilter, 'limit' | 'cursor'> } {
  const form: AuditForm = {
    art: enumParam(query.art, 'art', AUDIT_KINDS),
    udfald: enumParam(query.udfald, 'udfald', AUDIT_OUTCOMES),
    udvalg: textParam(query.udvalg, 'udvalg'),
    moedeFra: dateParam(query.moedeFra, 'moedeFra'),
    moedeTil: dateParam(query.moedeTil, 'moedeTil'),
    registreretFra: dateParam(query.registreretFra, 'registreretFra'),
    registreretTil: dateParam(query.registreretTil, 'registreretTil'),
    registreretAf: textParam(query.registreretAf, 'registreretAf')?.trim() || undefined,
  };
  return {
    form,
    filter: {
      municipality,
      kind: form.art,
      outcome: form.udfald,
      body: form.udvalg,
      from: form.moedeFra,
      to: form.moedeTil,
      recordedFrom: form.registreretFra ? endOfDanishDay(dayBefore(form.registreretFra)).toISOString() : undefined,
      recordedTo: form.registreretTil ? new Date(endOfDanishDay(form.registreretTil).getTime() - 1).toISOString() : undefined,
      actor: form.registreretAf,
    },
  };
}

export const formQuery = (form: AuditForm, extra: Record<string, string> = {}): string =>
  new URLSearchParams(Object.entries({ ...form, ...extra }).filter((e): e is [string, string] => !!e[1])).toString();
