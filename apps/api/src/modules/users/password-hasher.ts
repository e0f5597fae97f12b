import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';

/**
 * argon2id at the library's production cost (64 MiB, 3 passes). The `test` cost exists only
 * because test suites register hundreds of accounts; the configuration refuses it in
 * production mode.
 */
const TEST_COST: argon2.HashOptions = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** The one place passwords are hashed and checked. */
@Injectable()
export class PasswordHasher {
  private readonly options: argon2.HashOptions;
  /** Compared against when the e-mail is unknown, so a miss takes as long as a wrong password. */
  private readonly decoy: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'PASSWORD_HASH_COST'>) {
    this.options = config.PASSWORD_HASH_COST === 'test' ? TEST_COST : {};
    this.decoy = this.hash('decoy password for unknown e-mails');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { ...this.options, type: argon2.argon2id });
  }

  /** Checks against the stored hash, or against the decoy when there is no account. */
  async verify(storedHash: string | undefined, password: string): Promise<boolean> {
    return argon2.verify(storedHash ?? (await this.decoy), password);
  }
}
