import type { EntityManager } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * The coordinators of these biobanks, once per biobank they act for. Runs through the caller's
 * transaction manager: on the embedded database that transaction holds the only connection.
 */
export async function coordinatorsOf(manager: EntityManager, codes: readonly string[]): Promise<{ user: User; biobankCode: string }[]> {
  if (codes.length === 0) return [];
  const users = await manager
    .createQueryBuilder(User, 'user')
    .innerJoinAndSelect('user.coordinatorOf', 'biobank', 'biobank.code IN (:...codes)', { codes })
    .where(`'coordinator' = ANY(user.roles)`)
    .orderBy('user.id')
    .getMany();
  return users.flatMap((user) => user.coordinatorOf.map((biobank) => ({ user, biobankCode: biobank.code })));
}
