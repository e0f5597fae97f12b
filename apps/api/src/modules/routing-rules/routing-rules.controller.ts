import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  CreateRoutingRuleDto,
  RoutingRuleDto,
  RoutingRuleListDto,
  RoutingSuggestionDto,
  UpdateRoutingRuleDto,
} from '../../common/dto';
import { type AuditOrigin, RequestOrigin } from '../audit/audit-log';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/routing-rules')
export class RoutingRulesController {
  constructor(private readonly rules: RoutingRulesService) {}

  /** Every routing rule, by name. */
  @Get()
  @ZodResponse({ status: 200, type: RoutingRuleListDto })
  list() {
    return this.rules.list();
  }

  @Post()
  @ZodResponse({ status: 201, type: RoutingRuleDto })
  create(@RequestOrigin() origin: AuditOrigin, @Body() body: CreateRoutingRuleDto) {
    return this.rules.create(origin, body);
  }

  /** Replaces the rule; `version` must be the one last read (409 otherwise). */
  @Put(':id')
  @ZodResponse({ status: 200, type: RoutingRuleDto })
  update(
    @RequestOrigin() origin: AuditOrigin,
    @Param('id') id: string,
    @Body() body: UpdateRoutingRuleDto,
  ) {
    return this.rules.update(origin, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@RequestOrigin() origin: AuditOrigin, @Param('id') id: string) {
    return this.rules.remove(origin, id);
  }
}

@ApiTags('triage')
@Roles('secretariat')
@Controller('requests/:id/routing-suggestion')
export class RoutingSuggestionController {
  constructor(private readonly rules: RoutingRulesService) {}

  /** The biobanks and case handler the routing rules propose for the request, each with its reason. */
  @Get()
  @ZodResponse({ status: 200, type: RoutingSuggestionDto })
  suggest(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.rules.suggest(user, id);
  }
}
