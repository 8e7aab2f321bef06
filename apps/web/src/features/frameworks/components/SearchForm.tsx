import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MIN_LENGTH } from '../api/frameworks.api';

/** A search box for the frameworks' content; submits the trimmed term. */
export function SearchForm({
  initial = '',
  onSearch,
  autoFocus = false,
}: {
  initial?: string;
  onSearch: (q: string) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const term = q.trim();
    if (term.length < SEARCH_MIN_LENGTH) {
      setError(t('frameworks.search.tooShort', { min: SEARCH_MIN_LENGTH }));
      return;
    }
    setError(undefined);
    onSearch(term);
  };

  return (
    <form role="search" aria-label={t('frameworks.search.title')} onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          type="search"
          label={t('frameworks.search.label')}
          description={t('frameworks.search.hint')}
          placeholder={t('frameworks.search.placeholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          error={error}
          autoFocus={autoFocus}
          w={{ base: '100%', sm: 420 }}
        />
        <Button type="submit" mt={{ base: 0, sm: 'calc(var(--mantine-spacing-xl) * 1.55)' }}>
          {t('frameworks.search.submit')}
        </Button>
      </Group>
    </form>
  );
}
