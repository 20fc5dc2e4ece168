import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { theme } from '../theme';

// The app's providers around a component under test; GraphQL answers come from `mocks`.
export const renderWithProviders = (ui: ReactElement, mocks: MockLink.MockedResponse[] = []) =>
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <MockedProvider mocks={mocks}>{ui}</MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
