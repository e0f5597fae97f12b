import type { Locale, RegisterBody, Role } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, QueryFailedError, type Repository } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy, personalWords } from './password-policy';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordHasher,
    private readonly policy: PasswordPolicy,
  ) {}

  /** Creates the researcher in the caller's transaction, which also mails their verification link. */
  async register(
    body: RegisterBody & { locale?: Locale },
    manager: EntityManager,
  ): Promise<AuthUser> {
    this.policy.assertStrong(body.password, 'password', personalWords(body));
    const passwordHash = await this.passwords.hash(body.password);
    const user = await this.create(manager, {
      name: body.name,
      email: body.email,
      institution: body.institution,
      passwordHash,
      roles: ['researcher'],
      locale: body.locale ?? 'da',
      emailVerifiedAt: null,
    });
    return toAuthUser({ ...user, coordinatorOf: [] });
  }

  /**
   * Saves a new account through the caller's manager. The unique index on lower(email)
   * decides whether the address is free, also when two people sign up at once.
   */
  async create(
    manager: EntityManager,
    fields: Pick<
      User,
      'name' | 'email' | 'institution' | 'passwordHash' | 'locale' | 'emailVerifiedAt'
    > & {
      roles: Role[];
    },
  ): Promise<User> {
    try {
      return await manager.save(manager.create(User, fields));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw emailTaken();
      throw error;
    }
  }

  /** The user for these credentials, or null — never saying which of the two was wrong. */
  async verifyCredentials(email: string, password: string): Promise<AuthUser | null> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.coordinatorOf', 'biobank')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
    // Unknown addresses, and accounts without a password (institutional sign-in only), are
    // checked against a decoy, so a miss takes as long as a wrong password; neither ever passes.
    const valid = await this.passwords.verify(user?.passwordHash ?? undefined, password);
    // A deactivated account is refused exactly like a wrong password, after the same work.
    return user?.passwordHash && valid && !user.deactivatedAt ? toAuthUser(user) : null;
  }

  /** The user a session belongs to; null once the account is deactivated, which ends the session. */
  async findAuthUser(id: string): Promise<AuthUser | null> {
    // find, not findOne: with a relation, findOne's limit costs a second query on every request.
    const [user] = await this.users.find({
      where: { id, deactivatedAt: IsNull() },
      relations: { coordinatorOf: true },
    });
    return user ? toAuthUser(user) : null;
  }

  /** The fields a person may change at once about themselves, in the caller's transaction. */
  async updateProfile(
    manager: EntityManager,
    id: string,
    fields: Partial<Pick<User, 'name' | 'institution'>>,
  ): Promise<void> {
    await manager.update(User, { id }, fields);
  }

  async setLocale(id: string, locale: Locale): Promise<AuthUser> {
    await this.users.update({ id }, { locale });
    const user = await this.findAuthUser(id);
    if (!user) throw ApiError.unauthenticated();
    return user;
  }
}

/** 409 for an address that already has an account, named on the `email` field. */
export function emailTaken(): ApiError {
  const message = 'An account with this e-mail address already exists';
  return new ApiError(409, 'EMAIL_TAKEN', message, [
    { field: 'email', code: 'EMAIL_TAKEN', message },
  ]);
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    institution: user.institution,
    roles: user.roles,
    biobankCodes: (user.coordinatorOf ?? []).map((biobank) => biobank.code).sort(),
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: !!user.totpEnabledAt,
  };
}
