import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId?: string;
  /** When the whole message had arrived (ms since the epoch). */
  receivedAt: number;
  parsed: ParsedMail;
}

/** An SMTP reply error with its status code, as smtp-server sends it. */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * A real SMTP server in the test process: the API under test delivers its mail here. It can
 * play an outage (`refuse`) and a slow server (`replyDelayMs`: the message is kept as soon as
 * it has arrived, but the sender hears "250 OK" only after the delay — a sender that dies in
 * between has handed over a mail it does not know was taken).
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  /** Message ids of mails kept whose "250 OK" has not been sent yet. */
  readonly unanswered = new Set<string>();
  replyDelayMs = 0;
  private refusing = false;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect: (_session, callback) =>
      callback(
        this.refusing ? smtpError(421, 'Service not available, try again later') : undefined,
      ),
    onMailFrom: (_address, _session, callback) =>
      callback(
        this.refusing
          ? smtpError(451, 'Mailbox temporarily unavailable, try again later')
          : undefined,
      ),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then(async (parsed) => {
          this.mails.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId,
            receivedAt: Date.now(),
            parsed,
          });
          if (this.replyDelayMs > 0) {
            const id = parsed.messageId ?? '';
            this.unanswered.add(id);
            await new Promise((resolve) => setTimeout(resolve, this.replyDelayMs));
            this.unanswered.delete(id);
          }
          callback();
        })
        .catch(callback);
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** While refusing, new connections get 421 and new mails on open connections 451: an outage. */
  refuse(refusing = true): void {
    this.refusing = refusing;
  }

  /** Forgets what arrived so far. */
  clear(): void {
    this.mails.length = 0;
  }

  /** How often each message id arrived. */
  countByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.mails)
      counts.set(mail.messageId ?? '', (counts.get(mail.messageId ?? '') ?? 0) + 1);
    return counts;
  }

  /** Waits until `count` mails match, failing with what did arrive. */
  async waitFor(
    match: (mail: ReceivedMail) => boolean,
    count = 1,
    timeoutMs = 15_000,
  ): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.mails.filter(match);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `Expected ${count} matching mail(s), got ${found.length}. Subjects: ${this.mails.map((m) => m.subject).join(' | ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
