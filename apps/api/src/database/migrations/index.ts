import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { CatalogueReferenceData1764000000001 } from './1764000000001-CatalogueReferenceData';
import { RequestMessages1764000000002 } from './1764000000002-RequestMessages';
import { TriageQueue1764000000003 } from './1764000000003-TriageQueue';
import { Routing1764000000004 } from './1764000000004-Routing';
import { QueueFilterIndexes1764000000005 } from './1764000000005-QueueFilterIndexes';
import { RoutingRules1764000000006 } from './1764000000006-RoutingRules';
import { NotificationDelivery1764000000007 } from './1764000000007-NotificationDelivery';
import { NotificationPreferences1764000000008 } from './1764000000008-NotificationPreferences';
import { QueueFilterFacets1764000000009 } from './1764000000009-QueueFilterFacets';
import { BiobankMailbox1764000000010 } from './1764000000010-BiobankMailbox';
import { RequestDrafts1764000000011 } from './1764000000011-RequestDrafts';
import { ServiceQuestions1764000000012 } from './1764000000012-ServiceQuestions';
import { Attachments1764000000013 } from './1764000000013-Attachments';
import { OutboxMailAndInAppNotification1764000000014 } from './1764000000014-OutboxMailAndInAppNotification';
import { AccountTokens1764000000015 } from './1764000000015-AccountTokens';
import { AuditEvents1764000000016 } from './1764000000016-AuditEvents';
import { RateLimitCounters1764000000017 } from './1764000000017-RateLimitCounters';
import { UserIdentities1764000000018 } from './1764000000018-UserIdentities';
import { TotpSecondFactor1764000000019 } from './1764000000019-TotpSecondFactor';
import { DeactivationAndInvitations1764000000020 } from './1764000000020-DeactivationAndInvitations';
import { SessionIds1764000000021 } from './1764000000021-SessionIds';

/** In order; listed explicitly so the compiled API needs no file globbing. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  CatalogueReferenceData1764000000001,
  RequestMessages1764000000002,
  TriageQueue1764000000003,
  Routing1764000000004,
  QueueFilterIndexes1764000000005,
  RoutingRules1764000000006,
  NotificationDelivery1764000000007,
  NotificationPreferences1764000000008,
  QueueFilterFacets1764000000009,
  BiobankMailbox1764000000010,
  RequestDrafts1764000000011,
  ServiceQuestions1764000000012,
  Attachments1764000000013,
  OutboxMailAndInAppNotification1764000000014,
  AccountTokens1764000000015,
  AuditEvents1764000000016,
  RateLimitCounters1764000000017,
  UserIdentities1764000000018,
  TotpSecondFactor1764000000019,
  DeactivationAndInvitations1764000000020,
  SessionIds1764000000021,
];
