import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ViewDate } from '../api/organisation.api';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The day a page looks at, kept in the address (`?date=2025-01-01`) so it can be shared. */
export function useViewDate(): [ViewDate, (date: ViewDate) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('date') ?? undefined;
  const date = raw && ISO_DATE.test(raw) ? raw : undefined;
  const setDate = (next: ViewDate) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next) copy.set('date', next);
        else copy.delete('date');
        return copy;
      },
      { replace: true },
    );
  return [date, setDate];
}

/** A native date field (keyboard and screen-reader friendly everywhere) plus "today". */
export function ViewDateInput({
  date,
  onChange,
  shownDate,
}: {
  date: ViewDate;
  onChange: (date: ViewDate) => void;
  /** The day the data on screen refers to (the API's answer), shown when no day was chosen. */
  shownDate?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        type="date"
        label={t('organisation.viewDate.label')}
        description={t('organisation.viewDate.hint')}
        value={date ?? shownDate ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === '' || ISO_DATE.test(value)) onChange(value || undefined);
        }}
        w={230}
      />
      <Button variant="default" onClick={() => onChange(undefined)} disabled={date === undefined}>
        {t('organisation.viewDate.today')}
      </Button>
    </Group>
  );
}
