import { APP_ROLES, SUPPORTED_LOCALES } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';

export function roleOptions(t: TFunction) {
  return APP_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function localeOptions(t: TFunction) {
  return SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }));
}
