import { Alert, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierWarning } from '../api/frameworks.api';

/** What the parser had to guess, with the line in the source file. */
export function WarningsList({ warnings, title }: { warnings: DossierWarning[]; title?: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={title ?? t('frameworks.warnings.title', { count: warnings.length })}
      data-testid="warnings"
    >
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              {t('frameworks.warnings.line')}
            </Table.Th>
            <Table.Th scope="col">{t('frameworks.warnings.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {warnings.map((warning, i) => (
            <Table.Tr key={i} data-testid="warning">
              <Table.Td>{warning.line ?? '—'}</Table.Td>
              <Table.Td>{warning.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
