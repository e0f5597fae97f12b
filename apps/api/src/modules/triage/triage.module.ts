import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { UsersModule } from '../users/users.module';
import { TriageController } from './triage.controller';
import { TriageService } from './triage.service';

@Module({
  imports: [RequestsModule, UsersModule],
  controllers: [TriageController],
  providers: [TriageService],
})
export class TriageModule {}
