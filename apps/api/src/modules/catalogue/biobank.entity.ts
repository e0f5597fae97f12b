import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('biobank')
export class Biobank {
  @PrimaryColumn({ type: 'text' })
  code: string;

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

  /** Hears of what the biobank's coordinators hear of; addressed in Danish, to the biobank. */
  @Column({ name: 'shared_mailbox', type: 'text', nullable: true })
  sharedMailbox: string | null;
}
