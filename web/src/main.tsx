/**
 * Entry point of the console.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { i18n } from './i18n';
import { App } from './App';

dayjs.locale(i18n.language === 'en' ? 'en' : 'vi');
i18n.on('languageChanged', (lng) => dayjs.locale(lng === 'en' ? 'en' : 'vi'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
