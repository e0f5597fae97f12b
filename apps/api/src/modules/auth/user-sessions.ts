import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UserSession } from './user-session.entity';

/** A person's server-side sessions; deleting a row signs that browser out at its next request. */
@Injectable()
export class UserSessions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The one way to sign a person out of their sessions (a new password, "sign out everywhere
   * else", deactivation), optionally keeping the session that asked. Returns how many ended.
   */
  async revokeAll(
    userId: string,
    { except }: { except?: string } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(UserSession)
      .where('user_id = :userId', { userId })
      .andWhere('sid <> :except', { except: except ?? '' })
      .execute();
    return result.affected ?? 0;
  }
}
