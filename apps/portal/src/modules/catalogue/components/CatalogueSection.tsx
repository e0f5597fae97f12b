import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { LocalizedText } from '@bgb/contracts';
import { QueryBoundary, type QueryState } from '../../../components/QueryBoundary';
import { useLocalizedText } from '../../../components/use-locale';

interface CatalogueItem {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  badge?: string;
}

interface CatalogueSectionProps {
  id: string;
  heading: string;
  query: QueryState<CatalogueItem[]>;
  loadingLabel: string;
}

/** One part of the public catalogue: a heading and a card per entry, as a list. */
export function CatalogueSection({ id, heading, query, loadingLabel }: CatalogueSectionProps) {
  const localized = useLocalizedText();
  return (
    <Stack component="section" aria-labelledby={id} gap="md">
      <Title order={2} id={id}>
        {heading}
      </Title>
      <QueryBoundary query={query} loadingLabel={loadingLabel}>
        {(items) => (
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {items.map((item) => (
              <Paper component="li" key={item.key} withBorder p="md">
                <Title order={3} size="h4" mb="xs">
                  {localized(item.name)}
                  {item.badge && (
                    <Text component="span" size="sm" c="gray.7" fw={400} ml="xs">
                      ({item.badge})
                    </Text>
                  )}
                </Title>
                <Text size="sm">{localized(item.description)}</Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </QueryBoundary>
    </Stack>
  );
}
