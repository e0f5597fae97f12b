import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  /** The page's one level-1 heading. */
  title: ReactNode;
  /** A line under the title: what the page is for, or a link that belongs with it. */
  lead?: ReactNode;
  /** The page's main commands, beside the title on a wide screen and under it on a narrow one. */
  actions?: ReactNode;
}

/** The top of every page: the heading, what the page is for, and its main commands. */
export function PageHeader({ title, lead, actions }: PageHeaderProps) {
  const heading = (
    <Stack gap={4}>
      <Title order={1}>{title}</Title>
      {lead && <Text c="gray.7">{lead}</Text>}
    </Stack>
  );
  if (!actions) return heading;
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {actions}
    </Group>
  );
}
