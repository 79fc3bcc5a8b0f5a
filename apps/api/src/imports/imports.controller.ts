import { Body, Controller, ForbiddenException, Post, Query, Req, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { InvalidImportOption, MinutesImporter, MunicipalityNotAllowed } from '#minutes';
import { type AuthenticatedRequest, ScopeCheckedByHandler } from '../auth/auth.guard.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { WriteThrottlerGuard } from '../auth/write-throttler.guard.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { inMunicipalities } from '../http/municipality.decorator.js';
import { RequestValidationError } from '../http/problem.js';
import { textParam } from '../http/query-params.js';

interface Upload {
  originalname: string;
  buffer: Buffer;
}

function overrideParam(raw: unknown): boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw RequestValidationError.field('override', 'must be true or false');
}

@ApiTags('imports')
@Controller(inMunicipalities('imports'))
@RequireRole('clerk')
@ScopeCheckedByHandler()
@UseGuards(WriteThrottlerGuard)
export class ImportsController {
  constructor(private readonly importer: MinutesImporter) {}

  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20_000_000, files: 1 } }))
  @ApiOperation({
    summary: 'Import published minutes (a referat)',
    description:
      'Send the text as text/plain (name it with ?name=) or upload it as multipart field `file`. Idempotent: the same minutes twice record nothing new; a republished version records its differences as corrections. ' +
      'municipality, body and date fill what the document does not state; one that contradicts the document is refused (422 naming both) unless override=true. ' +
      'The municipality is the path\'s or the query\'s, else the one the document names (text or Source URL), else DEFAULT_MUNICIPALITY. A committee or date still unknown is 422 naming what to supply. ' +
      'sourceUrl, the address the text was fetched from, is read as the text\'s own Source URL line (municipality, a headless page\'s committee and date) when it prints none.',
  })
  @ApiConsumes('text/plain', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', description: 'the referat text' } })
  @ApiQuery({ name: 'name', required: false, description: 'the document name recorded as every event’s source' })
  @ApiQuery({ name: 'municipality', required: false, description: 'slug or code, e.g. aarhus or 751' })
  @ApiQuery({ name: 'body', required: false, description: 'the committee, e.g. Teknisk Udvalg' })
  @ApiQuery({ name: 'date', required: false, description: 'the meeting date, YYYY-MM-DD' })
  @ApiQuery({ name: 'sourceUrl', required: false, description: 'the http(s) address the text was fetched from, e.g. https://aarhus.dk/dagsorden/byraadet-01-10-2025' })
  @ApiQuery({ name: 'override', required: false, description: 'true: the caller\'s values win over the document\'s' })
  @ApiBearerAuth()
  @ApiResponse({ status: 201, description: 'The import report: municipality, meeting, items, outcomes, warnings, counts' })
  @ApiResponse({ status: 200, description: 'Already imported: nothing new recorded' })
  @ApiErrors(400, 401, 403, 413, 415, 422, 429)
  async import(
    @Body() body: unknown,
    @UploadedFile() file: Upload | undefined,
    @Query() query: Record<string, unknown>,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    const text = file ? new TextDecoder('utf-8').decode(file.buffer) : typeof body === 'string' ? body : undefined;
    if (text === undefined) {
      throw RequestValidationError.field('body', 'must be the minutes as text/plain, or a multipart upload in field "file"');
    }
    const name = textParam(query.name, 'name') ?? textParam(file?.originalname, 'file') ?? 'referat.txt';
    const queried = textParam(query.municipality, 'municipality');
    const routed = request.params?.municipality === undefined ? undefined : request.municipality;
    if (routed && queried && queried !== routed) throw RequestValidationError.field('municipality', `the path names ${routed}; leave municipality= out or name the same one`);
    try {
      const report = await this.importer.importDocument(text, name, request.caller!.name, {
        municipality: routed ?? queried,
        body: textParam(query.body, 'body'),
        date: textParam(query.date, 'date'),
        sourceUrl: textParam(query.sourceUrl, 'sourceUrl', 2000),
        override: overrideParam(query.override),
        ...(request.caller!.municipalities ? { allowedMunicipalities: request.caller!.municipalities } : {}),
      });
      response.code(report.counts.appended + report.counts.corrected > 0 ? 201 : 200);
      return report;
    } catch (error) {
      if (error instanceof InvalidImportOption) throw RequestValidationError.field(error.field, error.message);
      if (error instanceof MunicipalityNotAllowed) throw new ForbiddenException(`Token "${request.caller!.name}" ${error.message.replace(/^this token /, '')}`);
      throw error;
    }
  }
}
