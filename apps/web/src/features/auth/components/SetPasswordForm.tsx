import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { ErrorCode } from '@tribeworks/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import {
  type NewPassword,
  type NewPasswordErrors,
  NewPasswordFields,
  checkNewPassword,
} from './NewPasswordFields';

export interface SetPasswordValues {
  password: string;
  email: string;
  displayName: string;
}

export interface SetPasswordFormProps {
  /** The one-time token from the link; without one the form explains and stops. */
  token: string | null;
  /** Which extra fields to ask. */
  ask?: { email?: 'required'; displayName?: 'optional' | 'required' };
  submitLabel: string;
  doneText: ReactNode;
  onSubmit: (values: SetPasswordValues) => void;
  state: { isPending: boolean; isSuccess: boolean; error: unknown };
}

/**
 * The public "set a password with a one-time link" form, shared by the invitation, reset and
 * setup pages: optional e-mail and name, new password twice, the rules said up front.
 */
export function SetPasswordForm({
  token,
  ask = {},
  submitLabel,
  doneText,
  onSubmit,
  state,
}: SetPasswordFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState<NewPassword>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<
    NewPasswordErrors & { email?: string; displayName?: string }
  >({});

  if (!token) return <ErrorAlert>{t('auth.linkMissing')}</ErrorAlert>;

  if (state.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status">
          {doneText}
        </Alert>
        <Button component={Link} to="/login">
          {t('auth.login.submit')}
        </Button>
      </Stack>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = checkNewPassword(t, password);
    if (ask.email && !email.trim()) found.email = t('auth.validation.emailRequired');
    if (ask.displayName === 'required' && !displayName.trim()) {
      found.displayName = t('auth.validation.nameRequired');
    }
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    onSubmit({ password: password.password, email: email.trim(), displayName: displayName.trim() });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {state.error ? (
          <ErrorAlert>
            {errorText(t, state.error)}{' '}
            {isTokenProblem(state.error) ? (
              <Anchor component={Link} to="/forgot-password" inherit>
                {t('auth.requestNewLink')}
              </Anchor>
            ) : null}
          </ErrorAlert>
        ) : null}
        {ask.email ? (
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errors.email}
            withAsterisk
          />
        ) : null}
        {ask.displayName ? (
          <TextInput
            label={t('auth.displayName')}
            description={ask.displayName === 'optional' ? t('auth.displayNameOptional') : undefined}
            autoComplete="name"
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={errors.displayName}
            withAsterisk={ask.displayName === 'required'}
          />
        ) : null}
        <NewPasswordFields value={password} onChange={setPassword} errors={errors} />
        <Button type="submit" loading={state.isPending} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

function isTokenProblem(error: unknown): boolean {
  return error instanceof ApiError && error.code === ErrorCode.TokenInvalid;
}
