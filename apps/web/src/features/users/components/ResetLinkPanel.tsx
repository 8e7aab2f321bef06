import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text';
import { CopyableLink, ErrorAlert } from '../../../ui';
import type { User } from '../api/users.api';
import { useCreateResetLink } from '../hooks/useUsers';

/** Creates a one-time reset link for a user, for the admin to hand over. */
export function ResetLinkPanel({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateResetLink();
  return (
    <Stack gap="md">
      <Text size="sm">{t('users.resetLink.intro', { name: user.displayName })}</Text>
      {create.isError ? <ErrorAlert>{errorText(t, create.error)}</ErrorAlert> : null}
      {create.data ? (
        <CopyableLink
          label={t('users.resetLink.link')}
          description={t('users.resetLink.hint')}
          value={create.data.resetUrl}
          copyLabel={t('common.copy')}
          copiedLabel={t('common.copied')}
          data-testid="reset-url"
        />
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.close')}
        </Button>
        {create.data ? null : (
          <Button loading={create.isPending} onClick={() => create.mutate(user.id)} data-autofocus>
            {t('users.resetLink.create')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
