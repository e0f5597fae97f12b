import type { EntityManager } from 'typeorm';
import { Biobank } from '../catalogue/biobank.entity';
import { User } from '../users/user.entity';
import type { MailPerson } from './request-mail';
import { SECRETARIAT_LOCALE } from './secretariat';

/**
 * The active coordinators of these biobanks, once per biobank they act for: a deactivated one
 * neither hears of a request nor makes a biobank reachable. Runs through the caller's
 * transaction manager: on the embedded database that transaction holds the only connection.
 */
export async function coordinatorsOf(
  manager: EntityManager,
  codes: readonly string[],
): Promise<{ user: User; biobankCode: string }[]> {
  if (codes.length === 0) return [];
  const users = await manager
    .createQueryBuilder(User, 'user')
    .innerJoinAndSelect('user.coordinatorOf', 'biobank', 'biobank.code IN (:...codes)', { codes })
    .where(`'coordinator' = ANY(user.roles)`)
    .andWhere('user.deactivated_at IS NULL')
    .orderBy('user.id')
    .getMany();
  return users.flatMap((user) =>
    user.coordinatorOf.map((biobank) => ({ user, biobankCode: biobank.code })),
  );
}

/**
 * Whoever hears of what concerns these biobanks: their coordinators, once per biobank they act
 * for, and each biobank's shared mailbox — in Danish, greeted as the biobank, and left out
 * where one of its coordinators already has that address.
 */
export async function biobankRecipients(
  manager: EntityManager,
  codes: readonly string[],
): Promise<{ to: MailPerson; biobankCode: string }[]> {
  if (codes.length === 0) return [];
  const coordinators = await coordinatorsOf(manager, codes);
  const biobanks = await manager
    .createQueryBuilder(Biobank, 'biobank')
    .where('biobank.code IN (:...codes)', { codes })
    .andWhere('biobank.shared_mailbox IS NOT NULL')
    .orderBy('biobank.sort_order')
    .getMany();
  const mailboxes = biobanks
    .filter(
      (biobank) =>
        !coordinators.some(
          ({ user, biobankCode }) =>
            biobankCode === biobank.code &&
            user.email.toLowerCase() === biobank.sharedMailbox!.toLowerCase(),
        ),
    )
    .map((biobank) => ({ to: biobankMailbox(biobank), biobankCode: biobank.code }));
  return [
    ...coordinators.map(({ user, biobankCode }) => ({ to: user, biobankCode })),
    ...mailboxes,
  ];
}

/** One mail per address: a shared mailbox may serve several biobanks, or be a coordinator's own. */
export function onePerAddress<T extends { email: string }>(people: readonly T[]): T[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const address = person.email.toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

function biobankMailbox(biobank: Biobank): MailPerson {
  return {
    id: `biobank:${biobank.code}`,
    name: biobank.nameDa,
    email: biobank.sharedMailbox!,
    locale: SECRETARIAT_LOCALE,
    sharedMailbox: true,
  };
}
