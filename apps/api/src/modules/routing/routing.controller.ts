import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth.decorators';
import { IfMatchVersion, VersionedEntity } from '../../common/if-match';
import { RouteDto, RoutingTransitionDto, ServiceRequestDto } from '../../common/dto';
import { RoutingService } from './routing.service';

@ApiTags('routing')
@Controller('requests/:id/routings')
export class RoutingController {
  constructor(private readonly routing: RoutingService) {}

  @Post()
  @HttpCode(200)
  @Roles('secretariat')
  @ZodResponse({ status: 200, type: ServiceRequestDto })
  route(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: RouteDto) {
    return this.routing.route(user, id, body);
  }

  @Post(':biobankCode/transitions')
  @HttpCode(200)
  @Roles('coordinator')
  @VersionedEntity()
  @ZodResponse({ status: 200, type: ServiceRequestDto })
  transition(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('biobankCode') biobankCode: string,
    @Body() body: RoutingTransitionDto,
    @IfMatchVersion() ifMatch?: number,
  ) {
    return this.routing.transition(user, id, biobankCode, {
      ...body,
      version: body.version ?? ifMatch,
    });
  }
}
