export { parseMinutes } from './parser/parse-minutes.js';
export { ParseError, type ParseErrorCode } from './parser/parse-error.js';
export type * from './parser/parsed-minutes.types.js';
export { generateVariants, type MinutesDocument, type VariantOptions } from './corpus/generate-variants.js';
