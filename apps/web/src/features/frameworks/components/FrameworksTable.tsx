import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import type { FrameworkSummary } from '../api/frameworks.api';
import { FamilyBadge } from './FrameworkBadges';
import { formatDate, levelText } from './format';

export function FrameworksTable({ frameworks }: { frameworks: FrameworkSummary[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="frameworks-table">
        <Table.Caption>{t('frameworks.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('frameworks.code')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.titleLabel')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.familyLabel')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.levelLabel')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.versionLabel')}</Table.Th>
            <Table.Th scope="col">{t('frameworks.importedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {frameworks.map((framework) => (
            <Table.Tr key={framework.code} data-testid="framework-row" data-code={framework.code}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/frameworks/${encodeURIComponent(framework.code)}`}>
                  {framework.code}
                </Anchor>
              </Table.Th>
              <Table.Td>{framework.title}</Table.Td>
              <Table.Td>
                <FamilyBadge family={framework.family} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{levelText(t, framework.level)}</Table.Td>
              <Table.Td>
                {t('frameworks.versionN', { version: framework.latestVersion })}
                {framework.versionLabel ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({framework.versionLabel})
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(framework.importedAt, locale)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
