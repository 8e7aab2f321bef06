import { Center, Group, Loader, Pagination, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorRequestId, errorText } from '../../api/error-text';
import { AUDIT_PAGE_SIZE, type AuditFilter } from '../../features/audit/api/audit.api';
import { AuditFilters } from '../../features/audit/components/AuditFilters';
import { AuditTable } from '../../features/audit/components/AuditTable';
import { useAuditLog } from '../../features/audit/hooks/useAuditLog';
import { useUsers } from '../../features/users/hooks/useUsers';
import { ErrorAlert, PageTitle } from '../../ui';

export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const audit = useAuditLog(filter, page);
  const users = useUsers();
  const requestId = errorRequestId(audit.error);
  const total = audit.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  return (
    <>
      <PageTitle title={t('audit.title')} intro={t('audit.intro')} />
      <AuditFilters
        value={filter}
        users={users.data ?? []}
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      {audit.isPending ? (
        <Loader aria-label={t('audit.loading')} />
      ) : audit.isError ? (
        <ErrorAlert detail={requestId ? t('errors.requestId', { id: requestId }) : undefined}>
          {errorText(t, audit.error)}
        </ErrorAlert>
      ) : audit.data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="md" data-testid="audit-empty">
          <Center>
            <Text c="dimmed">{t('audit.empty')}</Text>
          </Center>
        </Paper>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t('audit.total', { count: total })}
          </Text>
          <AuditTable entries={audit.data.items} users={users.data ?? []} />
          {pages > 1 ? (
            <Group justify="center" mt="md">
              <Pagination
                total={pages}
                value={page}
                onChange={setPage}
                getItemProps={(n) => ({ 'aria-label': t('audit.pageN', { page: n }) })}
                getControlProps={(control) => ({ 'aria-label': t(`audit.pageControl.${control}`) })}
              />
            </Group>
          ) : null}
        </>
      )}
    </>
  );
}
