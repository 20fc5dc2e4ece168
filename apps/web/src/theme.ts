import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // System fonts render Vietnamese diacritics well on every device and cost no download.
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});
