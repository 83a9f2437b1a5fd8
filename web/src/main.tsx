import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { gameClient } from './api/gameClient';
import { cueBus } from './feel/cues';
import { sounds } from './feel/sound';
import { useLanguage } from './i18n';
import './styles/app.css';

document.documentElement.lang = useLanguage.getState().language;
cueBus.subscribe((cue) => sounds.play(cue));
void gameClient.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
