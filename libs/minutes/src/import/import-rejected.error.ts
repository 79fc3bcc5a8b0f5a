import type { ParseError } from '../parser/parse-error.js';
import type { ImportReport } from './import-report.types.js';

/**
 * Why a document was refused as a whole:
 * - `empty`, `binary`: not text at all (the parser's ParseError): HTTP 400 / 415-like.
 * - `meeting-unknown`: no committee or no date could be read, so no fact has a meeting to belong to: 422.
 * - `no-items`: no agenda item and no meeting was found: not minutes: 422. (A text that names its meeting is imported
 *   without items, with a warning: see planned-document.ts.)
 * - `caller-contradicts-document`: the caller's municipality, committee or date is not the document's (without override): 422.
 */
export type ImportRejectionCode = ParseError['code'] | 'meeting-unknown' | 'no-items' | 'caller-contradicts-document';

/**
 * Thrown by MinutesImporter.importDocument before anything is written: a rejected document leaves the
 * event store as it was. `report` is the full report (status `rejected`, counts all 0), for answers
 * that want to show the parser's warnings too.
 */
export class ImportRejected extends Error {
  override readonly name = 'ImportRejected';

  constructor(
    readonly code: ImportRejectionCode,
    readonly documentName: string,
    message: string,
    readonly report: ImportReport,
  ) {
    super(message);
  }
}
