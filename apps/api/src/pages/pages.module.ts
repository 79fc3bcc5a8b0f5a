import { Module } from '@nestjs/common';
import { CaseAsOfReader } from '../cases/case-as-of.reader.js';
import { AssetsController } from './assets.controller.js';
import { AuditPageController } from './audit.page.controller.js';
import { CasePageController } from './case.page.controller.js';
import { MeetingPageController } from './meeting.page.controller.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { SearchPageController } from './search.page.controller.js';
import { SourcePageController } from './source.page.controller.js';
import { ViewRenderer } from './view-renderer.js';

/**
 * The HTML pages for people (Danish): search, a case's timeline, a meeting, the audit trail and the
 * bundled source documents. They only read, from the same projections the REST API serves.
 */
@Module({
  controllers: [SearchPageController, CasePageController, MeetingPageController, AuditPageController, SourcePageController, AssetsController],
  providers: [ViewRenderer, PageErrorsFilter, CaseAsOfReader],
})
export class PagesModule {}
