import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // System fonts only: the Content-Security-Policy allows no external font hosts.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontFamily: 'inherit' },
  focusRing: 'auto',
  defaultRadius: 'md',
});
