import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
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
   * 503 when the database is down. A projection failing on an event leaves the service up (writes
   * and the other reads work) but `degraded`: `projections` names it, the event and the error.
   */
  @Get()
  @HealthCheck()
  async check() {
    const result = await this.health.check([() => this.database.check()]);
    const projections = await this.projections.health();
    const failing = Object.values(projections).some((p) => p.status === 'failing');
    return { ...result, status: failing ? 'degraded' : result.status, projections };
  }
}
