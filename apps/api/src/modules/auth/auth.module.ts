import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AccountTokens } from './account-tokens';
import { AuthService } from './auth.service';
import { EmailChangeService } from './email-change.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordsService } from './passwords.service';
import { UserSessions } from './user-sessions';
import { LocalStrategy } from './local.strategy';
import { MfaController } from './mfa.controller';
import { MfaService } from './mfa.service';
import { OwnSessionsService } from './own-sessions.service';
import { ProfileService } from './profile.service';
import { SessionSerializer } from './session.serializer';
import { SessionsController } from './sessions.controller';
import { TotpSecretCipher } from './totp-secret-cipher';

@Module({
  imports: [UsersModule, PassportModule.register({ session: true })],
  controllers: [AuthController, MfaController, SessionsController],
  providers: [
    AuthService,
    LocalStrategy,
    SessionSerializer,
    AccountTokens,
    EmailVerificationService,
    EmailChangeService,
    PasswordsService,
    ProfileService,
    UserSessions,
    OwnSessionsService,
    MfaService,
    {
      provide: TotpSecretCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new TotpSecretCipher(config.SESSION_SECRET),
    },
  ],
  exports: [AuthService, UserSessions],
})
export class AuthModule {}
