import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import {
  type AuthUser,
  CurrentUser,
  MfaEnrolmentExempt,
  Public,
} from '../../common/auth.decorators';
import {
  EnableTotpDto,
  MfaCodeDto,
  RecoveryCodesDto,
  TotpSetupDto,
  UserDto,
} from '../../common/dto';
import { RateLimit } from '../rate-limits/rate-limit.decorator';
import { MfaService } from './mfa.service';

@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @MfaEnrolmentExempt()
  @Post('totp/setup')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: TotpSetupDto })
  setup(@CurrentUser() user: AuthUser) {
    return this.mfa.setup(user);
  }

  @MfaEnrolmentExempt()
  @Post('totp/enable')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: RecoveryCodesDto })
  enable(@CurrentUser() user: AuthUser, @Body() body: EnableTotpDto, @Req() req: Request) {
    return this.mfa.enable(user, body.code, req);
  }

  @Delete('totp')
  @HttpCode(204)
  disable(@CurrentUser() user: AuthUser, @Body() body: MfaCodeDto, @Req() req: Request) {
    return this.mfa.disable(user, body.code, req);
  }

  /** The second step of a login that answered `mfaRequired`: a TOTP or a recovery code. */
  @Public()
  @RateLimit('mfa_verify')
  @Post('verify')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: UserDto })
  verify(@Body() body: MfaCodeDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.mfa.verifyLogin(body.code, req, res);
  }
}
