import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app.config';
import { InvitationsModule } from '../invitations/invitations.module';
import { UsersModule } from '../users/users.module';
import { InstitutionalSignIn } from './institutional-sign-in.service';
import { OidcAccounts } from './oidc-accounts';
import { AuthProvidersController, OidcController } from './oidc.controller';

/**
 * Institutional sign-in through OpenID Connect. The login page always asks which providers
 * there are; the sign-in routes exist only when OIDC_* is configured.
 */
@Module({})
export class OidcModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: OidcModule,
      imports: [UsersModule, InvitationsModule],
      controllers: config.oidc
        ? [AuthProvidersController, OidcController]
        : [AuthProvidersController],
      providers: config.oidc ? [InstitutionalSignIn, OidcAccounts] : [],
    };
  }
}
