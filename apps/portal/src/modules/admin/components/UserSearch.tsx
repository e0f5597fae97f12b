import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_USER_SEARCH_MAX_LENGTH } from '@bgb/contracts';

interface UserSearchProps {
  onSearch: (search: string) => void;
}

/** Searches as the admin types, once they pause; Enter searches at once. */
export function UserSearch({ onSearch }: UserSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedCallback((value: string) => onSearch(value.trim()), 300);

  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        search.flush();
      }}
    >
      <TextInput
        type="search"
        label={t('adminUsers.searchLabel')}
        value={text}
        maxLength={ADMIN_USER_SEARCH_MAX_LENGTH}
        autoComplete="off"
        onChange={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        maw={480}
      />
    </form>
  );
}
