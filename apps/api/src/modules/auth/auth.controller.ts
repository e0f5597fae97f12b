import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Patch,
  Post,
  Put,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { LoginReply } from '@bgb/contracts';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse, ZodSerializerDto } from 'nestjs-zod';
import {
  type AuthUser,
  CurrentUser,
  MfaEnrolmentExempt,
  Public,
} from '../../common/auth.decorators';
import { CSRF_PROTECTION, type CsrfProtection } from '../../common/csrf';
import {
  ChangePasswordDto,
  CsrfTokenDto,
  CurrentUserDto,
  LoginDto,
  MfaRequiredDto,
  PasswordResetConfirmDto,
  PasswordResetDto,
  RegisterDto,
  SetLocaleDto,
  UpdateProfileDto,
  UserDto,
  VerifyEmailDto,
} from '../../common/dto';
import { AuthService } from './auth.service';
import { EmailVerificationService } from './email-verification.service';
import { PasswordsService } from './passwords.service';
import { ProfileService } from './profile.service';
import { RateLimit } from '../rate-limits/rate-limit.decorator';
import { LoginGuard } from './login.guards';
import { awaitingSecondFactor } from './second-factor-login';

/** All a login with a second factor says before the code: the password was right. */
const MFA_REQUIRED = { mfaRequired: true } as const;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    private readonly passwords: PasswordsService,
    private readonly profile: ProfileService,
    @Inject(CSRF_PROTECTION) private readonly csrf: CsrfProtection,
  ) {}

  @Public()
  @Get('csrf')
  @ZodResponse({ status: 200, type: CsrfTokenDto })
  csrfToken(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return { token: this.csrf.generateCsrfToken(req, res, { overwrite: true }) };
  }

  @Public()
  @RateLimit('register')
  @Post('register')
  @ZodResponse({ status: 201, type: UserDto })
  register(
    @Body() body: RegisterDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.auth.register(body, req, res);
  }

  /**
   * Opens the mailed link that verifies an address, after registration or for a new address
   * (`PATCH /api/auth/me`); needs no session, as the link may open in another browser.
   */
  @Public()
  @Post('verify-email')
  @HttpCode(204)
  verifyEmail(@Body() body: VerifyEmailDto, @Req() req: Request) {
    return this.verification.verify(body.token, req);
  }

  @RateLimit('verify_resend')
  @Post('verify-email/resend')
  @HttpCode(202)
  resendVerification(@CurrentUser() user: AuthUser) {
    return this.verification.resend(user);
  }

  /** Always 202 with no body, whether or not the address has an account. */
  @Public()
  @RateLimit('password_reset')
  @Post('password-reset')
  @HttpCode(202)
  requestPasswordReset(@Body() body: PasswordResetDto, @Req() req: Request) {
    this.passwords.requestReset(body.email, req);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto, @Req() req: Request) {
    return this.passwords.confirmReset(body, req);
  }

  @Put('me/password')
  @HttpCode(204)
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
  ) {
    return this.passwords.change(user, body, req);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @RateLimit('login_account', 'login_address')
  @UseGuards(LoginGuard)
  @ZodSerializerDto(LoginReply)
  @ApiExtraModels(UserDto, MfaRequiredDto)
  @ApiOkResponse({
    description: 'The user, or only `mfaRequired` when the login needs a second-factor code',
    schema: { oneOf: [{ $ref: getSchemaPath(UserDto) }, { $ref: getSchemaPath(MfaRequiredDto) }] },
  })
  login(
    @Body() _body: LoginDto,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return awaitingSecondFactor(req) ? MFA_REQUIRED : this.auth.afterLogin(user, req, res);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.auth.logout(req, res);
  }

  @MfaEnrolmentExempt()
  @Get('me')
  @ZodResponse({ status: 200, type: CurrentUserDto })
  me(@CurrentUser() user: AuthUser) {
    return this.auth.currentUser(user);
  }

  /** Name and institution change at once; a new `email` only once the link mailed to it is opened. */
  @Patch('me')
  @ZodResponse({ status: 200, type: CurrentUserDto })
  updateProfile(
    @CurrentUser() user: AuthUser,
    @Body() body: UpdateProfileDto,
    @Req() req: Request,
  ) {
    return this.profile.update(user, body, req);
  }

  @MfaEnrolmentExempt()
  @Put('me/locale')
  @ZodResponse({ status: 200, type: UserDto })
  setLocale(@CurrentUser() user: AuthUser, @Body() body: SetLocaleDto) {
    return this.auth.setLocale(user, body.locale);
  }
}
