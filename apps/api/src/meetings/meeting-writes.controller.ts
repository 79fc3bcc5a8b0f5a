import { Body, Controller, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CancelMeeting, type CommandResult, PresentItem, RecordAttendance, ScheduleMeeting, caseStreamId, parseCaseId } from '#cases';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { WriteThrottlerGuard } from '../auth/write-throttler.guard.js';
import { ApiWrite } from '../http/api-errors.decorator.js';
import { parseBody } from '../http/json-body.js';
import { inMunicipalities } from '../http/municipality.decorator.js';
import { meetingIdParam } from '../http/query-params.js';
import { answerWrite, commandMeta } from '../http/write-context.js';
import { WRITE_SCHEMAS } from '../http/write-schemas.js';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'Same key, same command: the second time records nothing' };

@ApiTags('meetings')
@Controller(inMunicipalities('meetings'))
@RequireRole('clerk')
@UseGuards(WriteThrottlerGuard)
@ApiHeader(IDEMPOTENCY)
@ApiWrite()
export class MeetingWritesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Schedule a meeting (ScheduleMeeting)' })
  @ApiBody({ schema: WRITE_SCHEMAS.ScheduleMeeting })
  async schedule(@Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const input = parseBody('ScheduleMeeting', body);
    const result: CommandResult = await this.commands.execute(new ScheduleMeeting(input, commandMeta(request)));
    return answerWrite(response, result);
  }

  @Post(':meetingId/attendance')
  @ApiOperation({ summary: 'Record attendance (RecordAttendance)' })
  @ApiBody({ schema: WRITE_SCHEMAS.RecordAttendance })
  async attendance(@Param('meetingId') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const input = parseBody('RecordAttendance', body);
    const command = new RecordAttendance({ ...input, meeting: { meetingId: meetingIdParam(raw) } }, commandMeta(request));
    return answerWrite(response, await this.commands.execute(command));
  }

  @Post(':meetingId/cancellation')
  @ApiOperation({ summary: 'Cancel a meeting: every item on its agenda is postponed (CancelMeeting)' })
  @ApiBody({ schema: WRITE_SCHEMAS.CancelMeeting })
  async cancel(@Param('meetingId') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const input = parseBody('CancelMeeting', body);
    const command = new CancelMeeting({ reason: input.reason, meeting: { meetingId: meetingIdParam(raw) } }, commandMeta(request));
    return answerWrite(response, await this.commands.execute(command));
  }

  @Post(':meetingId/items')
  @ApiOperation({ summary: "Put a case on a meeting's agenda (PresentItem)", description: 'If-Match: the case version (ETag of GET /cases/{caseNumber}).' })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiBody({ schema: WRITE_SCHEMAS.PresentItem })
  async present(@Param('meetingId') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const { caseNumber, ...rest } = parseBody('PresentItem', body);
    const caseId = caseNumber === undefined ? undefined : parseCaseId(caseNumber, 'caseNumber');
    const streamId = caseId ? caseStreamId(caseId) : undefined;
    const command = new PresentItem(
      // The number as given (printed), not its key: the case keeps it as printed.
      { ...rest, ...(caseId ? { caseId: caseNumber!.trim() } : {}), meeting: { meetingId: meetingIdParam(raw) } },
      commandMeta(request, streamId ? { streamId } : undefined),
    );
    return answerWrite(response, await this.commands.execute(command), streamId);
  }
}
