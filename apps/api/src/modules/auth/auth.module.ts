import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AccountTokens } from './account-tokens';
import { AuthService } from './auth.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordsService } from './passwords.service';
import { UserSessions } from './user-sessions';
import { LocalStrategy } from './local.strategy';
import { SessionSerializer } from './session.serializer';

@Module({
  imports: [UsersModule, PassportModule.register({ session: true })],
  controllers: [AuthController],
  providers: [
    AuthService,
    LocalStrategy,
    SessionSerializer,
    AccountTokens,
    EmailVerificationService,
    PasswordsService,
    UserSessions,
  ],
  exports: [AuthService, UserSessions],
})
export class AuthModule {}
