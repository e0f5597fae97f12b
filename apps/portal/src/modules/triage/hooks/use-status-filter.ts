import { useSearchParams } from 'react-router';
import { RequestStatus } from '@bgb/contracts';

/** The triage queue's status filter lives in the URL (`?status=submitted`), so it can be shared. */
export function useStatusFilter() {
  const [params, setParams] = useSearchParams();
  const parsed = RequestStatus.safeParse(params.get('status'));
  const status = parsed.success ? parsed.data : undefined;
  const setStatus = (next: RequestStatus | undefined) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('status', next);
        else updated.delete('status');
        return updated;
      },
      { replace: true },
    );
  };
  return { status, setStatus };
}
