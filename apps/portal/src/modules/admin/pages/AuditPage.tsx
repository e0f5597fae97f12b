import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, AuditAction, ListAuditEventsQuery } from '@bgb/contracts';
import type { AuditFilter } from '../../../api/query-keys';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { useDocumentTitle } from '../../../components/use-document-title';
import { AuditTable } from '../components/AuditTable';
import { useListAuditEvents } from '../hooks/use-list-audit-events';

const ALL = 'all';
const FIELDS = ['action', 'actor', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

/** The admin's days are local days: a day runs from its first to its last local millisecond. */
function toFilter(values: Values): AuditFilter {
  return {
    action: AuditAction.safeParse(values.action).data,
    actor: values.actor.trim() || undefined,
    from: values.from ? new Date(`${values.from}T00:00:00`).toISOString() : undefined,
    to: values.to ? new Date(`${values.to}T23:59:59.999`).toISOString() : undefined,
  };
}

/** Security and administrative events, newest first; the filters live in the address. */
export default function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.pageTitle'));
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(
    FIELDS.map((field) => [field, params.get(field) ?? '']),
  ) as Values;
  const [values, setValues] = useState<Values>(applied);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const list = useListAuditEvents(toFilter(applied));

  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The API's own rules, checked here first so a mistyped actor is named at its field.
    const checked = ListAuditEventsQuery.safeParse(toFilter(values));
    if (!checked.success) {
      setErrors(
        Object.fromEntries(
          checked.error.issues.map((issue) => [
            issue.path[0],
            t(`audit.invalid.${String(issue.path[0])}`),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setParams(
      Object.fromEntries(
        FIELDS.filter((field) => values[field].trim()).map((field) => [
          field,
          values[field].trim(),
        ]),
      ),
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('audit.title')} lead={t('audit.intro')} />
      <form role="search" aria-label={t('audit.filtersLabel')} onSubmit={onSubmit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <NativeSelect
            label={t('audit.filter.action')}
            value={values.action || ALL}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, action: value === ALL ? '' : value }));
            }}
            data={[
              { value: ALL, label: t('audit.filter.allActions') },
              ...AUDIT_ACTIONS.map((value) => ({ value, label: t(`audit.actions.${value}`) })),
            ]}
          />
          <TextInput
            label={t('audit.filter.actor')}
            description={t('audit.filter.actorHint')}
            value={values.actor}
            onChange={set('actor')}
            error={errors.actor}
            autoComplete="off"
          />
          <TextInput
            type="date"
            label={t('audit.filter.from')}
            value={values.from}
            onChange={set('from')}
            error={errors.from}
          />
          <TextInput
            type="date"
            label={t('audit.filter.to')}
            value={values.to}
            onChange={set('to')}
            error={errors.to}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.filter.apply')}</Button>
        </Group>
      </form>
      <div aria-busy={list.isFetching && !list.isFetchingNextPage}>
        <PagedList list={list} empty={t('audit.empty')}>
          {(events) => <AuditTable events={events} />}
        </PagedList>
      </div>
    </Stack>
  );
}
