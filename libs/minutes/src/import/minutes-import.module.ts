import { Module } from '@nestjs/common';
import { MinutesImporter } from './minutes-importer.service.js';

/**
 * Provides MinutesImporter. It imports nothing: it needs the global CqrsModule's CommandBus (with
 * the case handlers registered), EVENT_STORE and CLOCK, which the app's core module makes global.
 */
@Module({
  providers: [MinutesImporter],
  exports: [MinutesImporter],
})
export class MinutesImportModule {}
