import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import {
  AcceptInvitationDto,
  InvitationDto,
  InvitationListDto,
  InvitationPreviewDto,
  InviteUserDto,
  UserDto,
} from '../../common/dto';
import { AuthService } from '../auth/auth.service';
import { InvitationsService } from './invitations.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/invitations')
export class AdminInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  /** Mails the address a link to choose a password; the account gets these roles. */
  @Post()
  @ZodResponse({ status: 201, type: InvitationDto })
  invite(@CurrentUser() admin: AuthUser, @Body() body: InviteUserDto, @Req() req: Request) {
    return this.invitations.invite(admin, body, req);
  }

  /** The invitations nobody has accepted yet, newest first. */
  @Get()
  @ZodResponse({ status: 200, type: InvitationListDto })
  list() {
    return this.invitations.list();
  }

  /** Revokes a pending invitation; its link stops working. */
  @Delete(':id')
  @HttpCode(204)
  revoke(@Param('id') id: string, @Req() req: Request) {
    return this.invitations.revoke(id, req);
  }
}

@ApiTags('auth')
@Public()
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
  ) {}

  /** What an invitation link offers; 400 `INVALID_TOKEN` once it is used, revoked or expired. */
  @Get(':token')
  @ZodResponse({ status: 200, type: InvitationPreviewDto })
  preview(@Param('token') token: string) {
    return this.invitations.preview(token);
  }

  /** Creates the account with the invited roles and logs it in, as registration does. */
  @Post('accept')
  @ZodResponse({ status: 201, type: UserDto })
  async accept(
    @Body() body: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.auth.startSession(await this.invitations.accept(body, req), req, res);
  }
}
