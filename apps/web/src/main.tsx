import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppServices } from './app';
import { currentLocale } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

document.documentElement.lang = currentLocale();

createRoot(container).render(
  <StrictMode>
    <App {...createAppServices()} />
  </StrictMode>,
);
