import { SegmentedControl } from '@mantine/core';
import { SUPPORTED_LOCALES, isLocale } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';

/**
 * Nederlands / English. i18next remembers the choice (localStorage) and the app keeps
 * `<html lang>` in step.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={currentLocale(i18n)}
      onChange={(value) => {
        if (isLocale(value)) void i18n.changeLanguage(value);
      }}
      data={SUPPORTED_LOCALES.map((locale) => ({
        value: locale,
        label: <span lang={locale}>{t(`language.${locale}`)}</span>,
      }))}
    />
  );
}
