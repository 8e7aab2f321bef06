import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import type { FrameworkVersion } from '../api/frameworks.api';
import { formatDate } from './format';

/** One of a framework's versions, newest first, labelled with number, label and date. */
export function VersionSelect({
  label,
  versions,
  value,
  onChange,
  testId,
}: {
  label: string;
  versions: FrameworkVersion[];
  value: number | undefined;
  onChange: (version: number) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Select
      label={label}
      data={versions.map((v) => ({
        value: String(v.version),
        label: [
          t('frameworks.versionN', { version: v.version }),
          v.versionLabel,
          formatDate(v.importedAt, locale),
        ]
          .filter(Boolean)
          .join(' · '),
      }))}
      value={value === undefined ? null : String(value)}
      onChange={(next) => {
        if (next) onChange(Number(next));
      }}
      allowDeselect={false}
      comboboxProps={{ withinPortal: false }}
      w={{ base: '100%', sm: 320 }}
      data-testid={testId}
    />
  );
}
