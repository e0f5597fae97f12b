import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { MFA_ENROLMENT_PATH } from '../modules/auth/access';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { AppLayout } from './layout/AppLayout';

// Every page is its own chunk: a visitor downloads only the pages they open.
const HomePage = lazy(() => import('../modules/catalogue/pages/HomePage'));
const LoginPage = lazy(() => import('../modules/auth/pages/LoginPage'));
const RegisterPage = lazy(() => import('../modules/auth/pages/RegisterPage'));
const AcceptInvitationPage = lazy(() => import('../modules/auth/pages/AcceptInvitationPage'));
const VerifyEmailPage = lazy(() => import('../modules/auth/pages/VerifyEmailPage'));
const ForgotPasswordPage = lazy(() => import('../modules/auth/pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../modules/auth/pages/ResetPasswordPage'));
const AccountPage = lazy(() => import('../modules/account/pages/AccountPage'));
const MyRequestsPage = lazy(() => import('../modules/requests/pages/MyRequestsPage'));
const DraftPage = lazy(() => import('../modules/drafts/pages/DraftPage'));
const RequestDetailsPage = lazy(() => import('../modules/requests/pages/RequestDetailsPage'));
const TriageQueuePage = lazy(() => import('../modules/triage/pages/TriageQueuePage'));
const BiobankQueuePage = lazy(() => import('../modules/routing/pages/BiobankQueuePage'));
const MailsPage = lazy(() => import('../modules/admin/pages/MailsPage'));
const UsersPage = lazy(() => import('../modules/admin/pages/UsersPage'));
const OutboxPage = lazy(() => import('../modules/outbox/pages/OutboxPage'));
const MailTemplatesPage = lazy(() => import('../modules/admin/pages/MailTemplatesPage'));
const BiobanksPage = lazy(() => import('../modules/admin/pages/BiobanksPage'));
const AuditPage = lazy(() => import('../modules/admin/pages/AuditPage'));
const ServiceQuestionsPage = lazy(
  () => import('../modules/service-questions/pages/ServiceQuestionsPage'),
);
const RoutingRulesPage = lazy(() => import('../modules/routing-rules/pages/RoutingRulesPage'));
const NotificationsPage = lazy(() => import('../modules/notifications/pages/NotificationsPage'));
const NotificationPreferencesPage = lazy(
  () => import('../modules/notifications/pages/NotificationPreferencesPage'),
);
const UnsubscribePage = lazy(() => import('../modules/notifications/pages/UnsubscribePage'));
const SecurityPage = lazy(() => import('../modules/auth/pages/SecurityPage'));
const MfaEnrolmentPage = lazy(() => import('../modules/auth/pages/MfaEnrolmentPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      // Opened from the invitation mail, without a session: the token is what counts.
      { path: 'invitation', element: <AcceptInvitationPage /> },
      // Opened from mails, perhaps in another browser: the token is what counts.
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      // Opened from a mail, often without a session: the signed token is what counts.
      { path: 'unsubscribe', element: <UnsubscribePage /> },
      {
        element: <RequireAuth roles={['researcher']} />,
        children: [
          { path: 'requests', element: <MyRequestsPage /> },
          { path: 'requests/new', element: <DraftPage /> },
          { path: 'drafts/:id', element: <DraftPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          { path: 'requests/:id', element: <RequestDetailsPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'settings/notifications', element: <NotificationPreferencesPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: 'account/security', element: <SecurityPage /> },
        ],
      },
      {
        element: <RequireAuth enrolment />,
        children: [{ path: MFA_ENROLMENT_PATH.slice(1), element: <MfaEnrolmentPage /> }],
      },
      {
        element: <RequireAuth roles={['secretariat']} />,
        children: [{ path: 'triage', element: <TriageQueuePage /> }],
      },
      {
        element: <RequireAuth roles={['coordinator']} />,
        children: [{ path: 'biobank-queue', element: <BiobankQueuePage /> }],
      },
      {
        element: <RequireAuth roles={['admin']} />,
        children: [
          { path: 'admin/users', element: <UsersPage /> },
          { path: 'admin/routing-rules', element: <RoutingRulesPage /> },
          { path: 'admin/mails', element: <MailsPage /> },
          { path: 'admin/outbox', element: <OutboxPage /> },
          { path: 'admin/mail-templates', element: <MailTemplatesPage /> },
          { path: 'admin/biobanks', element: <BiobanksPage /> },
          { path: 'admin/audit', element: <AuditPage /> },
          { path: 'admin/service-questions', element: <ServiceQuestionsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
