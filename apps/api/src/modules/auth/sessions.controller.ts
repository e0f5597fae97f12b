import { Controller, Delete, Get, HttpCode, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth.decorators';
import { SessionListDto } from '../../common/dto';
import { OwnSessionsService } from './own-sessions.service';

/** The caller's own sessions: where they are signed in, and signing out there. */
@ApiTags('auth')
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly sessions: OwnSessionsService) {}

  @Get()
  @ZodResponse({ status: 200, type: SessionListDto })
  list(@CurrentUser() user: AuthUser, @Req() req: Request) {
    return this.sessions.list(user, req);
  }

  /** "Sign out everywhere else": the session asking stays. */
  @Delete()
  @HttpCode(204)
  endOthers(@CurrentUser() user: AuthUser, @Req() req: Request) {
    return this.sessions.endOthers(user, req);
  }

  /** 404 for another person's session; the caller's current one may be ended too (a logout). */
  @Delete(':id')
  @HttpCode(204)
  end(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sessions.end(user, id, req, res);
  }
}
