import { Box } from '@mantine/core';

/** Text shown exactly as written — line breaks and spacing kept, long words wrapped — e.g. a mail's plain-text part. */
export function PlainTextBlock({ text }: { text: string }) {
  return (
    <Box
      component="pre"
      m={0}
      p="md"
      bg="gray.0"
      style={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        fontFamily: 'var(--mantine-font-family-monospace)',
        fontSize: 'var(--mantine-font-size-sm)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      {text}
    </Box>
  );
}
