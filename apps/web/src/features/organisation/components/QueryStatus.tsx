import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorRequestId } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { orgErrorText } from '../api/org-errors';

/** The loading and failed states of a page's main query; nothing once the data is there. */
export function QueryStatus({
  isPending,
  error,
}: {
  isPending: boolean;
  error: Error | null | undefined;
}) {
  const { t } = useTranslation();
  if (error) {
    const requestId = errorRequestId(error);
    return (
      <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
        {orgErrorText(t, error)}
      </ErrorAlert>
    );
  }
  if (isPending) return <Loader aria-label={t('organisation.loading')} />;
  return null;
}
