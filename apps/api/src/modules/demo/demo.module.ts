import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo.seeder';

@Module({ imports: [UsersModule, RequestsModule], providers: [DemoSeeder] })
export class DemoModule {}
