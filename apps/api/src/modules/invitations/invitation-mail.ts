import { INVITATION_VALID_DAYS, type Locale, type Role, ROLES } from '@bgb/contracts';
import type { AppConfig } from '../../config/app.config';
import { invitationLink } from '../notifications/links';
import type { OutgoingMail } from '../notifications/outgoing-mail';

/** How the invitation mail names each role, as the portal does. */
const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  da: {
    researcher: 'forsker',
    secretariat: 'sekretariatsmedarbejder',
    coordinator: 'koordinator',
    admin: 'administrator',
  },
  en: {
    researcher: 'researcher',
    secretariat: 'member of the secretariat',
    coordinator: 'coordinator',
    admin: 'administrator',
  },
};

const AND: Record<Locale, string> = { da: 'og', en: 'and' };

/** `coordinator of Danish Cancer Biobank and administrator`: the roles in the mail's language. */
export function describeRoles(locale: Locale, roles: Role[], biobankNames: string[]): string {
  const names = ROLES.filter((role) => roles.includes(role)).map((role) =>
    role === 'coordinator'
      ? `${ROLE_NAMES[locale].coordinator} (${biobankNames.join(', ')})`
      : ROLE_NAMES[locale][role],
  );
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} ${AND[locale]} ${names.at(-1)}`
    : names.join('');
}

/**
 * The invitation mail: to an address, not yet a person, so outside anyone's notification
 * preferences (no in-app notification, no unsubscribe link).
 */
export function invitationMail(
  config: Pick<AppConfig, 'PUBLIC_URL'>,
  invitation: { id: string; email: string; locale: Locale },
  token: string,
  values: { author: string; roles: string },
): OutgoingMail {
  return {
    kind: 'invitation',
    idempotencyKey: `invitation:${invitation.id}`,
    requestId: null,
    userId: null,
    recipient: invitation.email,
    locale: invitation.locale,
    values: { ...values, days: String(INVITATION_VALID_DAYS), link: invitationLink(config, token) },
  };
}
