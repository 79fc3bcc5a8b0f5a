import { jest } from '@jest/globals';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { DatabaseServer } from '#platform';
import { DatabaseHealthIndicator } from './database.health.js';

const embedded: DatabaseServer = {
  url: 'postgres://x',
  mode: 'embedded',
  embedded: () => ({ running: true, restarts: 2, lastExit: 'killed by SIGKILL' }),
  stop: async () => undefined,
};

const answering = { query: async () => [{ version: '18.1', size: '1024' }], showMigrations: async () => false } as unknown as DataSource;

describe('DatabaseHealthIndicator', () => {
  afterEach(() => jest.useRealTimers());

  it('is up with the server version and the embedded process: running, how often restarted, how it last ended', async () => {
    const result = await new DatabaseHealthIndicator(new HealthIndicatorService(), answering, embedded).check();
    expect(result).toEqual({
      database: { status: 'up', mode: 'embedded', process: { running: true, restarts: 2, lastExit: 'killed by SIGKILL' }, serverVersion: '18.1', sizeBytes: 1024, migrations: 'applied' },
    });
  });

  it('is down, not hanging, when the server accepts but never answers', async () => {
    jest.useFakeTimers();
    const silent = { query: () => new Promise(() => undefined), showMigrations: async () => false } as unknown as DataSource;
    const checking = new DatabaseHealthIndicator(new HealthIndicatorService(), silent, embedded).check();
    await jest.advanceTimersByTimeAsync(3000);
    expect(await checking).toEqual({ database: { status: 'down', mode: 'embedded', process: expect.any(Object), message: 'no answer within 3000 ms' } });
  });

  it('is down with the driver message when the server refuses', async () => {
    const refusing = { query: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) } as unknown as DataSource;
    const result = await new DatabaseHealthIndicator(new HealthIndicatorService(), refusing, { ...embedded, embedded: undefined }).check();
    expect(result).toEqual({ database: { status: 'down', mode: 'embedded', message: 'connect ECONNREFUSED 127.0.0.1:5432' } });
  });
});
