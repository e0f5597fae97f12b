import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import type { AuthUser } from '../../common/auth.decorators';
import { UsersService } from '../users/users.service';

/** The session holds only the user id; roles are read afresh on every request. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly users: UsersService) {
    super();
  }

  serializeUser(user: AuthUser, done: (error: unknown, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: string, done: (error: unknown, user?: AuthUser | false) => void): void {
    this.users
      .findAuthUser(id)
      .then((user) => done(null, user ?? false))
      .catch((error) => done(error));
  }
}
