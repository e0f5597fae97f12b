import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { UsersModule } from '../users/users.module';
import { AdminMailsController } from './admin-mails.controller';
import { AdminNotificationsController } from './admin-notifications.controller';
import { AdminNotificationsService } from './admin-notifications.service';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';

@Module({
  imports: [UsersModule, CatalogueModule],
  controllers: [AdminMailsController, AdminNotificationsController, AdminUsersController],
  providers: [AdminUsersService, AdminNotificationsService],
})
export class AdminModule {}
