import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AccountTokens } from './account-tokens';
import { AuthService } from './auth.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordsService } from './passwords.service';
import { UserSessions } from './user-sessions';
import { LocalStrategy } from './local.strategy';
import { MfaController } from './mfa.controller';
import { MfaService } from './mfa.service';
import { SessionSerializer } from './session.serializer';
import { TotpSecretCipher } from './totp-secret-cipher';

@Module({
  imports: [UsersModule, PassportModule.register({ session: true })],
  controllers: [AuthController, MfaController],
  providers: [
    AuthService,
    LocalStrategy,
    SessionSerializer,
    AccountTokens,
    EmailVerificationService,
    PasswordsService,
    UserSessions,
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
