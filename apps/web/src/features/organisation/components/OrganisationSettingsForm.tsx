import { Alert, Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { ORGANISATION_KINDS, type OrganisationKind } from '@tribeworks/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';
import type { Organisation } from '../api/organisation.api';
import { orgErrorText } from '../api/org-errors';
import { useUpdateOrganisation } from '../hooks/useOrganisation';

type LimitField = 'maxSquadMembers' | 'maxTribePeople' | 'maxSquadsPerPerson' | 'maxFtePerPerson';

/** The API's bounds (UpdateOrganisationDto), said before the server has to refuse. */
export const LIMITS: Record<LimitField, { min: number; max: number; decimals: number }> = {
  maxSquadMembers: { min: 1, max: 100, decimals: 0 },
  maxTribePeople: { min: 1, max: 10000, decimals: 0 },
  maxSquadsPerPerson: { min: 1, max: 10, decimals: 0 },
  maxFtePerPerson: { min: 0.01, max: 2, decimals: 2 },
};
const FIELDS = Object.keys(LIMITS) as LimitField[];

type Values = Record<LimitField, number | string>;

function validate(values: Values): Partial<Record<LimitField, 'required' | 'range' | 'decimals'>> {
  const errors: Partial<Record<LimitField, 'required' | 'range' | 'decimals'>> = {};
  for (const field of FIELDS) {
    const raw = values[field];
    const value = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
    const { min, max, decimals } = LIMITS[field];
    if (Number.isNaN(value)) errors[field] = 'required';
    else if (value < min || value > max) errors[field] = 'range';
    else if (Math.round(value * 10 ** decimals) !== value * 10 ** decimals)
      errors[field] = 'decimals';
  }
  return errors;
}

/** Kind and rule limits; saved with the version read, so a change by someone else is not lost. */
export function OrganisationSettingsForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const update = useUpdateOrganisation();
  const [kind, setKind] = useState<OrganisationKind>(organisation.kind);
  const [values, setValues] = useState<Values>(() => ({
    maxSquadMembers: organisation.maxSquadMembers,
    maxTribePeople: organisation.maxTribePeople,
    maxSquadsPerPerson: organisation.maxSquadsPerPerson,
    maxFtePerPerson: organisation.maxFtePerPerson,
  }));
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = submitted ? validate(values) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setSaved(false);
    if (Object.keys(validate(values)).length > 0) return;
    update.mutate(
      {
        id: organisation.id,
        version: organisation.version,
        kind,
        maxSquadMembers: Number(values.maxSquadMembers),
        maxTribePeople: Number(values.maxTribePeople),
        maxSquadsPerPerson: Number(values.maxSquadsPerPerson),
        maxFtePerPerson: Number(values.maxFtePerPerson),
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  const errorOf = (field: LimitField) => {
    const error = errors[field];
    if (!error) return undefined;
    const { min, max, decimals } = LIMITS[field];
    if (error === 'decimals') {
      return decimals === 0
        ? t('organisation.settings.errors.whole')
        : t('organisation.settings.errors.decimals', { decimals });
    }
    return t(`organisation.settings.errors.${error}`, { min, max });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('organisation.settings.title')}>
      <Stack gap="lg" maw={560}>
        <Radio.Group
          label={t('organisation.settings.kind')}
          value={kind}
          onChange={(value) => setKind(value as OrganisationKind)}
        >
          <Stack gap="xs" mt="xs">
            {ORGANISATION_KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                label={t(`organisation.orgKind.${k}`)}
                description={t(`organisation.settings.kindHint.${k}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {FIELDS.map((field) => (
          <NumberInput
            key={field}
            label={t(`organisation.settings.fields.${field}`)}
            description={t(`organisation.settings.hints.${field}`)}
            value={values[field]}
            onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
            min={LIMITS[field].min}
            max={LIMITS[field].max}
            step={LIMITS[field].decimals ? 0.1 : 1}
            decimalScale={LIMITS[field].decimals}
            clampBehavior="none"
            error={errorOf(field)}
            required
          />
        ))}
        <Text size="sm" c="dimmed">
          {t('organisation.settings.lowering')}
        </Text>
        {update.isError ? <ErrorAlert>{orgErrorText(t, update.error)}</ErrorAlert> : null}
        {saved ? (
          <Alert color="green" variant="light" role="status">
            {t('organisation.settings.saved')}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
