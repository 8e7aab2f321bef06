import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../users/api/users.api';
import type { AuditFilter } from '../api/audit.api';
import { AUDIT_ENTITY_TYPES, entityTypeLabel } from './entityTypes';

/** Filters apply on "Apply" (or Enter), not on every keystroke. */
export function AuditFilters({
  value,
  onChange,
  users,
}: {
  value: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  users: User[];
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilter>(value);
  const set = (patch: Partial<AuditFilter>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(clean(draft));
  };

  return (
    <form onSubmit={submit} aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm" mb="sm">
        <Select
          label={t('audit.entityType')}
          placeholder={t('audit.any')}
          data={AUDIT_ENTITY_TYPES.map((type) => ({
            value: type,
            label: entityTypeLabel(t, type),
          }))}
          value={draft.entityType ?? null}
          onChange={(entityType) => set({ entityType: entityType ?? undefined })}
          clearable
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('audit.entityId')}
          value={draft.entityId ?? ''}
          onChange={(event) => set({ entityId: event.currentTarget.value })}
        />
        <Select
          label={t('audit.user')}
          placeholder={t('audit.anyone')}
          data={users.map((user) => ({
            value: user.id,
            label: `${user.displayName} (${user.email})`,
          }))}
          value={draft.userId ?? null}
          onChange={(userId) => set({ userId: userId ?? undefined })}
          searchable
          clearable
          nothingFoundMessage={t('audit.noUserFound')}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={draft.from ?? ''}
          max={draft.to || undefined}
          onChange={(event) => set({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={draft.to ?? ''}
          min={draft.from || undefined}
          onChange={(event) => set({ to: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Group gap="sm" mb="lg">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft({});
            onChange({});
          }}
        >
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}

/** Empty fields are no filter (and do not change the query key). */
function clean(filter: AuditFilter): AuditFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  ) as AuditFilter;
}
