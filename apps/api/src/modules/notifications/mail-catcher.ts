import type { CaughtMail } from '@bgb/contracts';
import { Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const KEEP = 200;

/**
 * Demo mode's own SMTP server: mails really travel over SMTP, and land here instead of in
 * anyone's inbox, so a newcomer can read them in the portal.
 */
export class MailCatcher {
  private readonly logger = new Logger('MailCatcher');
  private readonly mails: CaughtMail[] = [];
  private readonly server: SMTPServer;
  private sequence = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.keep({
              id: String(++this.sequence),
              receivedAt: new Date().toISOString(),
              from: parsed.from?.text ?? '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  /** Listens on a free loopback port and returns the SMTP URL to send to. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    this.logger.log(
      `Demo mail catcher listening on 127.0.0.1:${port}; mails are shown to admins under /admin/mails`,
    );
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Newest first. */
  list(): CaughtMail[] {
    return [...this.mails].reverse();
  }

  private keep(mail: CaughtMail): void {
    this.mails.push(mail);
    if (this.mails.length > KEEP) this.mails.shift();
    this.logger.log(`Caught mail: ${mail.subject}`);
  }
}
