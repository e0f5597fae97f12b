import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashLinkToken, invalidToken, newLinkToken } from '../../common/link-token';
import type { AccountTokenPurpose } from './account-token.entity';

/** What a consumed token stood for. */
export interface ConsumedToken {
  userId: string;
  email: string;
  data: Record<string, unknown>;
}

/**
 * The single-use tokens of mailed links. Times come from the database's clock, so that expiry
 * is the same for every API instance (and a test can move a token's times back).
 */
@Injectable()
export class AccountTokens {
  /** Stores a new token in the caller's transaction and returns it raw, to go into the mail only. */
  async issue(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    user: { id: string; email: string },
    ttlMs: number,
    data: Record<string, unknown> = {},
  ): Promise<string> {
    const token = newLinkToken();
    await manager.query(
      `INSERT INTO account_token (purpose, token_hash, user_id, email, data, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond')`,
      [purpose, hashLinkToken(token), user.id, user.email, JSON.stringify(data), ttlMs],
    );
    return token;
  }

  /**
   * Uses the token up, atomically: of two requests with the same token exactly one succeeds.
   * An unknown, used or expired token is 400 INVALID_TOKEN.
   */
  async consume(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    token: string,
  ): Promise<ConsumedToken> {
    const [row] = await this.select(
      manager,
      `WITH used AS (
         UPDATE account_token SET used_at = now()
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
         RETURNING user_id, email, data)
       SELECT * FROM used`,
      purpose,
      token,
    );
    if (!row) throw invalidToken();
    return row;
  }

  /** The token's owner if it was already used: opening a link twice may be harmless. */
  async usedBefore(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    token: string,
  ): Promise<ConsumedToken | null> {
    const [row] = await this.select(
      manager,
      `SELECT user_id, email, data FROM account_token
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NOT NULL`,
      purpose,
      token,
    );
    return row ?? null;
  }

  private async select(
    manager: EntityManager,
    sql: string,
    purpose: AccountTokenPurpose,
    token: string,
  ): Promise<ConsumedToken[]> {
    const rows: { user_id: string; email: string; data: Record<string, unknown> }[] =
      await manager.query(sql, [hashLinkToken(token), purpose]);
    return rows.map((row) => ({ userId: row.user_id, email: row.email, data: row.data }));
  }
}
