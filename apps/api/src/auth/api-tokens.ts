import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findMunicipality } from '#cases';

export type Role = 'reader' | 'clerk' | 'admin';

const ROLE_RANK: Record<Role, number> = { reader: 0, clerk: 1, admin: 2 };

export const hasRole = (held: Role, needed: Role): boolean => ROLE_RANK[held] >= ROLE_RANK[needed];

export interface ApiToken {
  /** Becomes the actor of every event written with this token. */
  name: string;
  role: Role;
  /** SHA-256 of the token: the secret itself is never kept, so it cannot leak into a log or dump. */
  digest: Buffer;
  /** The municipalities (slugs) it may write in; absent: every one. */
  municipalities?: readonly string[];
}

/** Whether the token may write in this municipality. */
export const mayWriteIn = (token: Pick<ApiToken, 'municipalities'>, municipality: string): boolean =>
  token.municipalities === undefined || token.municipalities.includes(municipality);

const digest = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

export class TokenConfigError extends Error {}

/**
 * Parses `name:role:token` triples, comma- or newline-separated, each optionally followed by
 * `:<municipality>+<municipality>...` (slugs or codes), the only municipalities it may write in.
 * A token holding `:` keeps working: a last part of 16 characters or more belongs to the token.
 */
export function parseTokens(text: string, origin: string): ApiToken[] {
  return text
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t && !t.startsWith('#'))
    .map((triple, index) => {
      const [name, role, ...rest] = triple.split(':');
      // A fourth part shorter than a token can be is the list of municipalities; a longer one is part of the token.
      const scoped = rest.length > 1 && rest.at(-1)!.length < 16;
      const scope = scoped ? municipalityList(rest.at(-1)!) : undefined;
      if (scoped && !scope) throw new TokenConfigError(`${origin} entry ${index + 1} (${name}): "${rest.at(-1)}" is not a list of municipalities (e.g. ballerup+egedal)`);
      const secret = (scoped ? rest.slice(0, -1) : rest).join(':');
      if (!name || !secret || !['reader', 'clerk', 'admin'].includes(role ?? '')) {
        throw new TokenConfigError(`${origin} entry ${index + 1} must be name:role:token with role reader, clerk or admin`);
      }
      if (secret.length < 16) throw new TokenConfigError(`${origin} entry ${index + 1} (${name}): the token must be at least 16 characters`);
      return { name, role: role as Role, digest: digest(secret), ...(scope ? { municipalities: scope } : {}) };
    });
}

/** `ballerup+egedal` (slugs or codes) to slugs; undefined unless every part is a municipality. */
function municipalityList(text: string): string[] | undefined {
  const parts = text.split('+').map((p) => p.trim());
  const found = parts.map((p) => findMunicipality(p));
  return parts.length > 0 && found.every((m) => m !== undefined) ? [...new Set(found.map((m) => m!.slug))] : undefined;
}

/** Constant-time lookup: every token is compared, whether or not an earlier one matched. */
export function findToken(tokens: readonly ApiToken[], secret: string): ApiToken | undefined {
  const candidate = digest(secret);
  let found: ApiToken | undefined;
  for (const token of tokens) if (timingSafeEqual(token.digest, candidate)) found ??= token;
  return found;
}

export interface TokenSources {
  apiTokens?: string;
  apiTokensFile?: string;
  /** Embedded default only: where the generated admin token is kept between starts. */
  generatedTokenDir?: string;
  announce?: (message: string) => void;
}

/**
 * Tokens from API_TOKENS or API_TOKENS_FILE. With neither, the embedded default generates an admin
 * token on the first start, prints it once and keeps it in the data folder (mode 0600).
 */
export function loadTokens(sources: TokenSources): ApiToken[] {
  if (sources.apiTokens) return parseTokens(sources.apiTokens, 'API_TOKENS');
  if (sources.apiTokensFile) return parseTokens(readFileSync(sources.apiTokensFile, 'utf8'), `API_TOKENS_FILE ${sources.apiTokensFile}`);
  if (!sources.generatedTokenDir) return [];
  const file = path.join(sources.generatedTokenDir, 'admin-token');
  if (!existsSync(file)) {
    mkdirSync(sources.generatedTokenDir, { recursive: true });
    const secret = randomBytes(24).toString('base64url');
    writeFileSync(file, `admin:admin:${secret}\n`, { mode: 0o600 });
    sources.announce?.(`No API_TOKENS configured: generated an admin token (shown once, kept in ${file}): ${secret}`);
  }
  return parseTokens(readFileSync(file, 'utf8'), file);
}
