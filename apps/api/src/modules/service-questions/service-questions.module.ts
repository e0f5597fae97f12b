import { Module } from '@nestjs/common';
import {
  AdminServiceQuestionsController,
  ServiceQuestionsController,
} from './service-questions.controller';
import { ServiceQuestionsService } from './service-questions.service';

@Module({
  controllers: [ServiceQuestionsController, AdminServiceQuestionsController],
  providers: [ServiceQuestionsService],
  exports: [ServiceQuestionsService],
})
export class ServiceQuestionsModule {}
