import { Alert, Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { type Locale, isAppRole, isLocale } from '@tribeworks/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/api/auth.api';
import { errorRequestId, errorText } from '../../../api/error-text';
import { currentLocale } from '../../../i18n/i18n';
import { CopyableLink, ErrorAlert } from '../../../ui';
import { useInviteUser } from '../hooks/useUsers';
import { localeOptions, roleOptions } from './roleOptions';

interface Errors {
  email?: string;
  displayName?: string;
  roles?: string;
}

/**
 * Invites a user: the API creates the account without a password and answers with a one-time
 * link, shown here to copy (there is no e-mail sending yet).
 */
export function InviteUserForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const invite = useInviteUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['member']);
  const [locale, setLocale] = useState<Locale>(currentLocale(i18n));
  const [errors, setErrors] = useState<Errors>({});
  const requestId = errorRequestId(invite.error);

  if (invite.data) {
    return (
      <Stack gap="md" data-testid="invitation-result">
        <Alert color="green" variant="light" role="status">
          {t('users.invite.done', { name: invite.data.user.displayName })}
        </Alert>
        <CopyableLink
          label={t('users.invite.link')}
          description={t('users.invite.linkHint')}
          value={invite.data.invitationUrl}
          copyLabel={t('common.copy')}
          copiedLabel={t('common.copied')}
          data-testid="invitation-url"
        />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              invite.reset();
              setEmail('');
              setDisplayName('');
              setRoles(['member']);
            }}
          >
            {t('users.invite.another')}
          </Button>
          <Button onClick={onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = t('auth.validation.emailRequired');
    if (!displayName.trim()) found.displayName = t('auth.validation.nameRequired');
    if (roles.length === 0) found.roles = t('users.validation.rolesRequired');
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    invite.mutate({ email: email.trim(), displayName: displayName.trim(), roles, locale });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('users.invite.title')}>
      <Stack gap="md">
        {invite.isError ? (
          <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
            {errorText(t, invite.error)}
          </ErrorAlert>
        ) : null}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          withAsterisk
          data-autofocus
        />
        <TextInput
          label={t('auth.displayName')}
          autoComplete="off"
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
          withAsterisk
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
          <Button type="submit" loading={invite.isPending}>
            {t('users.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
