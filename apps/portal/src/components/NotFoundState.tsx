import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader';

interface NotFoundStateProps {
  title: string;
  text: string;
  /** Where the way on leads; the front page unless a closer page fits. */
  backTo?: string;
  backLabel?: string;
}

/** A page's whole content when what it shows is not there, or not the user's to see. */
export function NotFoundState({ title, text, backTo = '/', backLabel }: NotFoundStateProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={title} lead={text} />
      <Anchor component={Link} to={backTo}>
        {backLabel ?? t('common.backToHome')}
      </Anchor>
    </Stack>
  );
}
