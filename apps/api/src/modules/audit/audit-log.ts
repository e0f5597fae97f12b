import type { AuditAction } from '@bgb/contracts';
import { createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth.decorators';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  /** Who acted; null for an anonymous caller (a failed login, a reset request). */
  actor: Pick<AuthUser, 'id' | 'email'> | null;
  target?: { type: string; id: string };
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Detail keys that could carry a secret; such values never reach the trail, whatever a caller passes. */
const SECRET_KEY = /password|token|secret|recovery|otp|^code$/i;

export function withoutSecrets(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}

/** The acting user and client address of a request, as an audit entry records them. */
export function auditOrigin(req: Request): AuditOrigin {
  const user = req.user as AuthUser | undefined;
  return { actor: user ? { id: user.id, email: user.email } : null, ip: req.ip ?? null };
}

export type AuditOrigin = Pick<AuditEntry, 'actor' | 'ip'>;

/**
 * An entry for a person acting on their own account, who is both its actor and its target:
 * also when they are not logged in, as with a link from a mail.
 */
export function ownAccountEntry(
  action: AuditAction,
  person: Pick<AuthUser, 'id' | 'email'>,
  req: Request,
): AuditEntry {
  return {
    action,
    actor: { id: person.id, email: person.email },
    target: { type: 'user', id: person.id },
    ip: auditOrigin(req).ip,
  };
}

/** The acting user and client address of the current request, for a service to record. */
export const RequestOrigin = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuditOrigin =>
    auditOrigin(context.switchToHttp().getRequest<Request>()),
);

/** Writes the audit trail. Pass the transaction's manager so the entry lands with the change. */
@Injectable()
export class AuditLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
        action: entry.action,
        actorId: entry.actor?.id ?? null,
        actorEmail: entry.actor?.email ?? null,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        ip: entry.ip ?? null,
        details: withoutSecrets(entry.details ?? {}),
      }),
    );
  }
}
