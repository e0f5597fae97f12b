import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_VALID_DAYS, type Invitation } from '@bgb/contracts';
import { ConfirmDialog } from '../../../components/dialogs/ConfirmDialog';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useListInvitations, useRevokeInvitation } from '../hooks/use-invitations';
import { InvitationTable } from './InvitationTable';
import { InviteUserModal } from './InviteUserModal';

/** Inviting people by e-mail, and the invitations still waiting to be accepted. */
export function InvitationsSection() {
  const { t } = useTranslation();
  const invitations = useListInvitations();
  const revoke = useRevokeInvitation();
  const [inviting, setInviting] = useState(false);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="md" component="section" aria-labelledby="invitations-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} size="h3" id="invitations-heading">
            {t('invitations.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('invitations.intro', { count: INVITATION_VALID_DAYS })}
          </Text>
        </Stack>
        <Button
          onClick={() => {
            setNotice(null);
            setInviting(true);
          }}
        >
          {t('invitations.invite')}
        </Button>
      </Group>
      {/* Polite but not a second `status`: the page's own status region is the user list's. */}
      <div aria-live="polite">
        {notice && (
          <Alert color="teal" variant="light">
            {notice}
          </Alert>
        )}
      </div>
      <QueryBoundary query={invitations}>
        {({ items }) =>
          items.length === 0 ? (
            <Text c="gray.7">{t('invitations.empty')}</Text>
          ) : (
            <InvitationTable
              invitations={items}
              onRevoke={(invitation) => {
                setNotice(null);
                revoke.reset();
                setRevoking(invitation);
              }}
            />
          )
        }
      </QueryBoundary>
      <InviteUserModal
        opened={inviting}
        onClose={() => setInviting(false)}
        onInvited={(invitation) => {
          setInviting(false);
          setNotice(t('invitations.sent', { email: invitation.email }));
        }}
      />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('invitations.revokeTitle')}
        text={t('invitations.revokeText', { email: revoking?.email ?? '' })}
        confirmLabel={t('invitations.revoke')}
        danger
        pending={revoke.isPending}
        error={revoke.error}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setNotice(t('invitations.revoked', { email: revoking.email }));
              setRevoking(null);
            },
          })
        }
      />
    </Stack>
  );
}
