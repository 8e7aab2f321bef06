import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { useChangePassword } from '../hooks/useSession';
import {
  type NewPassword,
  type NewPasswordErrors,
  NewPasswordFields,
  checkNewPassword,
} from './NewPasswordFields';
import { PasswordField } from './PasswordField';

/** Current password + new one twice. The server ends every other session on success. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('auth.changePassword.title')} centered>
      {/* Mounted only while open, so every opening starts empty. */}
      {opened ? <ChangePasswordForm onClose={onClose} /> : null}
    </Modal>
  );
}

function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassword>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<NewPasswordErrors & { current?: string }>({});

  if (change.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status">
          {t('auth.changePassword.done')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = checkNewPassword(t, next);
    if (!current) found.current = t('auth.validation.passwordRequired');
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    change.mutate({ currentPassword: current, newPassword: next.password });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {change.isError ? <ErrorAlert>{errorText(t, change.error)}</ErrorAlert> : null}
        <PasswordField
          label={t('auth.currentPassword')}
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={errors.current}
          withAsterisk
          data-autofocus
        />
        <NewPasswordFields value={next} onChange={setNext} errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('auth.changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
