import { loadConfig } from '../../config/app.config';
import { smtpTransportOptions } from './smtp-transport';

const base = { APP_MODE: 'demo' };

describe('SMTP transport options', () => {
  it('pool connections and end a silent server well within a lease', () => {
    const options = smtpTransportOptions(
      loadConfig({ ...base, SMTP_URL: 'smtps://u:p@mail.example.org' }),
    );
    expect(options).toMatchObject({
      pool: true,
      url: 'smtps://u:p@mail.example.org',
      maxConnections: 5,
    });
    expect(options.socketTimeout).toBeLessThan(loadConfig(base).MAIL_LEASE_SECONDS * 1000);
  });

  it('build the connection from host, TLS mode and credentials', () => {
    const starttls = smtpTransportOptions(
      loadConfig({
        ...base,
        SMTP_HOST: 'mail.example.org',
        SMTP_REQUIRE_TLS: 'true',
        SMTP_USER: 'portal',
        SMTP_PASSWORD: 'pw',
      }),
    );
    expect(starttls).toMatchObject({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'portal', pass: 'pw' },
    });
    const implicit = smtpTransportOptions(
      loadConfig({ ...base, SMTP_HOST: 'mail.example.org', SMTP_SECURE: 'true' }),
    );
    expect(implicit).toMatchObject({ port: 465, secure: true, auth: undefined });
    expect(
      smtpTransportOptions(loadConfig({ ...base, SMTP_HOST: 'h', SMTP_PORT: '2525' })).port,
    ).toBe(2525);
  });
});
