import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RequestMessage } from '../messages/request-message.entity';
import { User } from '../users/user.entity';

/** A checked, complete file on a request; its bytes are in the file storage under `storageKey`. */
@Entity('attachment')
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => RequestMessage, { nullable: true })
  @JoinColumn({ name: 'message_id' })
  message: RequestMessage | null;

  /** Uploaded for a message not yet sent: only the uploader sees it. */
  @Column({ type: 'boolean' })
  pending: boolean;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy: User;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  /** bigint arrives as a string; files stay far below 2^53 bytes. */
  @Column({
    name: 'size_bytes',
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  size: number;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
