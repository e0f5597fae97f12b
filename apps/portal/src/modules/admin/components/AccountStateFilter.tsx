import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_STATES, type AccountState } from '@bgb/contracts';

interface AccountStateFilterProps {
  value: AccountState | undefined;
  onChange: (state: AccountState | undefined) => void;
}

const ALL = 'all';

/** Every account, only active ones, or only deactivated ones. */
export function AccountStateFilter({ value, onChange }: AccountStateFilterProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm" id="account-state-label">
        {t('adminUsers.stateFilter')}
      </Text>
      <SegmentedControl
        aria-labelledby="account-state-label"
        value={value ?? ALL}
        onChange={(chosen) => onChange(chosen === ALL ? undefined : (chosen as AccountState))}
        data={[
          { value: ALL, label: t('adminUsers.state.all') },
          ...ACCOUNT_STATES.map((state) => ({
            value: state,
            label: t(`adminUsers.state.${state}`),
          })),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
    </Stack>
  );
}
