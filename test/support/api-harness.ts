import request from 'supertest';
import { FixedClock } from '#cases';
import { parseConfig } from '#platform';
import { createTestDatabase, type TestDatabase } from '#testing';
import { parseTokens } from '../../apps/api/src/auth/api-tokens.js';
import { type RunningApi, startApi } from '../../apps/api/src/bootstrap.js';

export const TOKENS = {
  clerk: 'clerk-token-0123456789abcdef',
  admin: 'admin-token-0123456789abcdef',
  reader: 'reader-token-0123456789abcdef',
};

export interface Harness {
  api: RunningApi;
  database: TestDatabase;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real app on a fresh database, with known tokens and a fixed clock (2024-06-01 unless `now` is given). */
export async function startHarness(env: Record<string, string> = {}, now = new Date('2024-06-01T10:00:00Z')): Promise<Harness> {
  const database = await createTestDatabase({ migrate: false });
  const tokens = parseTokens(`sekretær:clerk:${TOKENS.clerk},revisor:reader:${TOKENS.reader},admin:admin:${TOKENS.admin}`, 'test');
  const config = parseConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...env });
  const api = await startApi(config, { listen: false, tokens, clock: new FixedClock(now) });
  return {
    api,
    database,
    http: () => request(api.app.getHttpServer()),
    close: async () => {
      await api.close();
      await database.drop();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
