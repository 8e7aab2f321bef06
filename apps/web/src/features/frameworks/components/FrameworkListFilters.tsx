import { Group, SegmentedControl, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { FRAMEWORK_FAMILIES } from '@tribeworks/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkListFilter } from '../api/frameworks.api';

const ALL = 'all';

/** Family applies at once; the text filter after a short pause in typing. */
export function FrameworkListFilters({
  value,
  onChange,
}: {
  value: FrameworkListFilter;
  onChange: (filter: FrameworkListFilter) => void;
}) {
  const { t } = useTranslation();
  const familyLabelId = useId();
  const [text, setText] = useState(value.q ?? '');
  const applyText = useDebouncedCallback(
    (q: string) => onChange({ ...value, q: q || undefined }),
    300,
  );

  return (
    <Group
      component="form"
      role="search"
      aria-label={t('frameworks.list.filters')}
      align="flex-end"
      gap="md"
      mb="md"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...value, q: text.trim() || undefined });
      }}
    >
      <TextInput
        label={t('frameworks.list.filterText')}
        placeholder={t('frameworks.list.filterTextPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          applyText(event.currentTarget.value.trim());
        }}
        w={{ base: '100%', sm: 320 }}
      />
      <div>
        <VisuallyHidden id={familyLabelId}>{t('frameworks.familyLabel')}</VisuallyHidden>
        <SegmentedControl
          aria-labelledby={familyLabelId}
          value={value.family ?? ALL}
          onChange={(family) =>
            onChange({ ...value, family: FRAMEWORK_FAMILIES.find((f) => f === family) })
          }
          data={[
            { value: ALL, label: t('frameworks.family.all') },
            ...FRAMEWORK_FAMILIES.map((family) => ({
              value: family,
              label: t(`frameworks.family.${family}`),
            })),
          ]}
        />
      </div>
    </Group>
  );
}
