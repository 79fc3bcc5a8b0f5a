import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { DATABASE_RETRY_AFTER_SECONDS } from '#platform';
import { ProjectionsService } from '../projections/projections.service.js';
import { DatabaseHealthIndicator } from './database.health.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly projections: ProjectionsService,
  ) {}

  /**
   * 200 when everything is up; 503 with the same body (what is down, and why) when the database
   * is, so a load balancer and a person read one answer. A projection failing on an event leaves
   * the service up (writes and the other reads work) but `degraded`: `projections` names it, the
   * event and the error.
   */
  @Get()
  @HealthCheck()
  async check(@Res({ passthrough: true }) response: FastifyReply) {
    let result;
    try {
      result = await this.health.check([() => this.database.check()]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.code(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return error.getResponse();
    }
    const projections = await this.projections.health();
    const failing = Object.values(projections).some((p) => p.status === 'failing');
    return { ...result, status: failing ? 'degraded' : result.status, projections };
  }
}
