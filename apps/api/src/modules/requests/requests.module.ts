import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ServiceQuestionsModule } from '../service-questions/service-questions.module';
import { RequestsController } from './requests.controller';
import { RequestEvents } from './request-events';
import { RequestWriter } from './request-writer';
import { RequestsRepository } from './requests.repository';
import { RequestsService } from './requests.service';

@Module({
  imports: [CatalogueModule, ServiceQuestionsModule],
  controllers: [RequestsController],
  providers: [RequestsService, RequestsRepository, RequestWriter, RequestEvents],
  exports: [RequestsService, RequestsRepository, RequestWriter, RequestEvents],
})
export class RequestsModule {}
