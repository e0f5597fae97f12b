import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { UsersModule } from '../users/users.module';
import { AdminInvitationsController, InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [UsersModule, CatalogueModule, AuthModule],
  controllers: [AdminInvitationsController, InvitationsController],
  providers: [InvitationsService],
  // Institutional sign-in accepts an invitation too.
  exports: [InvitationsService],
})
export class InvitationsModule {}
