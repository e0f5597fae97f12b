import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { hasAnyRole, loginPathFor } from '../access';
import { useGetCurrentUser } from '../hooks/use-get-current-user';
import { NoAccess } from './NoAccess';

interface RequireAuthProps {
  /** The user needs at least one of these roles; none listed means any signed-in user. */
  roles?: readonly Role[];
}

/** Guards the routes below it: visitors go to the login page and come back afterwards. */
export function RequireAuth({ roles = [] }: RequireAuthProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: user, isPending, error, refetch } = useGetCurrentUser();

  if (isPending) return <LoadingState label={t('access.checking')} />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!user)
    return <Navigate to={loginPathFor(`${location.pathname}${location.search}`)} replace />;
  if (!hasAnyRole(user, roles)) return <NoAccess />;
  return <Outlet />;
}
