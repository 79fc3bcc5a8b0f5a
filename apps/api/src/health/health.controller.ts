import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS } from '#platform';
import { DatabaseHealthIndicator } from './database.health.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  /**
   * 200 when everything is up; 503 with the same body (what is down, and why) otherwise, so a load
   * balancer and a person read one answer.
   */
  @Get()
  @HealthCheck()
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.health.check([() => this.database.check()]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return error.getResponse();
    }
  }
}
