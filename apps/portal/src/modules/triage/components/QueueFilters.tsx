import { Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, Priority, REQUEST_SORTS, RequestSort } from '@bgb/contracts';
import type { RequestListFilter } from '../../../api/query-keys';
import { useLocalizedText } from '../../../components/use-locale';
import { useListBiobanks } from '../../catalogue/hooks/use-list-biobanks';
import { useListServices } from '../../catalogue/hooks/use-list-services';
import { useListCaseHandlers } from '../hooks/use-list-case-handlers';
import { StatusFilter } from './StatusFilter';

interface QueueFiltersProps {
  filter: RequestListFilter;
  onChange: (changes: Partial<RequestListFilter>) => void;
  /** Only the secretariat assigns case handlers. */
  withCaseHandler?: boolean;
}

const SELECT_WIDTH = { base: '100%', xs: 220 };

/** The queue's filters, search and order; every change goes straight to the list. */
export function QueueFilters({ filter, onChange, withCaseHandler = false }: QueueFiltersProps) {
  const { t } = useTranslation();
  const localized = useLocalizedText();
  const biobanks = useListBiobanks();
  const services = useListServices();
  const caseHandlers = useListCaseHandlers(withCaseHandler);
  const [search, setSearch] = useState(filter.q ?? '');

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: search.trim() || undefined });
  };

  return (
    <Stack component="section" aria-label={t('queue.filtersLabel')} gap="sm">
      <form role="search" onSubmit={submitSearch}>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="search"
            label={t('queue.search')}
            description={t('queue.searchHelp')}
            value={search}
            maxLength={200}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', xs: 360 }}
          />
          <Button type="submit">{t('queue.searchButton')}</Button>
        </Group>
      </form>
      <Group align="flex-end" gap="sm">
        <StatusFilter value={filter.status} onChange={(status) => onChange({ status })} />
        <NativeSelect
          label={t('queue.biobank')}
          value={filter.biobank ?? ''}
          onChange={(event) => onChange({ biobank: event.currentTarget.value || undefined })}
          data={[
            { value: '', label: t('queue.allBiobanks') },
            ...(biobanks.data ?? []).map((biobank) => ({
              value: biobank.code,
              label: `${localized(biobank.name)} (${biobank.code})`,
            })),
          ]}
          w={SELECT_WIDTH}
        />
        <NativeSelect
          label={t('queue.service')}
          value={filter.service ?? ''}
          onChange={(event) => onChange({ service: event.currentTarget.value || undefined })}
          data={[
            { value: '', label: t('queue.allServices') },
            ...(services.data ?? []).map((service) => ({
              value: service.id,
              label: localized(service.name),
            })),
          ]}
          w={SELECT_WIDTH}
        />
        {withCaseHandler && (
          <NativeSelect
            label={t('queue.assignee')}
            value={filter.assignee ?? ''}
            onChange={(event) => onChange({ assignee: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('queue.allAssignees') },
              { value: 'me', label: t('queue.mine') },
              { value: 'none', label: t('queue.unassigned') },
              ...(caseHandlers.data ?? []).map((person) => ({
                value: person.id,
                label: person.name,
              })),
            ]}
            w={SELECT_WIDTH}
          />
        )}
        <NativeSelect
          label={t('queue.priority')}
          value={filter.priority ?? ''}
          onChange={(event) => {
            const parsed = Priority.safeParse(event.currentTarget.value);
            onChange({ priority: parsed.success ? parsed.data : undefined });
          }}
          data={[
            { value: '', label: t('queue.allPriorities') },
            ...PRIORITIES.map((priority) => ({
              value: priority,
              label: t(`priority.${priority}`),
            })),
          ]}
          w={SELECT_WIDTH}
        />
        <NativeSelect
          label={t('queue.sort')}
          value={filter.sort ?? 'newest'}
          onChange={(event) => {
            const parsed = RequestSort.safeParse(event.currentTarget.value);
            onChange({
              sort: parsed.success && parsed.data !== 'newest' ? parsed.data : undefined,
            });
          }}
          data={REQUEST_SORTS.map((sort) => ({ value: sort, label: t(`queue.sorts.${sort}`) }))}
          w={SELECT_WIDTH}
        />
        <Checkbox
          label={t('queue.onlyOverdue')}
          checked={filter.overdue ?? false}
          onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
    </Stack>
  );
}
