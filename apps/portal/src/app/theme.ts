import { Anchor, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults put several text colours below the 4.5:1 contrast that WCAG 2.1 AA
 * asks for on white (primary shade 6, dimmed gray 6, error red 6, anchor blue 6). These
 * choices keep every text and badge at AA or better.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  focusRing: 'auto',
  // People who ask their system for less motion get dialogs and menus without transitions.
  respectReducedMotion: true,
  components: {
    // Links inside text must be told apart by more than colour alone.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A dialog's header is not the page's banner: one banner landmark per page.
    ModalHeader: { defaultProps: { component: 'div' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
