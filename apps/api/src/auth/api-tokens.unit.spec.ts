import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findToken, hasRole, loadTokens, mayWriteIn, parseTokens, TokenConfigError } from './api-tokens.js';

describe('API tokens', () => {
  it('parses name:role:token triples and finds a token by its secret', () => {
    const tokens = parseTokens('sekretær:clerk:0123456789abcdef0123, revisor:reader:fedcba9876543210fedc', 'API_TOKENS');
    expect(findToken(tokens, '0123456789abcdef0123')).toMatchObject({ name: 'sekretær', role: 'clerk' });
    expect(findToken(tokens, 'fedcba9876543210fedc')).toMatchObject({ name: 'revisor', role: 'reader' });
    expect(findToken(tokens, 'not-one-of-them-at-all')).toBeUndefined();
    // Only digests are kept: the secret is nowhere in the parsed tokens.
    expect(JSON.stringify(tokens)).not.toContain('0123456789abcdef0123');
  });

  it('rejects malformed entries, naming the source and entry', () => {
    expect(() => parseTokens('a:superuser:0123456789abcdef0123', 'API_TOKENS')).toThrow(/API_TOKENS entry 1 must be name:role:token/);
    expect(() => parseTokens('a:clerk:short', 'API_TOKENS')).toThrow(TokenConfigError);
  });

  it('scopes a token to the municipalities it names (slugs or codes); without a list it writes everywhere', () => {
    const [scoped, everywhere, colon] = parseTokens(
      'egedal:clerk:0123456789abcdef0123:egedal+151, sekretær:clerk:fedcba9876543210fedc, kolon:clerk:abc:0123456789abcdef0123',
      'API_TOKENS',
    );
    expect(scoped).toMatchObject({ name: 'egedal', municipalities: ['egedal', 'ballerup'] });
    expect(findToken([scoped!], '0123456789abcdef0123')).toBe(scoped);
    expect(mayWriteIn(scoped!, 'ballerup')).toBe(true);
    expect(mayWriteIn(scoped!, 'aarhus')).toBe(false);
    expect(everywhere!.municipalities).toBeUndefined();
    expect(mayWriteIn(everywhere!, 'aarhus')).toBe(true);
    // a token holding a colon is still one token
    expect(findToken([colon!], 'abc:0123456789abcdef0123')).toBe(colon);
    expect(() => parseTokens('a:clerk:0123456789abcdef0123:egedal+atlantis', 'API_TOKENS')).toThrow(/"egedal\+atlantis" is not a list of municipalities/);
  });

  it('ranks roles: admin can do what clerk can, clerk what reader can', () => {
    expect(hasRole('admin', 'clerk')).toBe(true);
    expect(hasRole('clerk', 'admin')).toBe(false);
    expect(hasRole('reader', 'clerk')).toBe(false);
  });

  it('generates an admin token once, announces it once, and keeps it private in the data folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagsspor-tokens-'));
    const announced: string[] = [];
    const first = loadTokens({ generatedTokenDir: dir, announce: (m) => announced.push(m) });
    const second = loadTokens({ generatedTokenDir: dir, announce: (m) => announced.push(m) });
    expect(announced).toHaveLength(1);
    const secret = readFileSync(path.join(dir, 'admin-token'), 'utf8').trim().split(':')[2]!;
    expect(announced[0]).toContain(secret);
    expect(findToken(first, secret)).toMatchObject({ name: 'admin', role: 'admin' });
    expect(findToken(second, secret)).toMatchObject({ name: 'admin', role: 'admin' });
    expect(statSync(path.join(dir, 'admin-token')).mode & 0o777).toBe(0o600);
  });

  it('has no tokens (writes closed) for an external database without configuration', () => {
    expect(loadTokens({})).toEqual([]);
  });
});
