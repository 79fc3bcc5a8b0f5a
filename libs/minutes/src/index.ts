export { parseMinutes } from './parser/parse-minutes.js';
export { ParseError, type ParseErrorCode } from './parser/parse-error.js';
export type * from './parser/parsed-minutes.types.js';
export { generateVariants, type MinutesDocument, type VariantOptions } from './corpus/generate-variants.js';

// The importer: parsed minutes recorded through the case commands (Nest provider + plain functions).
export type * from './import/import-report.types.js';
export { ImportRejected, type ImportRejectionCode } from './import/import-rejected.error.js';
export { CallerContradictsDocument, InvalidImportOption, MunicipalityNotAllowed, resolveDocument, type ImportOptions } from './import/caller-metadata.js';
export { MinutesImporter } from './import/minutes-importer.service.js';
export { MinutesImportModule } from './import/minutes-import.module.js';
export { planImport, domainOutcome, type ImportPlan, type ImportCommand } from './import/minutes-to-commands.mapper.js';
export { importDemoMinutesIfEmpty, MINUTES_FILE, type DemoImportResult, type DemoImportOptions } from './import/demo-data.loader.js';
export { createStandaloneImporter, type StandaloneImporter } from './import/importer-context.js';
