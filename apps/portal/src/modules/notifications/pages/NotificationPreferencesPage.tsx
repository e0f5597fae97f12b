import { Alert, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_DELIVERIES,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationPreference,
} from '@bgb/contracts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { QueryBoundary } from '../../../components/QueryBoundary';
import { useDocumentTitle } from '../../../components/use-document-title';
import {
  useGetNotificationPreferences,
  useSetNotificationPreferences,
} from '../hooks/use-notification-preferences';

type FormValues = Partial<Record<NotificationKind, NotificationDelivery>>;

const toForm = (preferences: NotificationPreference[]): FormValues =>
  Object.fromEntries(preferences.filter((p) => !p.mandatory).map((p) => [p.kind, p.delivery]));

/** A radio group per kind; the mandatory kinds are shown as fixed, with the reason. */
export default function NotificationPreferencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('preferences.pageTitle'));
  // What the API holds: the form starts from it, and from each save.
  const stored = useGetNotificationPreferences();
  const { data } = stored;
  const save = useSetNotificationPreferences();
  const [saved, setSaved] = useState(false);
  const form = useForm<FormValues>({ defaultValues: {} });
  const { reset } = form;

  useEffect(() => {
    if (data) reset(toForm(data.preferences));
  }, [data, reset]);

  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    const preferences = Object.entries(values).map(([kind, delivery]) => ({
      kind: kind as NotificationKind,
      delivery: delivery as NotificationDelivery,
    }));
    save.mutate({ preferences }, { onSuccess: () => setSaved(true) });
  });

  return (
    <Stack gap="lg">
      <PageHeader title={t('preferences.title')} lead={t('preferences.intro')} />
      <QueryBoundary query={stored}>
        {(current) => (
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <Stack gap="md">
              {current.preferences.map((preference) =>
                preference.mandatory ? (
                  <Paper key={preference.kind} withBorder p="md">
                    <Text fw={600}>{t(`preferences.kinds.${preference.kind}.label`)}</Text>
                    <Text size="sm" c="gray.7">
                      {t(`preferences.kinds.${preference.kind}.description`)}
                    </Text>
                    <Text size="sm" mt="xs">
                      {t('preferences.mandatory')}
                    </Text>
                  </Paper>
                ) : (
                  <Paper key={preference.kind} withBorder p="md">
                    <Controller
                      control={form.control}
                      name={preference.kind}
                      render={({ field }) => (
                        <Radio.Group
                          label={t(`preferences.kinds.${preference.kind}.label`)}
                          description={t(`preferences.kinds.${preference.kind}.description`)}
                          value={field.value ?? 'immediate'}
                          onChange={(value) => field.onChange(value)}
                          name={preference.kind}
                        >
                          <Group mt="xs">
                            {NOTIFICATION_DELIVERIES.map((delivery) => (
                              <Radio
                                key={delivery}
                                value={delivery}
                                label={t(`preferences.delivery.${delivery}`)}
                              />
                            ))}
                          </Group>
                        </Radio.Group>
                      )}
                    />
                  </Paper>
                ),
              )}
              <div role="status">
                {saved && (
                  <Alert color="teal" variant="light">
                    {t('preferences.saved')}
                  </Alert>
                )}
              </div>
              {save.error && <ErrorAlert error={save.error} />}
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('preferences.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </QueryBoundary>
    </Stack>
  );
}
