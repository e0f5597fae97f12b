import { ConfigError, loadConfig, loadWorkerConfig } from './app.config';

describe('configuration', () => {
  it('runs on the embedded database in demo mode with no settings at all', () => {
    const config = loadConfig({ APP_MODE: 'demo' });
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      embeddedDatabase: true,
      demo: true,
    });
  });

  it('keeps attachments in DATA_DIR, 25 MB each, unless told otherwise, and refuses a limit that is no number of bytes', () => {
    expect(loadConfig({ APP_MODE: 'demo', DATA_DIR: '/srv/bgb' })).toMatchObject({
      ATTACHMENTS_DIR: '/srv/bgb/attachments',
      ATTACHMENT_MAX_BYTES: 26_214_400,
    });
    expect(
      loadConfig({ APP_MODE: 'demo', ATTACHMENTS_DIR: '/files', ATTACHMENT_MAX_BYTES: '1000' }),
    ).toMatchObject({
      ATTACHMENTS_DIR: '/files',
      ATTACHMENT_MAX_BYTES: 1000,
    });
    expect(() => loadConfig({ APP_MODE: 'demo', ATTACHMENT_MAX_BYTES: '25MB' })).toThrow(
      /ATTACHMENT_MAX_BYTES/,
    );
    expect(() => loadConfig({ APP_MODE: 'demo', ATTACHMENT_MAX_BYTES: '0' })).toThrow(
      /ATTACHMENT_MAX_BYTES/,
    );
  });

  it('ends sessions after 8 idle hours and at the latest 24 hours after login, unless told otherwise', () => {
    expect(loadConfig({ APP_MODE: 'demo' })).toMatchObject({
      SESSION_TTL_HOURS: 8,
      SESSION_MAX_HOURS: 24,
    });
    expect(loadConfig({ APP_MODE: 'demo', SESSION_MAX_HOURS: '0.5' }).SESSION_MAX_HOURS).toBe(0.5);
    expect(() => loadConfig({ APP_MODE: 'demo', SESSION_MAX_HOURS: '0' })).toThrow(
      /SESSION_MAX_HOURS/,
    );
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
    expect(() => loadConfig({ APP_MODE: 'demo', SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET/,
    );
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

  it('requires a second factor of staff in production mode, of nobody in demo mode, unless told', () => {
    const production = {
      SESSION_SECRET: 'a-session-secret-that-is-long-enough',
      SMTP_URL: 'smtp://mail.example.org:587',
    };
    expect(loadConfig(production).MFA_REQUIRED_ROLES).toEqual([
      'admin',
      'secretariat',
      'coordinator',
    ]);
    expect(loadConfig({ APP_MODE: 'demo' }).MFA_REQUIRED_ROLES).toEqual([]);
    expect(loadConfig({ ...production, MFA_REQUIRED_ROLES: 'none' }).MFA_REQUIRED_ROLES).toEqual(
      [],
    );
    expect(
      loadConfig({ APP_MODE: 'demo', MFA_REQUIRED_ROLES: ' admin , secretariat' })
        .MFA_REQUIRED_ROLES,
    ).toEqual(['admin', 'secretariat']);
    expect(() => loadConfig({ APP_MODE: 'demo', MFA_REQUIRED_ROLES: 'admin,boss' })).toThrow(
      /MFA_REQUIRED_ROLES/,
    );
  });

  it('hashes passwords at full cost unless a test asks for less, which production refuses', () => {
    const production = {
      APP_MODE: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      SESSION_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail.example.org:587',
    };
    expect(loadConfig(production).PASSWORD_HASH_COST).toBe('production');
    expect(loadConfig({ APP_MODE: 'demo', PASSWORD_HASH_COST: 'test' }).PASSWORD_HASH_COST).toBe(
      'test',
    );
    expect(() => loadConfig({ ...production, PASSWORD_HASH_COST: 'test' })).toThrow(
      /PASSWORD_HASH_COST: must be production in production mode/,
    );
    expect(() => loadConfig({ APP_MODE: 'demo', PASSWORD_HASH_COST: 'cheap' })).toThrow(
      /PASSWORD_HASH_COST/,
    );
  });

  describe('SMTP settings', () => {
    const production = {
      APP_MODE: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      SESSION_SECRET: 'x'.repeat(32),
    };

    it('accept a host with port, TLS, credentials and a named sender instead of SMTP_URL', () => {
      const config = loadConfig({
        ...production,
        SMTP_HOST: 'mail.example.org',
        SMTP_PORT: '587',
        SMTP_REQUIRE_TLS: 'true',
        SMTP_USER: 'portal',
        SMTP_PASSWORD: 'secret',
        MAIL_FROM: 'Biobank Portal <portal@example.org>',
      });
      expect(config).toMatchObject({
        SMTP_HOST: 'mail.example.org',
        SMTP_PORT: 587,
        SMTP_REQUIRE_TLS: true,
        SMTP_SECURE: false,
        smtpConfigured: true,
      });
      expect(
        loadConfig({
          ...production,
          SMTP_HOST: 'mail.example.org',
          MAIL_FROM: 'portal@example.org',
        }).MAIL_FROM,
      ).toBe('portal@example.org');
    });

    it.each([
      [{ SMTP_HOST: 'mail.example.org', SMTP_PORT: '99999' }, /SMTP_PORT/],
      [{ SMTP_HOST: 'mail.example.org', SMTP_PORT: 'smtp' }, /SMTP_PORT/],
      [{ SMTP_HOST: 'mail.example.org', SMTP_SECURE: 'maybe' }, /SMTP_SECURE/],
      [
        { SMTP_HOST: 'mail.example.org', SMTP_SECURE: 'true', SMTP_REQUIRE_TLS: 'true' },
        /SMTP_REQUIRE_TLS: STARTTLS does not apply/,
      ],
      [
        { SMTP_HOST: 'mail.example.org', SMTP_USER: 'portal' },
        /SMTP_PASSWORD: is required with SMTP_USER/,
      ],
      [
        { SMTP_HOST: 'mail.example.org', SMTP_PASSWORD: 'secret' },
        /SMTP_USER: is required with SMTP_PASSWORD/,
      ],
      [
        { SMTP_URL: 'smtp://mail.example.org', SMTP_HOST: 'mail.example.org' },
        /SMTP_HOST: set either SMTP_URL or SMTP_HOST/,
      ],
      [{ SMTP_URL: 'smtp://mail.example.org', SMTP_PORT: '25' }, /SMTP_PORT: needs SMTP_HOST/],
      [{ SMTP_URL: 'http://mail.example.org' }, /SMTP_URL: must be an smtp/],
      [
        { SMTP_HOST: 'mail.example.org', MAIL_FROM: 'the portal' },
        /MAIL_FROM: must be an e-mail address/,
      ],
      [{ SMTP_HOST: 'mail.example.org', MAIL_FROM: 'Portal <not an address>' }, /MAIL_FROM/],
      [{ SMTP_HOST: 'mail.example.org', MAIL_DELIVERY: 'sometimes' }, /MAIL_DELIVERY/],
      [
        { SMTP_HOST: 'mail.example.org', MAIL_RATE_PER_DOMAIN_PER_MINUTE: '0' },
        /MAIL_RATE_PER_DOMAIN_PER_MINUTE/,
      ],
      [{ SMTP_HOST: 'mail.example.org', MAIL_LEASE_SECONDS: '1' }, /MAIL_LEASE_SECONDS/],
    ])('stop the start with a message naming the variable: %o', (env, message) => {
      expect(() => loadConfig({ ...production, ...env })).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, ...env })).toThrow(message);
    });

    it('deliver inline by default, at a generous rate per domain', () => {
      expect(loadConfig({ APP_MODE: 'demo' })).toMatchObject({
        MAIL_DELIVERY: 'inline',
        MAIL_RATE_PER_DOMAIN_PER_MINUTE: 600,
        smtpConfigured: false,
      });
    });
  });

  it('a separate delivery worker needs PostgreSQL and real SMTP, also in demo mode', () => {
    expect(() => loadWorkerConfig({ APP_MODE: 'demo' })).toThrow(
      /DATABASE_URL: is required by the delivery worker/,
    );
    expect(() => loadWorkerConfig({ APP_MODE: 'demo' })).toThrow(
      /SMTP_URL: is required by the delivery worker/,
    );
    const config = loadWorkerConfig({
      APP_MODE: 'demo',
      DATABASE_URL: 'postgres://postgres@127.0.0.1/x',
      SMTP_HOST: 'localhost',
    });
    expect(config.smtpConfigured).toBe(true);
  });

  it('limits login per account for 15 minutes by default, keeps the old names, and refuses a limit of nothing', () => {
    expect(loadConfig({ APP_MODE: 'demo' })).toMatchObject({
      LOGIN_RATE_LIMIT: 10,
      LOGIN_RATE_WINDOW_SECONDS: 900,
      LOGIN_ADDRESS_RATE_LIMIT: 50,
      TEST_MAIL_RATE_WINDOW_SECONDS: 3600,
    });
    expect(
      loadConfig({ APP_MODE: 'demo', LOGIN_RATE_LIMIT: '5', LOGIN_RATE_WINDOW_SECONDS: '60' }),
    ).toMatchObject({ LOGIN_RATE_LIMIT: 5, LOGIN_RATE_WINDOW_SECONDS: 60 });
    expect(() => loadConfig({ APP_MODE: 'demo', REGISTER_RATE_LIMIT: '0' })).toThrow(
      /REGISTER_RATE_LIMIT/,
    );
  });

  it('refuses TRUST_PROXY=true at boot, naming the variable', () => {
    expect(loadConfig({ APP_MODE: 'demo' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ APP_MODE: 'demo', TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(() => loadConfig({ APP_MODE: 'demo', TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY: true would trust any X-Forwarded-For/,
    );
  });

  describe('institutional sign-in (OIDC)', () => {
    const oidc = {
      OIDC_ISSUER: 'https://wayf.example',
      OIDC_CLIENT_ID: 'bgb',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_DISPLAY_NAME: 'WAYF',
    };
    const production = {
      SESSION_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail.example',
    };

    it('is off without settings and on with all four', () => {
      expect(loadConfig({ APP_MODE: 'demo' }).oidc).toBeNull();
      expect(loadConfig({ ...production, ...oidc }).oidc).toEqual({
        issuer: 'https://wayf.example',
        clientId: 'bgb',
        clientSecret: 'secret',
        displayName: 'WAYF',
      });
    });

    it('refuses some settings without the others, naming each missing one', () => {
      const attempt = () =>
        loadConfig({ APP_MODE: 'demo', OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: 'bgb' });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(/OIDC_CLIENT_SECRET: is required with OIDC_ISSUER, OIDC_CLIENT_ID/);
      expect(attempt).toThrow(/OIDC_DISPLAY_NAME: is required/);
    });

    it('takes a plain http issuer only outside production mode', () => {
      const http = { ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4000' };
      expect(loadConfig({ APP_MODE: 'demo', ...http }).oidc?.issuer).toBe('http://127.0.0.1:4000');
      expect(() => loadConfig({ ...production, ...http })).toThrow(
        /OIDC_ISSUER: must be an https:\/\/ URL in production mode/,
      );
    });
  });
});
