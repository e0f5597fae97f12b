import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app.config';
import { ApiError } from './api-error';
import type { AuthUser } from './auth.decorators';

/** Refuses a user whose address is not verified yet, unless verification is off. */
@Injectable()
class VerifiedEmailGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'EMAIL_VERIFICATION'>) {}

  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<Request>().user as AuthUser;
    if (this.config.EMAIL_VERIFICATION === 'required' && !user.emailVerified) {
      throw new ApiError(
        403,
        'EMAIL_NOT_VERIFIED',
        'Confirm your e-mail address with the link we mailed you before you submit',
      );
    }
    return true;
  }
}

/**
 * What reaches other people (a submitted request) needs an address known to be the sender's.
 * Runs after the global session guard, so the user is there.
 */
export const RequiresVerifiedEmail = () => applyDecorators(UseGuards(VerifiedEmailGuard));
