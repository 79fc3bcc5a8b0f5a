import path from 'node:path';
import { FALLBACK_MUNICIPALITY, findMunicipality } from '#cases';

/** Typed, validated process configuration. Every field comes from one environment variable. */
export interface AppConfig {
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; the embedded server is then never started. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolSize: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Import the bundled demo minutes into an empty database; unset: only for the embedded server. */
  demoData: boolean | undefined;
  /** `name:role:token` triples; never logged. */
  apiTokens: string | undefined;
  apiTokensFile: string | undefined;
  /** Reads are open unless this is on; then they need a token of any role. */
  readsNeedToken: boolean;
  /** Run the projections in this process (off when a separate process runs them). */
  runProjections: boolean;
  /** Writes per minute per caller. */
  writeRateLimit: number;
  maxBodyBytes: number;
  /** Slug of the municipality the unprefixed routes, imports that name none and data from before municipalities belong to. */
  defaultMunicipality: string;
  /** An SSE client with more unsent events or bytes than this when new events arrive is dropped (it can resume). */
  sseClientBufferEvents: number;
  sseClientBufferBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

function databaseUrl(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      problems.push(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//..."`);
    } else if (!url.hostname) {
      problems.push('DATABASE_URL must name a host, e.g. postgres://user:password@localhost:5432/sagsspor');
    }
  } catch {
    // Never echo the value: it may hold a password.
    problems.push('DATABASE_URL is not a valid URL; expected postgres://user:password@host:port/database');
  }
  return raw;
}

function onOff<T extends boolean | undefined>(env: NodeJS.ProcessEnv, name: string, fallback: T, problems: string[]): boolean | T {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  problems.push(`${name} must be on or off, got "${env[name]}"`);
  return fallback;
}

function municipality(env: NodeJS.ProcessEnv, problems: string[]): string {
  const raw = env.DEFAULT_MUNICIPALITY;
  if (raw === undefined || raw === '') return FALLBACK_MUNICIPALITY;
  const found = findMunicipality(raw);
  if (!found) problems.push(`DEFAULT_MUNICIPALITY must be a Danish municipality's slug or code (e.g. ballerup or 151), got "${raw}"`);
  return found?.slug ?? FALLBACK_MUNICIPALITY;
}

/** Parses and validates the environment; throws one ConfigError listing every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const config: AppConfig = {
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    host: env.HOST || '0.0.0.0',
    databaseUrl: databaseUrl(env, problems),
    dataDir: path.resolve(cwd, env.DATA_DIR || '.data'),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535, problems),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200, problems),
    logLevel,
    demoData: onOff(env, 'DEMO_DATA', undefined, problems),
    apiTokens: env.API_TOKENS || undefined,
    apiTokensFile: env.API_TOKENS_FILE ? path.resolve(cwd, env.API_TOKENS_FILE) : undefined,
    readsNeedToken: onOff(env, 'READS_NEED_TOKEN', false, problems),
    runProjections: onOff(env, 'RUN_PROJECTIONS', true, problems),
    writeRateLimit: integer(env, 'WRITE_RATE_LIMIT', 600, 1, 1_000_000, problems),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 2_000_000, 1_000, 100_000_000, problems),
    defaultMunicipality: municipality(env, problems),
    sseClientBufferEvents: integer(env, 'SSE_CLIENT_BUFFER_EVENTS', 1000, 1, 1_000_000, problems),
    sseClientBufferBytes: integer(env, 'SSE_CLIENT_BUFFER_BYTES', 4_194_304, 1_024, 1_073_741_824, problems),
  };
  if (config.apiTokens && config.apiTokensFile) problems.push('API_TOKENS and API_TOKENS_FILE are both set; use one');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
