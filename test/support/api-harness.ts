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
  clock: FixedClock;
  /** `http://127.0.0.1:<port>` when started with `listen` (for a browser). */
  baseUrl?: string;
  close(): Promise<void>;
}

/** The real app on a fresh database, with known tokens and a fixed clock (2024-06-01 unless `now` is given); `listen` opens a loopback port. */
export async function startHarness(env: Record<string, string> = {}, options: { listen?: boolean; now?: Date } = {}): Promise<Harness> {
  const database = await createTestDatabase({ migrate: false });
  const tokens = parseTokens(`sekretær:clerk:${TOKENS.clerk},revisor:reader:${TOKENS.reader},admin:admin:${TOKENS.admin}`, 'test');
  const config = parseConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...(options.listen ? { PORT: '0', HOST: '127.0.0.1' } : {}), ...env });
  const clock = new FixedClock(options.now ?? new Date('2024-06-01T10:00:00Z'));
  const api = await startApi(config, { listen: options.listen ?? false, tokens, clock });
  const address = options.listen ? api.app.getHttpServer().address() : undefined;
  return {
    api,
    database,
    clock,
    ...(address && typeof address === 'object' ? { baseUrl: `http://127.0.0.1:${address.port}` } : {}),
    http: () => request(api.app.getHttpServer()),
    close: async () => {
      await api.close();
      await database.drop();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
