import { isAppRole, isLocale } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';

/** The kinds of record the API audits today. */
export const AUDIT_ENTITY_TYPES = ['User', 'FrameworkVersion'] as const;

export function entityTypeLabel(t: TFunction, type: string): string {
  switch (type) {
    case 'User':
      return t('audit.entity.User');
    case 'FrameworkVersion':
      return t('audit.entity.FrameworkVersion');
    default:
      return type;
  }
}

/** Fields of audited records that have a name in the product's languages. */
const FIELD_KEYS = {
  email: 'audit.fieldName.email',
  displayName: 'audit.fieldName.displayName',
  roles: 'audit.fieldName.roles',
  locale: 'audit.fieldName.locale',
  isActive: 'audit.fieldName.isActive',
} as const;

function isNamedField(field: string): field is keyof typeof FIELD_KEYS {
  return Object.hasOwn(FIELD_KEYS, field);
}

/** A translated field name, or undefined when the field has none (shown as its key). */
export function fieldLabel(t: TFunction, field: string): string | undefined {
  return isNamedField(field) ? t(FIELD_KEYS[field]) : undefined;
}

/**
 * A value from a change, readable: empty as a dash, lists joined, yes/no, and the values of the
 * `roles` and `locale` fields by their names.
 */
export function formatValue(t: TFunction, value: unknown, field = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((v) => formatValue(t, v, field)).join(', ');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (field === 'roles' && isAppRole(value)) return t(`roles.${value}`);
  if (field === 'locale' && isLocale(value)) return t(`language.${value}`);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number);
}
