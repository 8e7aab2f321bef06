import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorRequestId } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { peopleImportErrorText } from '../api/people-import-errors';

/** A failed import call (check, import or status) in words, with the request id for support. */
export function PeopleImportError({ error, title }: { error: unknown; title?: ReactNode }) {
  const { t } = useTranslation();
  const requestId = errorRequestId(error);
  return (
    <ErrorAlert
      title={title}
      detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}
    >
      {peopleImportErrorText(t, error)}
    </ErrorAlert>
  );
}
