import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [UsersService, UsersRepository, PasswordHasher, PasswordPolicy],
  exports: [UsersService, UsersRepository, PasswordHasher, PasswordPolicy],
})
export class UsersModule {}
