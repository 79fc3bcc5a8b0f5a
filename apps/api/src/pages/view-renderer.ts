import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import type { PageMunicipality } from './page-municipality.js';
import { danishInstant, danishLongDate, danishMonth, outcomeLabel, STATUS_LABELS } from './danish-text.js';

/** Templates sit beside this file (the build copies them into dist). */
export const PAGES_FOLDER = fileURLToPath(new URL('.', import.meta.url));

/** Formatting every template may call as `it.fmt.*`. */
const fmt = { date: danishLongDate, month: danishMonth, instant: danishInstant, outcome: outcomeLabel, status: (s: string | null) => (s ? (STATUS_LABELS[s] ?? s) : 'Ukendt') };

export interface PageFrame {
  title: string;
  /** The municipality shown: its name in the head, and `base`/`apiBase` from it unless given. */
  where?: PageMunicipality;
  /** Prefix of the pages' own links ('' for the default routes). */
  base?: string;
  /** Prefix of links into the JSON API. */
  apiBase?: string;
  /** Which main navigation entry is current. */
  section?: 'search' | 'audit';
  /** A wider page, for tables. */
  wide?: boolean;
  /** External scripts (progressive enhancement only). */
  scripts?: string[];
}

/**
 * Renders eta templates to strings (escaping every interpolation), so controllers return plain
 * strings and do not depend on the HTTP adapter. Compiled templates are cached.
 */
@Injectable()
export class ViewRenderer {
  private readonly eta = new Eta({ views: `${PAGES_FOLDER}views`, cache: true, autoEscape: true, autoTrim: [false, 'nl'] });

  render(template: string, frame: PageFrame, data: object): string {
    return this.eta.render(template, { ...data, frame: { base: frame.where?.base ?? '', apiBase: frame.where?.apiBase ?? '', municipality: frame.where?.name, ...frame }, fmt });
  }
}
