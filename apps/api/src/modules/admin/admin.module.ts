import { Module } from '@nestjs/common';
import { AdminMailsController } from './admin-mails.controller';

@Module({ controllers: [AdminMailsController] })
export class AdminModule {}
