import { ConfigError, loadConfig } from './app.config';

describe('configuration', () => {
  it('runs on the embedded database in demo mode with no settings at all', () => {
    const config = loadConfig({ APP_MODE: 'demo' });
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', embeddedDatabase: true, demo: true });
  });

  it('defaults to production mode, which demands a session secret and SMTP', () => {
    expect(() => loadConfig({})).toThrow(/SESSION_SECRET: is required in production mode/);
    expect(() => loadConfig({})).toThrow(/SMTP_URL: is required in production mode/);
  });

  it('names the variable with a bad value', () => {
    expect(() => loadConfig({ APP_MODE: 'demo', PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ APP_MODE: 'demo', PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ APP_MODE: 'demo', DATABASE_URL: 'mysql://x/y' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
    expect(() => loadConfig({ APP_MODE: 'staging' })).toThrow(/APP_MODE/);
    expect(() => loadConfig({ APP_MODE: 'demo', SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
  });

  it('uses PostgreSQL when DATABASE_URL is set and treats empty values as unset', () => {
    const config = loadConfig({
      APP_MODE: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      SESSION_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail.example.org:587',
      PORT: '',
    });
    expect(config).toMatchObject({ embeddedDatabase: false, demo: false, PORT: 3000 });
  });
});
