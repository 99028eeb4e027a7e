import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The fonts are bundled by Vite from node_modules: the app never fetches anything from the network.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-500.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-500.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/reader.css';
import { createApiClient } from './api/createApiClient';
import { Bootstrap } from './app/Bootstrap';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <Bootstrap connection={createApiClient()} />
  </StrictMode>,
);
