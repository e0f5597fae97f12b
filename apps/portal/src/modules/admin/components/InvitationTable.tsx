import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@bgb/contracts';
import { DataTable } from '../../../components/DataTable';
import { useFormatDate } from '../../../components/format-date';
import { useGetCatalogueNames } from '../../catalogue/hooks/use-get-catalogue-names';
import { RoleBadges } from './RoleBadges';

interface InvitationTableProps {
  invitations: Invitation[];
  onRevoke: (invitation: Invitation) => void;
}

/** Pending invitations: to whom, which roles, until when; each can be revoked. */
export function InvitationTable({ invitations, onRevoke }: InvitationTableProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { biobankName } = useGetCatalogueNames();
  return (
    <DataTable
      label={t('invitations.tableLabel')}
      headers={(['email', 'roles', 'biobanks', 'invitedBy', 'expiresAt', 'actions'] as const).map(
        (column) => t(`invitations.columns.${column}`),
      )}
      minWidth={760}
      striped
    >
      {invitations.map((invitation) => (
        <Table.Tr key={invitation.id} data-invitation-id={invitation.id}>
          <Table.Th scope="row" style={{ overflowWrap: 'anywhere' }}>
            {invitation.email}
          </Table.Th>
          <Table.Td>
            <RoleBadges roles={invitation.roles} />
          </Table.Td>
          <Table.Td>{invitation.biobankCodes.map(biobankName).join(', ')}</Table.Td>
          <Table.Td>{invitation.invitedBy?.name ?? ''}</Table.Td>
          <Table.Td>{formatDate(invitation.expiresAt, { withTime: true })}</Table.Td>
          <Table.Td>
            <Button
              variant="default"
              color="red"
              size="compact-sm"
              aria-label={t('invitations.revokeFor', { email: invitation.email })}
              onClick={() => onRevoke(invitation)}
            >
              {t('invitations.revoke')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
