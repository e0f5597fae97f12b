import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATUSES, RequestStatus } from '@bgb/contracts';

interface StatusFilterProps {
  value: RequestStatus | undefined;
  onChange: (status: RequestStatus | undefined) => void;
}

export function StatusFilter({ value, onChange }: StatusFilterProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('triage.filterLabel')}
      value={value ?? ''}
      onChange={(event) => {
        const parsed = RequestStatus.safeParse(event.currentTarget.value);
        onChange(parsed.success ? parsed.data : undefined);
      }}
      data={[
        { value: '', label: t('triage.allStatuses') },
        ...REQUEST_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
      ]}
      w={{ base: '100%', xs: 220 }}
    />
  );
}
