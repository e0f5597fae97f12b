import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth.decorators';
import { AuthProvidersDto } from '../../common/dto';
import { APP_CONFIG, type AppConfig } from '../../config/app.config';
import { InstitutionalSignIn } from './institutional-sign-in.service';

/** Redirects carry one-time values; no cache may keep them. */
function redirect(res: Response, url: string): void {
  res.set('Cache-Control', 'no-store').redirect(302, url);
}

@ApiTags('auth')
@Controller('auth')
export class AuthProvidersController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('providers')
  @ZodResponse({ status: 200, type: AuthProvidersDto })
  providers() {
    return { oidc: this.config.oidc ? { displayName: this.config.oidc.displayName } : null };
  }
}

/** Only present when institutional sign-in is configured; otherwise these routes are 404. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly signIn: InstitutionalSignIn) {}

  @Public()
  @Get('login')
  @ApiQuery({
    name: 'next',
    required: false,
    description: 'The portal path to land on after signing in; anything else lands on /',
  })
  @ApiFoundResponse({
    description:
      "To the institution's provider; or to /login?error=oidc_unavailable when it cannot be reached",
  })
  @ApiQuery({
    name: 'invitation',
    required: false,
    description:
      'The token of an invitation to accept by signing in: the new account gets its roles and no password',
  })
  async login(
    @Query('next') next: unknown,
    @Query('invitation') invitation: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    redirect(res, await this.signIn.start(req, next, invitation));
  }

  @Public()
  @Get('callback')
  @ApiFoundResponse({
    description:
      'Signed in: to the page asked for. Otherwise to /login?error=oidc_denied|oidc_failed|oidc_unavailable|oidc_email_missing|oidc_email_unverified',
  })
  async callback(@Req() req: Request, @Res() res: Response) {
    redirect(res, await this.signIn.finish(req, res));
  }
}
