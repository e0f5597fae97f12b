import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { hasAnyRole, loginPathFor, MFA_ENROLMENT_PATH } from '../access';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { withNext } from '../hooks/use-next-path';
import { NoAccess } from './NoAccess';

interface RequireAuthProps {
  /** The user needs at least one of these roles; none listed means any signed-in user. */
  roles?: readonly Role[];
  /** The second-factor enrolment itself, open to a user who must enrol before anything else. */
  enrolment?: boolean;
}

/** Guards the routes below it: visitors go to the login page and come back afterwards. */
export function RequireAuth({ roles = [], enrolment = false }: RequireAuthProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: user, isPending, error, refetch } = useGetCurrentUser();

  if (isPending) return <LoadingState label={t('access.checking')} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!user)
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  if (user.mfaEnrolmentRequired && !enrolment)
    return (
      <Navigate
        to={withNext(MFA_ENROLMENT_PATH, `${location.pathname}${location.search}`)}
        replace
      />
    );
  if (!hasAnyRole(user, roles)) return <NoAccess />;
  return <Outlet />;
}
