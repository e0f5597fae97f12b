import type { Role } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, In, type Repository } from 'typeorm';
import type { Biobank } from '../catalogue/biobank.entity';
import type { UserCursor } from './user-cursor';
import { User } from './user.entity';

export interface UserPageQuery {
  /** Part of a name or e-mail address, in any case. */
  search?: string;
  after?: UserCursor;
  limit: number;
}

/** The user queries that are more than a find or a save: the admin list, case handlers and role changes. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Users in name order, then id, starting after the cursor; with the biobanks they coordinate. */
  async page({ search, after, limit }: UserPageQuery): Promise<User[]> {
    const page = this.users
      .createQueryBuilder('user')
      .select(['user.id', 'user.name'])
      .orderBy('user.name', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .limit(limit);
    if (search) {
      const pattern = `%${escapeLike(search.toLowerCase())}%`;
      page.andWhere(
        new Brackets((where) =>
          where
            .where('lower(user.name) LIKE :pattern', { pattern })
            .orWhere('lower(user.email) LIKE :pattern', { pattern }),
        ),
      );
    }
    if (after) page.andWhere('(user.name, user.id) > (:name, :id)', after);
    const ids = (await page.getMany()).map((user) => user.id);
    if (ids.length === 0) return [];
    const loaded = await this.users.find({
      where: { id: In(ids) },
      relations: { coordinatorOf: true },
    });
    const byId = new Map(loaded.map((user) => [user.id, user]));
    return ids.map((id) => byId.get(id)).filter((user): user is User => !!user);
  }

  /** A member of the secretariat, the only people who handle requests; null for anyone else. */
  findCaseHandler(manager: EntityManager, id: string): Promise<User | null> {
    return manager
      .createQueryBuilder(User, 'user')
      .where('user.id = :id', { id })
      .andWhere(`'secretariat' = ANY(user.roles)`)
      .getOne();
  }

  findWithBiobanks(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id }, relations: { coordinatorOf: true } });
  }

  /**
   * Locks these users' rows until the transaction ends, always in the same order, so that two
   * administrators changing each other's roles at once take turns instead of deadlocking.
   */
  lockForUpdate(manager: EntityManager, ids: string[]): Promise<User[]> {
    return manager
      .createQueryBuilder(User, 'user')
      .select(['user.id', 'user.roles'])
      .where('user.id IN (:...ids)', { ids })
      .orderBy('user.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Sets the user's roles and the biobanks they coordinate, replacing what was there; returns
   * the biobanks they coordinated before and those added.
   */
  async replaceRoles(
    manager: EntityManager,
    id: string,
    roles: Role[],
    biobankCodes: string[],
  ): Promise<{ before: string[]; added: string[] }> {
    await manager.update(User, { id }, { roles });
    const bindings = manager.createQueryBuilder().relation(User, 'coordinatorOf').of(id);
    const current = (await bindings.loadMany<Biobank>()).map((biobank) => biobank.code);
    const added = biobankCodes.filter((code) => !current.includes(code));
    await bindings.addAndRemove(
      added,
      current.filter((code) => !biobankCodes.includes(code)),
    );
    return { before: current, added };
  }
}

/** A search text taken literally: `%` and `_` in it are not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
