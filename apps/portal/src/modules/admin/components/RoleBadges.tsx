import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@bgb/contracts';

/** Dark shades only: white badge text stays above 4.5:1 contrast on every one of them. */
const ROLE_COLORS: Record<Role, string> = {
  researcher: 'blue.9',
  secretariat: 'indigo.9',
  coordinator: 'teal.9',
  admin: 'grape.9',
};

/** A user's roles as words, always in the same order. */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {ROLES.filter((role) => roles.includes(role)).map((role) => (
        <li key={role}>
          <Badge
            variant="filled"
            color={ROLE_COLORS[role]}
            tt="none"
            size="md"
            styles={{ label: { overflow: 'visible' } }}
          >
            {t(`adminUsers.roles.${role}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
