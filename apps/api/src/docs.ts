import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { documentDatabaseUnavailable } from './http/database-unavailable.docs.js';

/** OpenAPI at /docs (UI) and /docs-json, generated from the controllers' decorators. */
export function setUpDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Sagsspor')
    .setDescription(
      'Follows municipal cases across committee meetings. Reads are open unless READS_NEED_TOKEN=on; writes need a bearer token ' +
        '(clerk; admin for corrections and rebuilds). Every error is application/problem+json.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = documentDatabaseUnavailable(SwaggerModule.createDocument(app, config));
  document.components ??= {};
  document.components.schemas = {
    ...document.components.schemas,
    Problem: {
      type: 'object',
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
        rule: { type: 'string' },
        streamId: { type: 'string', description: '409: the stream whose version did not match' },
        expectedVersion: { type: 'integer', nullable: true, description: '409: the version the write expected (If-Match)' },
        actualVersion: { type: 'integer', description: '409: the version the stream is at' },
      },
    },
    WriteAnswer: {
      type: 'object',
      properties: {
        outcome: { type: 'string', enum: ['appended', 'unchanged'], description: 'A repeat (same Idempotency-Key) answers as the first time, with the header Idempotent-Replayed: true' },
        position: { type: 'string', nullable: true },
        events: { type: 'array', items: { type: 'object', properties: { streamId: { type: 'string' }, eventId: { type: 'string' }, type: { type: 'string' } } } },
        streams: { type: 'array', items: { type: 'object', properties: { streamId: { type: 'string' }, version: { type: 'integer' } } } },
      },
    },
  };
  describeMunicipalityPaths(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

const MUNICIPALITY_PARAMETER = {
  name: 'municipality',
  in: 'path' as const,
  required: true,
  description: 'slug of the municipality, e.g. ballerup, koebenhavn, aarhus (the unprefixed route answers for DEFAULT_MUNICIPALITY)',
  schema: { type: 'string' as const, example: 'aarhus' },
};

/** The prefixed copies of the routes name their `{municipality}` (a param decorator of our own, which Swagger cannot see). */
function describeMunicipalityPaths(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/municipalities/{municipality}')) continue;
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      if (!parameters.some((p) => 'name' in p && p.name === 'municipality' && p.in === 'path')) operation.parameters = [MUNICIPALITY_PARAMETER, ...parameters];
    }
  }
}
