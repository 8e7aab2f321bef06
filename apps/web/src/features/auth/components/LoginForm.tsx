import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { errorRequestId, errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { useLogin } from '../hooks/useSession';
import { PasswordField } from './PasswordField';

interface Errors {
  email?: string;
  password?: string;
}

/** E-mail and password. Where to go afterwards is the page's business. */
export function LoginForm({ sessionEnded = false }: { sessionEnded?: boolean }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // Support needs the request id of a server failure, not of a mistyped password.
  const requestId =
    login.error instanceof ApiError && login.error.status >= 500
      ? errorRequestId(login.error)
      : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = t('auth.validation.emailRequired');
    if (!password) found.password = t('auth.validation.passwordRequired');
    setErrors(found);
    if (found.email || found.password) return;
    login.mutate({ email: email.trim(), password });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.login.title')}>
      <Stack gap="md">
        {sessionEnded && !login.isError ? (
          <Alert color="yellow" variant="light" role="status" data-testid="session-ended">
            {t('auth.sessionEnded')}
          </Alert>
        ) : null}
        {login.isError ? (
          <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
            {errorText(t, login.error)}
          </ErrorAlert>
        ) : null}
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          // Signing in is the one thing to do on this page.
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
        />
        <PasswordField
          label={t('auth.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth.login.submit')}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          {t('auth.login.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
