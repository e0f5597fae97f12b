import { INVITATION_VALID_DAYS, type Locale, type MailKind } from '@bgb/contracts';
import type { AppConfig } from '../../../config/app.config';
import {
  biobankQueueLink,
  invitationLink,
  notificationSettingsLink,
  notificationsLink,
  portalLink,
  requestLink,
  resetPasswordLink,
  verifyEmailLink,
} from '../links';
import { MAIL_KIND_TEMPLATES } from './mail-kinds';

/** Stands for a request in previews; the link shows where a real mail's button leads. */
const SAMPLE_REQUEST_ID = '2f6b0c1e-8d4a-4c55-9a0e-5b1d7e3c9a42';

/** Stands for the single-use token of an account mail or invitation; a preview's link opens nothing. */
const SAMPLE_TOKEN = 'sample-token';

const byLocale = {
  da: {
    biobank: 'Danske Cancer Biobank',
    biobanks: 'Danske Cancer Biobank, Patobiobanken',
    service: 'Støtte til biomarkørudvikling',
    message: 'Kan I oplyse, hvor mange af prøverne der er taget før behandlingsstart?',
    comment: 'Hvilke prøvetyper har I brug for, og hvor mange?',
    note: 'Brug gerne arkivmateriale fra 2015–2020.',
    roles: 'koordinator (Danske Cancer Biobank)',
    items:
      '• [BGB-2026-00042] Søren Holm har skrevet om din henvendelse »Plasmabiomarkører«\n• [BGB-2026-00051] Danske Cancer Biobank er gået i gang med din henvendelse »Kontrolprøver«',
  },
  en: {
    biobank: 'Danish Cancer Biobank',
    biobanks: 'Danish Cancer Biobank, The Pato Biobank',
    service: 'Biomarker development support',
    message: 'Could you tell us how many of the samples were taken before treatment started?',
    comment: 'Which sample types do you need, and how many?',
    note: 'Archive material from 2015–2020 is welcome.',
    roles: 'coordinator (Danish Cancer Biobank)',
    items:
      '• [BGB-2026-00042] Søren Holm wrote about your request “Plasma biomarkers”\n• [BGB-2026-00051] Danish Cancer Biobank started work on your request “Control samples”',
  },
};

/** Realistic values for any kind, as administrators preview it or send it as a test. */
export function sampleValues(
  config: Pick<AppConfig, 'PUBLIC_URL'>,
  kind: MailKind,
  locale: Locale,
): Record<string, string> & { link: string } {
  const links = {
    request: requestLink(config, SAMPLE_REQUEST_ID),
    biobankQueue: biobankQueueLink(config),
    notifications: notificationsLink(config),
    portal: portalLink(config),
    verifyEmail: verifyEmailLink(config, SAMPLE_TOKEN),
    resetPassword: resetPasswordLink(config, SAMPLE_TOKEN),
    invitation: invitationLink(config, SAMPLE_TOKEN),
  };
  return {
    reference: 'BGB-2026-00042',
    title: 'Plasmabiomarkører til tidlig opsporing af kræft i bugspytkirtlen',
    name: 'Mette Kjær',
    author: 'Søren Holm',
    researcher: 'Mette Kjær',
    institution: 'Aarhus Universitetshospital',
    email: 'mette.kjaer@rm.example',
    previousEmail: 'mette.kjaer@au.example',
    count: '2',
    days: String(INVITATION_VALID_DAYS),
    settings: notificationSettingsLink(config),
    ...byLocale[locale],
    link: links[MAIL_KIND_TEMPLATES[kind].action],
  };
}
