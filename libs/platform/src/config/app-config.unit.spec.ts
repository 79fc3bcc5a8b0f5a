import { ConfigError, parseConfig } from './app-config.js';

describe('parseConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = parseConfig({}, '/srv/app');
    expect(config).toEqual({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      dataDir: '/srv/app/.data',
      embeddedPgPort: 54329,
      dbPoolSize: 10,
      defaultMunicipality: 'ballerup',
      logLevel: 'info',
      demoData: undefined,
      apiTokens: undefined,
      apiTokensFile: undefined,
      readsNeedToken: false,
      runProjections: true,
      writeRateLimit: 600,
      maxBodyBytes: 2_000_000,
      sseClientBufferEvents: 1000,
      sseClientBufferBytes: 4_194_304,
    });
  });

  it('names PORT when it is not a port number', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number from 0 to 65535, got "eighty"/);
    expect(() => parseConfig({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('names DATABASE_URL when it is malformed, without echoing it', () => {
    let error: unknown;
    try {
      parseConfig({ DATABASE_URL: 'not a url with secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/DATABASE_URL is not a valid URL/);
    expect((error as Error).message).not.toMatch(/secret/);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
  });

  it('lists every bad variable at once', () => {
    expect(() => parseConfig({ PORT: '-1', LOG_LEVEL: 'loud', DEMO_DATA: 'maybe' })).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^LOG_LEVEL/), expect.stringMatching(/^PORT/), expect.stringMatching(/^DEMO_DATA/)] }),
    );
  });

  it('accepts an external database URL', () => {
    expect(parseConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/sagsspor' }).databaseUrl).toBe('postgresql://u:p@db:5432/sagsspor');
  });
});
