import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { RequestsModule } from '../requests/requests.module';
import { RoutingController } from './routing.controller';
import { RoutingService } from './routing.service';

@Module({
  imports: [RequestsModule, CatalogueModule],
  controllers: [RoutingController],
  providers: [RoutingService],
})
export class RoutingModule {}
