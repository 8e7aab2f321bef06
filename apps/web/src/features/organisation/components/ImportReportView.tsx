import { Alert, Code, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportReport } from '../api/people-import.api';

type Tense = 'planned' | 'done';

/** Rows read, people and memberships: what the file would do (a check) or did (an import). */
export function ImportCounts({
  rows,
  people,
  memberships,
  tense,
}: {
  rows: number;
  people: number;
  memberships: number;
  tense: Tense;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const items = [
    { key: 'rows', label: t('organisation.import.counts.rows'), value: rows },
    { key: 'people', label: t(`organisation.import.counts.${tense}.people`), value: people },
    {
      key: 'memberships',
      label: t(`organisation.import.counts.${tense}.memberships`),
      value: memberships,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" m={0} maw={720}>
      {items.map((item) => (
        <Paper key={item.key} withBorder radius="md" p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700} data-testid={`import-count-${item.key}`}>
            {number.format(item.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** How the file was read: encoding, delimiter and the columns it ignored. */
function FileFacts({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const delimiter =
    report.delimiter === '\t' ? 'tab' : report.delimiter === ',' ? 'comma' : 'semicolon';
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" data-testid="import-file-facts">
        {t('organisation.import.facts', {
          encoding: t(`organisation.import.encodings.${report.encoding}`),
          delimiter: t(`organisation.import.delimiters.${delimiter}`),
        })}
      </Text>
      {report.ignoredColumns.length > 0 ? (
        <Text size="sm" c="dimmed" data-testid="import-ignored-columns">
          {t('organisation.import.ignoredColumns', { columns: report.ignoredColumns.join(', ') })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Every problem with its line, its column and the API's message (in the request's language). */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid="import-problems" fz="sm">
        <Table.Caption>{t('organisation.import.problems.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              {t('organisation.import.problems.line')}
            </Table.Th>
            <Table.Th scope="col" w={140}>
              {t('organisation.import.problems.column')}
            </Table.Th>
            <Table.Th scope="col">{t('organisation.import.problems.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr
              key={`${problem.line}-${problem.code}-${index}`}
              data-testid="import-problem"
              data-line={problem.line}
              data-code={problem.code}
            >
              <Table.Th scope="row" fw={600}>
                {problem.line}
              </Table.Th>
              <Table.Td>
                {problem.column ? (
                  <Code>{problem.column}</Code>
                ) : (
                  <Text size="sm" c="dimmed" component="span">
                    {t('organisation.import.problems.wholeRow')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{problem.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The outcome of a check (a dry run, or a commit the API refused): the counts, how the file
 * was read, and either "no problems" or every problem.
 */
export function ImportReportView({
  report,
  refused = false,
}: {
  report: ImportReport;
  /** A commit the API refused (422): the organisation changed since the check. */
  refused?: boolean;
}) {
  const { t } = useTranslation();
  const count = report.problems.length;
  return (
    <Stack
      gap="md"
      component="section"
      aria-labelledby="import-report"
      data-testid="import-report"
      data-problems={count}
    >
      <Title order={2} size="h3" id="import-report">
        {t('organisation.import.report.title')}
      </Title>
      <ImportCounts
        rows={report.rows}
        people={report.people}
        memberships={report.memberships}
        tense="planned"
      />
      <FileFacts report={report} />
      {count === 0 ? (
        <Alert color="green" variant="light" role="status" data-testid="import-clean">
          {t('organisation.import.report.clean')}
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="light"
          title={
            refused
              ? t('organisation.import.report.refused', { count })
              : t('organisation.import.report.problems', { count })
          }
          data-testid="import-has-problems"
        >
          {t('organisation.import.report.fixAndRetry')}
        </Alert>
      )}
      {count > 0 ? <ImportProblemsTable problems={report.problems} /> : null}
    </Stack>
  );
}
