import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnqueuedImport } from '../features/frameworks/api/frameworks.api';
import { ImportForm } from '../features/frameworks/components/ImportForm';
import { ImportStatus } from '../features/frameworks/components/ImportStatus';
import { PageTitle } from '../ui';

export function FrameworkImportPage() {
  const { t } = useTranslation();
  const [queued, setQueued] = useState<EnqueuedImport>();
  return (
    <>
      <PageTitle title={t('frameworks.import.title')} intro={t('frameworks.import.intro')} />
      <Stack gap="lg">
        {queued ? (
          <>
            <ImportStatus importId={queued.importId} />
            <Group>
              <Button variant="default" onClick={() => setQueued(undefined)}>
                {t('frameworks.import.another')}
              </Button>
            </Group>
          </>
        ) : (
          <ImportForm onQueued={setQueued} />
        )}
        <Anchor component={Link} to="/frameworks" size="sm">
          {t('frameworks.backToList')}
        </Anchor>
      </Stack>
    </>
  );
}
