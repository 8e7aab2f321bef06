import { Button, Group, Input, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { FRAMEWORK_IMPORT_MAX_BYTES, FrameworkErrorCode } from '@tribeworks/contracts';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { errorRequestId } from '../../../api/error-text';
import { ErrorAlert, FileDropZone } from '../../../ui';
import type { EnqueuedImport } from '../api/frameworks.api';
import { useImportDossier } from '../hooks/useFrameworks';
import { frameworkErrorText, refusedField } from './import-errors';

const MAX_MB = FRAMEWORK_IMPORT_MAX_BYTES / 1024 / 1024;

/** The dossier file (chosen or dropped) and what the dossier itself may not state. */
export function ImportForm({ onQueued }: { onQueued: (queued: EnqueuedImport) => void }) {
  const { t } = useTranslation();
  const upload = useImportDossier();
  const fileId = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [code, setCode] = useState('');
  const [versionLabel, setVersionLabel] = useState('');
  const [title, setTitle] = useState('');
  const [fileError, setFileError] = useState<string>();

  const field = refusedField(upload.error);
  const codeError =
    field === 'code' && upload.error instanceof ApiError
      ? upload.error.code === FrameworkErrorCode.CodeRequired
        ? t('frameworks.import.codeRequired')
        : frameworkErrorText(t, upload.error)
      : undefined;
  const requestId = errorRequestId(upload.error);

  // A dossier that does not state its code (most MBO dossiers): ask for it, right there.
  useEffect(() => {
    if (field === 'code') codeRef.current?.focus();
  }, [field, upload.error]);

  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    setFileError(
      chosen && chosen.size > FRAMEWORK_IMPORT_MAX_BYTES
        ? t('frameworks.import.tooLarge', { max: MAX_MB })
        : undefined,
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('frameworks.import.fileRequired'));
      fileRef.current?.focus();
      return;
    }
    if (fileError) return;
    upload.mutate(
      { file, code: code.trim() || undefined, versionLabel, title },
      { onSuccess: onQueued },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('frameworks.import.title')}>
      <Stack gap="md" maw={720}>
        {upload.isError && field !== 'code' ? (
          <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
            {frameworkErrorText(t, upload.error)}
          </ErrorAlert>
        ) : null}
        <Input.Wrapper
          label={t('frameworks.import.file')}
          description={t('frameworks.import.fileHint', { max: MAX_MB })}
          error={fileError}
          required
          labelProps={{ htmlFor: fileId }}
        >
          <FileDropZone
            id={fileId}
            inputRef={fileRef}
            accept=".txt,text/plain"
            invalid={Boolean(fileError)}
            onFile={choose}
            data-testid="dropzone"
            caption={
              file
                ? t('frameworks.import.chosen', {
                    name: file.name,
                    size: Math.max(1, Math.round(file.size / 1024)),
                  })
                : t('frameworks.import.dropHint')
            }
          />
        </Input.Wrapper>
        <SimpleGrid cols={1} spacing="sm" maw={420}>
          <TextInput
            ref={codeRef}
            label={t('frameworks.import.code')}
            description={t('frameworks.import.codeHint')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={codeError}
            maxLength={60}
            autoComplete="off"
          />
          <TextInput
            label={t('frameworks.import.versionLabel')}
            description={t('frameworks.import.versionLabelHint')}
            value={versionLabel}
            onChange={(event) => setVersionLabel(event.currentTarget.value)}
            maxLength={100}
            autoComplete="off"
          />
          <TextInput
            label={t('frameworks.import.titleField')}
            description={t('frameworks.import.titleHint')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={500}
            autoComplete="off"
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={upload.isPending}>
            {t('frameworks.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
