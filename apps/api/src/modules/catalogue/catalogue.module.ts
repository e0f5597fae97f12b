import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Biobank } from './biobank.entity';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { Service } from './service.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Biobank, Service])],
  controllers: [CatalogueController],
  providers: [CatalogueService],
  exports: [CatalogueService],
})
export class CatalogueModule {}
