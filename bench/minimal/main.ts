// The reference for the cold-start benchmark: the smallest React page (React + ReactDOM, one
// heading), built by vite the same way as the app.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  createElement('main', null, createElement('h1', null, 'Hej')),
);
