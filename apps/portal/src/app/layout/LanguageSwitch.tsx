import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@bgb/contracts';
import { useLocale } from '../../components/use-locale';
import { useGetCurrentUser } from '../../modules/auth/hooks/use-get-current-user';
import { useUpdateLocale } from '../../modules/auth/hooks/use-update-locale';

const OTHER: Record<Locale, Locale> = { da: 'en', en: 'da' };

/**
 * Switches between Danish and English. The button names the language it switches to, in
 * that language; a signed-in user's choice is also stored for their e-mails.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const target = OTHER[locale];
  const { data: user } = useGetCurrentUser();
  const updateLocale = useUpdateLocale();

  const switchLanguage = async () => {
    await i18n.changeLanguage(target);
    if (user && user.locale !== target) updateLocale.mutate(target);
  };

  return (
    <Button variant="default" size="compact-md" lang={target} onClick={() => void switchLanguage()}>
      {t(`language.${target}`)}
    </Button>
  );
}
