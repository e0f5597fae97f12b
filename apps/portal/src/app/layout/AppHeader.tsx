import { Burger, Button, Container, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { hasRole } from '../../modules/auth/access';
import { useGetCurrentUser } from '../../modules/auth/hooks/use-get-current-user';
import { useLogout } from '../../modules/auth/hooks/use-logout';
import { NotificationBell } from '../../modules/notifications/components/NotificationBell';
import classes from './AppHeader.module.css';
import { LanguageSwitch } from './LanguageSwitch';

/** More links than fit beside the brand and the account buttons at desktop widths. */
const CROWDED_NAV = 4;

const MENU_ID = 'site-menu';

export function AppHeader() {
  const { t } = useTranslation();
  const { data: user } = useGetCurrentUser();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure(false);

  // Until a required second factor is set up, every other page would only send them back.
  const enrolling = !!user?.mfaEnrolmentRequired;
  const links = enrolling
    ? []
    : [
        ...(hasRole(user, 'researcher')
          ? [
              { to: '/requests', label: t('nav.myRequests'), end: true },
              { to: '/requests/new', label: t('nav.newRequest'), end: true },
            ]
          : []),
        ...(hasRole(user, 'secretariat')
          ? [{ to: '/triage', label: t('nav.triage'), end: false }]
          : []),
        ...(hasRole(user, 'coordinator')
          ? [{ to: '/biobank-queue', label: t('nav.biobankQueue'), end: false }]
          : []),
        ...(hasRole(user, 'admin')
          ? [
              { to: '/admin/users', label: t('adminUsers.nav'), end: false },
              { to: '/admin/routing-rules', label: t('routingRules.nav'), end: false },
              { to: '/admin/biobanks', label: t('adminBiobanks.nav'), end: false },
              { to: '/admin/service-questions', label: t('serviceQuestionsAdmin.nav'), end: false },
              { to: '/admin/mail-templates', label: t('mailTemplates.nav'), end: false },
              { to: '/admin/outbox', label: t('outbox.nav'), end: false },
              { to: '/admin/mails', label: t('nav.mails'), end: false },
              { to: '/admin/audit', label: t('audit.nav'), end: false },
            ]
          : []),
      ];

  const onLogout = () => {
    close();
    logout.mutate();
  };

  return (
    <header className={classes.header}>
      {/* Many links (staff, administrators) get a row of their own under the brand and account. */}
      <Container size="lg" className={classes.inner} data-crowded={links.length > CROWDED_NAV}>
        <div className={classes.bar}>
          <Link to="/" className={classes.brand} onClick={close}>
            {t('app.name')}
          </Link>
          <Burger
            className={classes.burger}
            opened={opened}
            onClick={toggle}
            aria-label={t('nav.toggle')}
            aria-expanded={opened}
            aria-controls={MENU_ID}
          />
        </div>
        <div id={MENU_ID} className={classes.menu} data-open={opened}>
          <nav aria-label={t('nav.label')}>
            <ul className={classes.navList}>
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.end} className={classes.navLink} onClick={close}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className={classes.account}>
            {user ? (
              <>
                {!enrolling && <NotificationBell onNavigate={close} />}
                <Text span className={classes.userName}>
                  {t('nav.signedInAs', { name: user.name })}
                </Text>
                {!enrolling && (
                  <Button
                    component={Link}
                    to="/account"
                    variant="default"
                    size="compact-md"
                    onClick={close}
                  >
                    {t('nav.account')}
                  </Button>
                )}
                <Button
                  variant="default"
                  size="compact-md"
                  onClick={onLogout}
                  loading={logout.isPending}
                >
                  {t('nav.logout')}
                </Button>
              </>
            ) : (
              <>
                <Button
                  component={Link}
                  to="/login"
                  variant="default"
                  size="compact-md"
                  onClick={close}
                >
                  {t('nav.login')}
                </Button>
                <Button component={Link} to="/register" size="compact-md" onClick={close}>
                  {t('nav.register')}
                </Button>
              </>
            )}
            <LanguageSwitch />
          </div>
        </div>
      </Container>
    </header>
  );
}
