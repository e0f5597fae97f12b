import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { UserSession } from './user-session.entity';

/** A person's server-side sessions; deleting a row signs that browser out at its next request. */
@Injectable()
export class UserSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The person's sessions that still work (neither idle too long nor too old), newest first. */
  list(userId: string): Promise<UserSession[]> {
    const now = Date.now();
    return this.dataSource.getRepository(UserSession).find({
      where: {
        userId,
        expiresAt: MoreThan(new Date(now)),
        createdAt: MoreThan(new Date(now - this.config.SESSION_MAX_HOURS * 3_600_000)),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** One of the person's sessions by its public id; null for anybody else's or an unknown one. */
  findOwn(userId: string, id: string): Promise<UserSession | null> {
    return this.dataSource.getRepository(UserSession).findOneBy({ userId, id });
  }

  /** Ends one session of the person; false when it had ended already. */
  async revoke(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(UserSession).delete({ userId, id });
    return (result.affected ?? 0) > 0;
  }

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
