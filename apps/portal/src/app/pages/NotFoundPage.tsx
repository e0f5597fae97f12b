import { useTranslation } from 'react-i18next';
import { NotFoundState } from '../../components/NotFoundState';
import { useDocumentTitle } from '../../components/use-document-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.pageTitle'));
  return <NotFoundState title={t('notFound.title')} text={t('notFound.text')} />;
}
