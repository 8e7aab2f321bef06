import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} intro={t('notFound.text')} />
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
