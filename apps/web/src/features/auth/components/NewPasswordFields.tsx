import { PASSWORD_MIN_LENGTH } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './PasswordField';

export interface NewPassword {
  password: string;
  repeat: string;
}

export interface NewPasswordErrors {
  password?: string;
  repeat?: string;
}

/** The checks the browser can do before the server does its own (common passwords, e-mail). */
export function checkNewPassword(t: TFunction, value: NewPassword): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (value.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = t('auth.validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
  }
  if (value.repeat !== value.password) errors.repeat = t('auth.validation.passwordsDiffer');
  return errors;
}

/** New password + repeat, with the rules said up front. */
export function NewPasswordFields({
  value,
  onChange,
  errors,
  label,
}: {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  errors: NewPasswordErrors;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={label ?? t('auth.newPassword')}
        description={t('auth.passwordRules', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.currentTarget.value })}
        error={errors.password}
        withAsterisk
      />
      <PasswordField
        label={t('auth.repeatPassword')}
        autoComplete="new-password"
        value={value.repeat}
        onChange={(event) => onChange({ ...value, repeat: event.currentTarget.value })}
        error={errors.repeat}
        withAsterisk
      />
    </>
  );
}
