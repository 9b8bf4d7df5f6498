/**
 * Entry point of the insured person's portal (`portal.html`, served at `/portal/`).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './portal.css';
import { Portal } from './Portal';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Portal />
  </StrictMode>,
);
