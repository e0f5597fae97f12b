import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';

/** Global: every module that changes accounts or settings records what it did. */
@Global()
@Module({
  providers: [AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
