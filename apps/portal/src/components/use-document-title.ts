import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Gives every page its own browser title, in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [page, t]);
}
