import { Code, Paper, Table, Text, Title } from '@mantine/core';
import { ORGANISATION_IMPORT_MAX_ROWS, ORGANISATION_IMPORT_SYNC_ROWS } from '@tribeworks/contracts';
import { useTranslation } from 'react-i18next';
import type { ImportColumn } from '../api/people-import.api';
import { IMPORT_MAX_MB } from '../api/people-import-errors';

/**
 * The columns in the documented order with the Dutch header the API also accepts (its
 * readPeopleFile takes a few more spellings). Header names are file syntax, the same in
 * every language; typed by the contract, so a new column cannot be left out.
 */
const COLUMNS: Record<ImportColumn, { dutch: string; required: boolean }> = {
  name: { dutch: 'naam', required: true },
  email: { dutch: 'e-mail', required: true },
  job_title: { dutch: 'functie', required: false },
  tribe: { dutch: 'tribe', required: false },
  chapter: { dutch: 'chapter', required: false },
  squads: { dutch: 'squads', required: false },
  fte: { dutch: 'fte', required: false },
  from: { dutch: 'vanaf', required: false },
};
export const IMPORT_COLUMN_ORDER = Object.keys(COLUMNS) as ImportColumn[];

const EXAMPLE = [
  'naam;e-mail;functie;tribe;chapter;squads;fte;vanaf',
  'Hélène Dubois;helene.dubois@bank.nl;Data-analist;Hypotheek;Data Analytics;hypotheek-app|oversluiten;0,5|0,5;01-03-2026',
].join('\n');

/** What the file must look like, briefly: columns, header names, delimiters, encodings. */
export function ImportFormatHelp() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Paper
      component="section"
      aria-labelledby="import-format"
      withBorder
      radius="md"
      p="md"
      data-testid="import-format"
    >
      <Title order={2} size="h4" id="import-format" mb="xs">
        {t('organisation.import.format.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('organisation.import.format.intro')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table fz="sm" verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisation.import.format.column')}</Table.Th>
              <Table.Th scope="col">{t('organisation.import.format.dutch')}</Table.Th>
              <Table.Th scope="col">{t('organisation.import.format.required')}</Table.Th>
              <Table.Th scope="col">{t('organisation.import.format.meaning')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {IMPORT_COLUMN_ORDER.map((column) => (
              <Table.Tr key={column}>
                <Table.Th scope="row" fw={400}>
                  <Code>{column}</Code>
                </Table.Th>
                <Table.Td>
                  <Code>{COLUMNS[column].dutch}</Code>
                </Table.Td>
                <Table.Td>{COLUMNS[column].required ? t('common.yes') : t('common.no')}</Table.Td>
                <Table.Td>{t(`organisation.import.format.columns.${column}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="sm">
        {t('organisation.import.format.syntax')}
      </Text>
      <Text size="sm" mt="xs">
        {t('organisation.import.format.limits', {
          max: IMPORT_MAX_MB,
          maxRows: number.format(ORGANISATION_IMPORT_MAX_ROWS),
          syncRows: ORGANISATION_IMPORT_SYNC_ROWS,
        })}
      </Text>
      <Text size="sm" mt="xs" fw={500}>
        {t('organisation.import.format.example')}
      </Text>
      <Code block mt={4} fz="xs">
        {EXAMPLE}
      </Code>
    </Paper>
  );
}
