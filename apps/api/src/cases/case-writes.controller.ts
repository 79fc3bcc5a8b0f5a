import { Body, Controller, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type CommandMeta, type CommandResult, CorrectFact, LinkProvisionalCase, NoteEarlierTreatment, PostponeItem, RecordDecision, caseStreamId, parseCaseId, parseMeetingId } from '#cases';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { WriteThrottlerGuard } from '../auth/write-throttler.guard.js';
import { ApiWrite } from '../http/api-errors.decorator.js';
import { parseBody } from '../http/json-body.js';
import { inMunicipalities } from '../http/municipality.decorator.js';
import { caseIdParam } from '../http/query-params.js';
import { answerWrite, commandMeta } from '../http/write-context.js';
import { WRITE_SCHEMAS } from '../http/write-schemas.js';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The case version you saw (ETag of GET /cases/{caseNumber}); 409 if it moved on' };

@ApiTags('cases')
@Controller(inMunicipalities(''))
@UseGuards(WriteThrottlerGuard)
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same command: the second time records nothing' })
@ApiWrite()
export class CaseWritesController {
  constructor(private readonly commands: CommandBus) {}

  private async run(command: unknown, response: FastifyReply, streamId?: string) {
    const result: CommandResult = await this.commands.execute(command as never);
    return answerWrite(response, result, streamId);
  }

  /** A command on the case in the path: its checked body plus the case id, If-Match on the case's stream. */
  private onCase<C>(
    Command: new (input: never, meta: CommandMeta) => C,
    name: 'PostponeItem' | 'RecordDecision' | 'NoteEarlierTreatment',
    raw: string,
    body: unknown,
    request: AuthenticatedRequest,
    response: FastifyReply,
  ) {
    const caseId = caseIdParam(raw);
    const streamId = caseStreamId(caseId);
    return this.run(new Command({ ...parseBody(name, body), caseId } as never, commandMeta(request, { streamId })), response, streamId);
  }

  @Post('cases/:caseNumber/postponements')
  @RequireRole('clerk')
  @ApiOperation({ summary: 'Postpone the case at a meeting (PostponeItem)' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: WRITE_SCHEMAS.PostponeItem })
  postpone(@Param('caseNumber') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    return this.onCase(PostponeItem, 'PostponeItem', raw, body, request, response);
  }

  @Post('cases/:caseNumber/decisions')
  @RequireRole('clerk')
  @ApiOperation({ summary: 'Record a decision (RecordDecision); `recommended` also refers the case to the deciding body' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: WRITE_SCHEMAS.RecordDecision })
  decide(@Param('caseNumber') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    return this.onCase(RecordDecision, 'RecordDecision', raw, body, request, response);
  }

  @Post('cases/:caseNumber/earlier-treatments')
  @RequireRole('clerk')
  @ApiOperation({ summary: 'Note an earlier treatment (NoteEarlierTreatment), from Tidligere behandling or Sagens forløb' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ schema: WRITE_SCHEMAS.NoteEarlierTreatment })
  note(@Param('caseNumber') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    return this.onCase(NoteEarlierTreatment, 'NoteEarlierTreatment', raw, body, request, response);
  }

  @Post('cases/:provisionalId/link')
  @RequireRole('clerk')
  @ApiOperation({ summary: 'Link a provisional case (an old item without a number) to its real journal number (LinkProvisionalCase)' })
  @ApiBody({ schema: WRITE_SCHEMAS.LinkProvisionalCase })
  link(@Param('provisionalId') raw: string, @Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const input = parseBody('LinkProvisionalCase', body);
    const command = new LinkProvisionalCase({ provisionalId: caseIdParam(raw), caseNumber: input.caseNumber }, commandMeta(request));
    return this.run(command, response);
  }

  @Post('corrections')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Correct or retract a recorded fact by a new event that says why (CorrectFact, admin)' })
  @ApiBody({ schema: WRITE_SCHEMAS.CorrectFact })
  correct(@Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: FastifyReply) {
    const { caseNumber, meetingId, ...rest } = parseBody('CorrectFact', body);
    const caseId = caseNumber === undefined ? undefined : parseCaseId(caseNumber, 'caseNumber');
    const meeting = meetingId === undefined ? undefined : parseMeetingId(meetingId, 'meetingId');
    const streamId = caseId ? caseStreamId(caseId) : undefined;
    const command = new CorrectFact({ ...rest, ...(caseId ? { caseId } : {}), ...(meeting ? { meetingId: meeting } : {}) }, commandMeta(request, streamId ? { streamId } : undefined));
    return this.run(command, response, streamId);
  }
}
