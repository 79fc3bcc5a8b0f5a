import { DomainError } from '#cases';
import { ParseError } from '../parser/parse-error.js';
import { parseMinutes } from '../parser/parse-minutes.js';
import type { MinutesLayout, ParsedDocumentInfo, ParsedMinutes } from '../parser/parsed-minutes.types.js';
import { CallerContradictsDocument, givenSourceUrl, type ImportOptions, resolveDocument } from './caller-metadata.js';
import { ImportRejected, type ImportRejectionCode } from './import-rejected.error.js';
import type { ImportReport, ImportWarning } from './import-report.types.js';
import { MeetingUnreadable, planImport, type ImportPlan } from './minutes-to-commands.mapper.js';

export interface PlannedDocument {
  parsed: ParsedMinutes;
  /** Slug of the municipality the facts are recorded in. */
  municipality: string;
  plan: ImportPlan;
}

/**
 * Everything an import decides before it writes: the document parsed, the caller's values checked against it, and
 * its commands planned; or the whole document refused (ImportRejected) with the reason POST /imports answers. Pure
 * (nothing read or written), so the acceptance of a text can be asked without a store.
 */
export function planDocument(text: string, documentName: string, sha256: string, actor: string, options: ImportOptions, defaultMunicipality: string): PlannedDocument {
  const parsed = parsedOrRejected(text, documentName, sha256, givenSourceUrl(options));
  const { parsed: resolved, municipality } = resolvedOrRejected(parsed, text, options, sha256, defaultMunicipality);
  return { parsed: resolved, municipality, plan: plannedOrRejected(resolved, sha256, actor, municipality) };
}

function parsedOrRejected(text: string, documentName: string, sha256: string, sourceUrl: string | undefined): ParsedMinutes {
  try {
    return parseMinutes(text, documentName, sourceUrl ? { sourceUrl } : {});
  } catch (error) {
    if (error instanceof ParseError) throw rejected(error.code, documentName, error.message, documentInfo(documentName, sha256), []);
    throw error;
  }
}

function resolvedOrRejected(parsed: ParsedMinutes, text: string, options: ImportOptions, sha256: string, defaultMunicipality: string) {
  try {
    return resolveDocument(parsed, text, options, defaultMunicipality);
  } catch (error) {
    if (!(error instanceof CallerContradictsDocument)) throw error;
    const { name } = parsed.document;
    throw rejected('caller-contradicts-document', name, `${name}: ${error.message}; nothing was imported`, documentInfo(name, sha256, parsed.document), parsed.warnings);
  }
}

/**
 * A document without items, decided (issue 12: "a document without items is rejected with the reason", and "no document
 * rejected that names its committee and date anywhere in its text"): a text that names its meeting is that meeting's
 * minutes even where no item could be told apart (a table the reader does not know, a transcript that lost its
 * headings, a referat whose text is not written yet). A caseworker loses more by a refusal (the meeting is not on
 * record, and nothing says which meeting the text was) than by the meeting recorded alone: it is accepted, its
 * meeting (and the attendance read) recorded, with a warning that no item was read (`import-no-items`), and a fuller
 * text imported later adds the items to the same meeting. Only a text that names no meeting either is refused as no
 * minutes (`no-items`, with the reason); one that names half of it is refused as `meeting-unknown`, which says what to
 * supply.
 */
function plannedOrRejected(parsed: ParsedMinutes, sha256: string, actor: string, municipality: string): ImportPlan {
  const { name } = parsed.document;
  const info = documentInfo(name, sha256, parsed.document);
  const itemless = parsed.items.length === 0 && !parsed.meeting.cancelled;
  if (itemless && !parsed.meeting.body && !parsed.meeting.date) {
    throw rejected('no-items', name, `${name}: no agenda items (Punkt N) and no meeting (committee, date) were found: not minutes; nothing was imported`, info, parsed.warnings);
  }
  try {
    const plan = planImport(parsed, { documentName: name, actor, correlationId: `import-${sha256.slice(0, 32)}`, municipality });
    if (itemless) plan.warnings.push({ line: 0, code: 'import-no-items', message: `No agenda item could be read: only the meeting (${plan.meeting.body}, ${plan.meeting.date}) is recorded; check the text, a fuller one adds its items` });
    return plan;
  } catch (error) {
    if (error instanceof MeetingUnreadable || error instanceof DomainError) {
      const supply = [!parsed.meeting.body && 'the committee (body)', !parsed.meeting.date && 'the date (date, YYYY-MM-DD)'].filter(Boolean).join(' and ');
      const hint = supply ? `; the document does not state it: supply ${supply} with the import` : '';
      throw rejected('meeting-unknown', name, `${name}: the meeting could not be read (${error.message})${hint}; nothing was imported`, info, parsed.warnings);
    }
    throw error;
  }
}

/** The report's `document`: with the address it was read with, the text's `Source URL:` line or else the caller's. */
export function documentInfo(name: string, sha256: string, parsed?: ParsedDocumentInfo): ImportReport['document'] {
  const layout: MinutesLayout = parsed?.layout ?? 'unknown';
  if (!parsed?.sourceUrl) return { name, sha256, layout };
  const line = parsed.sourceUrlLine ?? 0;
  return { name, sha256, layout, sourceUrl: line > 0 ? { url: parsed.sourceUrl, from: 'text', line } : { url: parsed.sourceUrl, from: 'caller' } };
}

function rejected(code: ImportRejectionCode, name: string, message: string, document: ImportReport['document'], warnings: readonly ImportWarning[]): ImportRejected {
  const report: ImportReport = {
    document,
    meeting: null,
    items: [],
    referencedMeetings: [],
    warnings: [...warnings],
    counts: { commands: 0, appended: 0, duplicate: 0, unchanged: 0, corrected: 0, failed: 0 },
    status: 'rejected',
  };
  return new ImportRejected(code, name, message, report);
}
