import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { useHealth } from '../../health/hooks/useHealth';

type ServiceState = 'up' | 'down' | 'unknown';

const STATE_COLOR: Record<ServiceState, string> = { up: 'green', down: 'red', unknown: 'gray' };

/** One row per service behind the API, from the same polled health query as the header. */
export function HealthDetails() {
  const { t, i18n } = useTranslation();
  const { status, health, updatedAt, refetch, isFetching } = useHealth();
  const apiState: ServiceState =
    status === 'unreachable' ? 'down' : status === 'loading' ? 'unknown' : 'up';
  const rows: { key: 'api' | 'db' | 'redis'; state: ServiceState }[] = [
    { key: 'api', state: apiState },
    { key: 'db', state: health?.db ?? 'unknown' },
    { key: 'redis', state: health?.redis ?? 'unknown' },
  ];
  const time = updatedAt
    ? new Date(updatedAt).toLocaleTimeString(currentLocale(i18n), { timeStyle: 'medium' })
    : undefined;

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="health-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="health-title">
          {t('system.healthTitle')}
        </Title>
        <Button variant="default" size="xs" onClick={refetch} loading={isFetching}>
          {t('system.checkNow')}
        </Button>
      </Group>
      <Table data-testid="health-details">
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-service={row.key} data-state={row.state}>
              <Table.Th scope="row" fw={500}>
                {t(`system.service.${row.key}`)}
              </Table.Th>
              <Table.Td>
                <Badge color={STATE_COLOR[row.state]} variant="light" tt="none">
                  {t(`system.serviceState.${row.state}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {time ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('system.lastChecked', { time })}
        </Text>
      ) : null}
    </Card>
  );
}
