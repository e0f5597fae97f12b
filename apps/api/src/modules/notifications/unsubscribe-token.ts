import { NotificationKind } from '@bgb/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../common/uuid';

export interface UnsubscribeTarget {
  userId: string;
  kind: NotificationKind;
}

/**
 * The token of a one-click unsubscribe link: the user and kind it turns off, signed with a key
 * derived from the session secret (so the raw secret never signs two kinds of thing). It does
 * not expire: a link in an old mail should still work, and all it can do is stop mail.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = createHmac('sha256', sessionSecret).update('list-unsubscribe').digest();
  }

  sign({ userId, kind }: UnsubscribeTarget): string {
    const payload = Buffer.from(`${userId}:${kind}`).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  /** `null` for anything this key did not sign. */
  verify(token: string): UnsubscribeTarget | null {
    const [payload, mac, ...rest] = token.split('.');
    if (!payload || !mac || rest.length > 0) return null;
    const expected = this.mac(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const [userId, kind] = Buffer.from(payload, 'base64url').toString('utf8').split(':');
    const parsedKind = NotificationKind.safeParse(kind);
    if (!userId || !isUuid(userId) || !parsedKind.success) return null;
    return { userId, kind: parsedKind.data };
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}
