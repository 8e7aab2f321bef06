import { Card, Loader, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorRequestId, errorText } from '../../../api/error-text';
import { ErrorAlert } from '../../../ui';
import { useSystemInfo } from '../hooks/useSystemInfo';

/** Instance name and version, from GET /api/system/info. */
export function SystemInfoCard() {
  const { t } = useTranslation();
  const info = useSystemInfo();
  const requestId = errorRequestId(info.error);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="instance-title">
      <Title order={2} size="h4" id="instance-title" mb="sm">
        {t('home.instanceTitle')}
      </Title>
      {info.isPending ? (
        <Loader size="sm" aria-label={t('home.instanceLoading')} />
      ) : info.isError ? (
        <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
          {errorText(t, info.error)}
        </ErrorAlert>
      ) : (
        <Table variant="vertical" withRowBorders={false} data-testid="system-info">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={120}>{t('home.instanceName')}</Table.Th>
              <Table.Td>{info.data.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('home.version')}</Table.Th>
              <Table.Td>{info.data.version}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
