import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { useRequestPasswordReset } from '../hooks/usePublicAuth';

/** Asks for a reset link. The answer is the same whether the account exists or not. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim()) {
      setError(t('auth.validation.emailRequired'));
      return;
    }
    setError(undefined);
    request.mutate(email.trim());
  };

  if (request.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status">
          {t('auth.forgot.sent')}
        </Alert>
        <Anchor component={Link} to="/login" size="sm">
          {t('auth.backToLogin')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.forgot.title')}>
      <Stack gap="md">
        {request.isError ? <ErrorAlert>{errorText(t, request.error)}</ErrorAlert> : null}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={error}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('auth.forgot.submit')}
        </Button>
        <Anchor component={Link} to="/login" size="sm" ta="center">
          {t('auth.backToLogin')}
        </Anchor>
      </Stack>
    </form>
  );
}
