import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingMove } from './matrix-model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Confirms a move and asks from which day it holds (the day shown in the matrix by
 * default). Enter on the focused "Move" button confirms; Escape cancels.
 */
export function MoveDialog({
  move,
  defaultDate,
  pending,
  onConfirm,
  onCancel,
}: {
  move: PendingMove | undefined;
  defaultDate: string;
  pending: boolean;
  onConfirm: (date: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(defaultDate);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (move) {
      setDate(defaultDate);
      setError(undefined);
    }
  }, [move, defaultDate]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ISO_DATE.test(date)) {
      setError(t('organisation.move.dateRequired'));
      return;
    }
    onConfirm(date);
  };

  const fte = move?.person.fte;
  return (
    <Modal
      opened={move !== undefined}
      onClose={onCancel}
      title={move ? t('organisation.move.title', { name: move.person.name }) : undefined}
      centered
    >
      {move ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('organisation.move.fromTo', { from: move.from.name, to: move.to.name })}</Text>
            {fte != null ? (
              <Text size="sm" c="dimmed">
                {t('organisation.move.keepsFte', {
                  fte: new Intl.NumberFormat(i18n.language).format(fte),
                })}
              </Text>
            ) : null}
            <TextInput
              type="date"
              label={t('organisation.move.date')}
              description={t('organisation.move.dateHint')}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={error}
              required
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel} disabled={pending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={pending} data-autofocus>
                {t('organisation.move.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
