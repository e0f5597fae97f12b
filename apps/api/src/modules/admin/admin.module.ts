import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { UsersModule } from '../users/users.module';
import { AdminBiobanksController } from './admin-biobanks.controller';
import { AdminBiobanksService } from './admin-biobanks.service';
import { AdminMailTemplatesController } from './admin-mail-templates.controller';
import { AdminMailTemplatesService } from './admin-mail-templates.service';
import { AdminMailsController } from './admin-mails.controller';
import { AdminOutboxController } from './admin-outbox.controller';
import { AdminOutboxService } from './admin-outbox.service';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';

@Module({
  imports: [UsersModule, CatalogueModule, AuthModule],
  controllers: [
    AdminMailsController,
    AdminOutboxController,
    AdminUsersController,
    AdminMailTemplatesController,
    AdminBiobanksController,
  ],
  providers: [
    AdminUsersService,
    AdminOutboxService,
    AdminMailTemplatesService,
    AdminBiobanksService,
  ],
})
export class AdminModule {}
