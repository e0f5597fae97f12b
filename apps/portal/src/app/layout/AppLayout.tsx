import { Container, Text } from '@mantine/core';
import { Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from '../../components/LoadingState';
import { AppHeader } from './AppHeader';

const MAIN_ID = 'main';

/** Moves focus itself, so that the address does not change and the router is not involved. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id={MAIN_ID} tabIndex={-1} style={{ flex: 1 }}>
        <Container size="lg" py="xl">
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
      <footer style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" py="lg">
          <Text size="sm" c="gray.8">
            {t('app.footer')}
          </Text>
        </Container>
      </footer>
    </>
  );
}
