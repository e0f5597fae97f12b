import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { RequestsModule } from '../requests/requests.module';
import { UsersModule } from '../users/users.module';
import { RoutingRulesController, RoutingSuggestionController } from './routing-rules.controller';
import { RoutingRulesService } from './routing-rules.service';

@Module({
  imports: [RequestsModule, CatalogueModule, UsersModule],
  controllers: [RoutingRulesController, RoutingSuggestionController],
  providers: [RoutingRulesService],
})
export class RoutingRulesModule {}
