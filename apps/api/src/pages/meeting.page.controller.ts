import { Controller, Get, Inject, Param, UseFilters } from '@nestjs/common';
import type pg from 'pg';
import { CLOCK, type Clock, MeetingNotFound } from '#cases';
import { PG_POOL } from '#event-store';
import { findMeeting } from '#projections';
import { meetingIdParam } from '../http/query-params.js';
import { ATTENDANCE_LABELS, MEETING_STATE_LABELS } from './danish-text.js';
import { HtmlPage } from './html-page.decorator.js';
import { PageErrorsFilter } from './page-errors.filter.js';
import { inKommuner, PageIn, type PageMunicipality } from './page-municipality.js';
import { ViewRenderer } from './view-renderer.js';

/** `/moeder/{meetingId}`: the agenda with outcomes, attendance and any cancellation. */
@Controller(inKommuner('moeder'))
@UseFilters(PageErrorsFilter)
export class MeetingPageController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: ViewRenderer,
  ) {}

  @Get(':meetingId')
  @HtmlPage()
  async show(@Param('meetingId') raw: string, @PageIn() where: PageMunicipality): Promise<string> {
    const meetingId = meetingIdParam(raw);
    const meeting = await findMeeting(this.pool, where.slug, meetingId, this.clock.now());
    if (!meeting) throw new MeetingNotFound(meetingId);
    return this.views.render(
      'meeting',
      { where, title: `${meeting.body}, ${meeting.date}` },
      { meeting, stateLabel: MEETING_STATE_LABELS[meeting.state] ?? meeting.state, attendanceLabels: ATTENDANCE_LABELS },
    );
  }
}
