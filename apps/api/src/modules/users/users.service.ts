import type { Locale, RegisterBody } from '@bgb/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import { ApiError } from '../../common/api-error';
import type { AuthUser } from '../../common/auth.decorators';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordHasher,
  ) {}

  async register(body: RegisterBody & { locale?: Locale }): Promise<AuthUser> {
    const passwordHash = await this.passwords.hash(body.password);
    try {
      const user = await this.users.save(
        this.users.create({
          name: body.name,
          email: body.email,
          institution: body.institution,
          passwordHash,
          roles: ['researcher'],
          locale: body.locale ?? 'da',
        }),
      );
      return toAuthUser({ ...user, coordinatorOf: [] });
    } catch (error) {
      // The unique index on lower(email) decides, also when two people register at once.
      if (
        error instanceof QueryFailedError &&
        (error as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new ApiError(
          409,
          'EMAIL_TAKEN',
          'An account with this e-mail address already exists',
          [
            {
              field: 'email',
              code: 'EMAIL_TAKEN',
              message: 'An account with this e-mail address already exists',
            },
          ],
        );
      }
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
    return user?.passwordHash && valid ? toAuthUser(user) : null;
  }

  async findAuthUser(id: string): Promise<AuthUser | null> {
    // find, not findOne: with a relation, findOne's limit costs a second query on every request.
    const [user] = await this.users.find({ where: { id }, relations: { coordinatorOf: true } });
    return user ? toAuthUser(user) : null;
  }

  async setLocale(id: string, locale: Locale): Promise<AuthUser> {
    await this.users.update({ id }, { locale });
    const user = await this.findAuthUser(id);
    if (!user) throw ApiError.unauthenticated();
    return user;
  }
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
  };
}
