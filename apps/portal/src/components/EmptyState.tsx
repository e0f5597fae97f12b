import { Paper, Text } from '@mantine/core';

/** Says in words that a list has nothing in it (yet), where the list would be. */
export function EmptyState({ text }: { text: string }) {
  return (
    <Paper withBorder p="xl">
      <Text>{text}</Text>
    </Paper>
  );
}
