import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthPageLayoutProps {
  title: string;
  intro?: string;
  children: ReactNode;
  footer?: ReactNode;
}

export function AuthPageLayout({ title, intro, children, footer }: AuthPageLayoutProps) {
  return (
    <Stack gap="lg" maw={480} mx="auto" w="100%">
      <Title order={1}>{title}</Title>
      {intro && <Text>{intro}</Text>}
      <Paper withBorder p="lg">
        {children}
      </Paper>
      {footer && <Text>{footer}</Text>}
    </Stack>
  );
}
