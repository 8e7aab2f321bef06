import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { ErrorCode, type Locale, isAppRole, isLocale } from '@tribeworks/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/api/auth.api';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import type { User } from '../api/users.api';
import { useUpdateUser, useUsers } from '../hooks/useUsers';
import { localeOptions, roleOptions } from './roleOptions';

/** Someone else saved this user since the list was read: offer to reload, never overwrite. */
export function StaleVersionAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert>
      <Stack gap="xs" align="flex-start">
        {t('errors.staleVersion')}
        <Button size="xs" variant="default" onClick={onReload}>
          {t('users.reload')}
        </Button>
      </Stack>
    </ErrorAlert>
  );
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.code === ErrorCode.StaleVersion;
}

/** Name, roles and language of one user, saved with the version that was read. */
export function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const users = useUsers({ enabled: false });
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [errors, setErrors] = useState<{ displayName?: string; roles?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!displayName.trim()) found.displayName = t('auth.validation.nameRequired');
    if (roles.length === 0) found.roles = t('users.validation.rolesRequired');
    setErrors(found);
    if (found.displayName || found.roles) return;
    update.mutate(
      { id: user.id, version: user.version, displayName: displayName.trim(), roles, locale },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {isStale(update.error) ? (
          <StaleVersionAlert
            onReload={() => {
              void users.refetch();
              onDone();
            }}
          />
        ) : update.isError ? (
          <ErrorAlert>{errorText(t, update.error)}</ErrorAlert>
        ) : null}
        <TextInput
          label={t('auth.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
          withAsterisk
          data-autofocus
        />
        <MultiSelect
          label={t('users.roles')}
          data={roleOptions(t)}
          value={roles}
          onChange={(value) => setRoles(value.filter(isAppRole))}
          error={errors.roles}
          withAsterisk
          comboboxProps={{ withinPortal: false }}
        />
        <Select
          label={t('users.language')}
          data={localeOptions(t)}
          value={locale}
          onChange={(value) => isLocale(value) && setLocale(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Deactivate (ends their sessions) or reactivate, after a confirmation. */
export function ActivationForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const users = useUsers({ enabled: false });
  const deactivate = user.isActive;
  return (
    <Stack gap="md">
      {isStale(update.error) ? (
        <StaleVersionAlert
          onReload={() => {
            void users.refetch();
            onDone();
          }}
        />
      ) : update.isError ? (
        <ErrorAlert>{errorText(t, update.error)}</ErrorAlert>
      ) : null}
      {deactivate
        ? t('users.deactivate.confirm', { name: user.displayName })
        : t('users.reactivate.confirm', { name: user.displayName })}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          color={deactivate ? 'red' : undefined}
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { id: user.id, version: user.version, isActive: !deactivate },
              { onSuccess: onDone },
            )
          }
        >
          {deactivate ? t('users.deactivate.action') : t('users.reactivate.action')}
        </Button>
      </Group>
    </Stack>
  );
}
