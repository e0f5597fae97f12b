import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An offering in the catalogue (the domain word is "service"). */
@Entity('service')
export class Service {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ name: 'name_da', type: 'text' })
  nameDa: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'description_da', type: 'text' })
  descriptionDa: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  @Column({ type: 'boolean' })
  active: boolean;
}
