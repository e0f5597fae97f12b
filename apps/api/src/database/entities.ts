import { Attachment } from '../modules/attachments/attachment.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { AccountToken } from '../modules/auth/account-token.entity';
import { MfaRecoveryCode } from '../modules/auth/mfa-recovery-code.entity';
import { UserSession } from '../modules/auth/user-session.entity';
import { Biobank } from '../modules/catalogue/biobank.entity';
import { Service } from '../modules/catalogue/service.entity';
import { Invitation } from '../modules/invitations/invitation.entity';
import { RequestMessage } from '../modules/messages/request-message.entity';
import { InAppNotification } from '../modules/notifications/in-app-notification.entity';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity';
import { OutboxMail } from '../modules/notifications/outbox-mail.entity';
import { UserIdentity } from '../modules/oidc/user-identity.entity';
import { RequestEvent } from '../modules/requests/request-event.entity';
import { ServiceRequest } from '../modules/requests/service-request.entity';
import { Routing } from '../modules/routing/routing.entity';
import { RoutingRule } from '../modules/routing-rules/routing-rule.entity';
import { ServiceQuestionSet } from '../modules/service-questions/service-question-set.entity';
import { User } from '../modules/users/user.entity';

export const ENTITIES = [
  User,
  UserSession,
  AccountToken,
  Biobank,
  Service,
  ServiceRequest,
  RequestEvent,
  RequestMessage,
  Routing,
  RoutingRule,
  ServiceQuestionSet,
  Attachment,
  OutboxMail,
  NotificationPreference,
  InAppNotification,
  AuditEvent,
  Invitation,
  MfaRecoveryCode,
  UserIdentity,
];
