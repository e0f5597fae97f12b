import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  AdminUserDto,
  AdminUserListDto,
  ListAdminUsersQueryDto,
  SetUserRolesDto,
} from '../../common/dto';
import { type AuditOrigin, RequestOrigin } from '../audit/audit-log';
import { AdminUsersService } from './admin-users.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly adminUsers: AdminUsersService) {}

  /** Everyone with an account, by name, a page at a time; `q` searches names and e-mail addresses. */
  @Get()
  @ZodResponse({ status: 200, type: AdminUserListDto })
  list(@Query() query: ListAdminUsersQueryDto) {
    return this.adminUsers.list(query);
  }

  /** Replaces the user's roles and the biobanks they coordinate; in force from their next request. */
  @Put(':id/roles')
  @ZodResponse({ status: 200, type: AdminUserDto })
  setRoles(
    @CurrentUser() admin: AuthUser,
    @RequestOrigin() origin: AuditOrigin,
    @Param('id') id: string,
    @Body() body: SetUserRolesDto,
  ) {
    return this.adminUsers.setRoles(admin, origin, id, body);
  }
}
