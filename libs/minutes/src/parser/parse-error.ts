/** Why a document is unusable as minutes text. Anything short of this is parsed, with warnings. */
export type ParseErrorCode = 'empty' | 'binary';

/** Thrown by `parseMinutes` only for input that is not text at all; the importer records it and moves on. */
export class ParseError extends Error {
  override readonly name = 'ParseError';

  constructor(
    readonly code: ParseErrorCode,
    readonly documentName: string,
    message: string,
  ) {
    super(`${documentName}: ${message}`);
  }
}
