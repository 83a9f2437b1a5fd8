import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { gameClient } from './api/gameClient';
import { cueBus } from './feel/cues';
import { buzz } from './feel/haptics';
import { sounds } from './feel/sound';
import { useLanguage } from './i18n';
import './styles/app.css';

document.documentElement.lang = useLanguage.getState().language;
cueBus.subscribe((cue) => sounds.play(cue));
cueBus.subscribe((cue) => buzz(cue, sounds.muted, navigator.vibrate?.bind(navigator)));
void gameClient.start();
// Hangul without system CJK fonts. Its 248 unicode-range slices (only those a page's text uses are
// downloaded) are declared in 56 kB of gzipped CSS, so it is fetched after the app, not before it.
void import('@fontsource/noto-sans-kr/400.css');
void import('@fontsource/noto-sans-kr/700.css');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
