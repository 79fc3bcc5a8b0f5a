import { Body, Controller, Post, Query, Req, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MinutesImporter } from '#minutes';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { RequireRole } from '../auth/roles.decorator.js';
import { WriteThrottlerGuard } from '../auth/write-throttler.guard.js';
import { ApiErrors } from '../http/api-errors.decorator.js';
import { RequestValidationError } from '../http/problem.js';
import { textParam } from '../http/query-params.js';

interface Upload {
  originalname: string;
  buffer: Buffer;
}

@ApiTags('imports')
@Controller('imports')
@RequireRole('clerk')
@UseGuards(WriteThrottlerGuard)
export class ImportsController {
  constructor(private readonly importer: MinutesImporter) {}

  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20_000_000, files: 1 } }))
  @ApiOperation({
    summary: 'Import published minutes (a referat)',
    description:
      'Send the text as text/plain (name it with ?name=) or upload it as multipart field `file`. Idempotent: the same minutes twice record nothing new; a republished version records its differences as corrections.',
  })
  @ApiConsumes('text/plain', 'multipart/form-data')
  @ApiBody({ schema: { type: 'string', description: 'the referat text' } })
  @ApiQuery({ name: 'name', required: false, description: 'the document name recorded as every event’s source' })
  @ApiBearerAuth()
  @ApiResponse({ status: 201, description: 'The import report: meeting, items, outcomes, warnings, counts' })
  @ApiResponse({ status: 200, description: 'Already imported: nothing new recorded' })
  @ApiErrors(400, 401, 403, 413, 415, 422, 429)
  async import(
    @Body() body: unknown,
    @UploadedFile() file: Upload | undefined,
    @Query('name') rawName: unknown,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const text = file ? new TextDecoder('utf-8').decode(file.buffer) : typeof body === 'string' ? body : undefined;
    if (text === undefined) {
      throw RequestValidationError.field('body', 'must be the minutes as text/plain, or a multipart upload in field "file"');
    }
    const name = textParam(rawName, 'name') ?? textParam(file?.originalname, 'file') ?? 'referat.txt';
    const report = await this.importer.importDocument(text, name, request.caller!.name);
    response.status(report.counts.appended + report.counts.corrected > 0 ? 201 : 200);
    return report;
  }
}
