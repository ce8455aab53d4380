// Entry of dist/checker.html: the stand-alone browser checker. No office.js, no CDN: the page and
// the sample report are all in the bundle, and documents are read and saved in the page.

import { createRoot } from 'react-dom/client';

import { readDocx } from '../hosts/docx/read';
import { saveDocx } from '../hosts/docx/write';
import { App, type CheckerIo } from './App';
import { SAMPLE_NAME, sampleBytes } from './sample';

const io: CheckerIo = {
  read: (data) => readDocx(data),
  save: async (file) => saveDocx(file),
};

const sample = { name: SAMPLE_NAME, bytes: sampleBytes() };

let container = document.getElementById('root');
if (!container) {
  container = document.createElement('div');
  container.id = 'root';
  document.body.appendChild(container);
}
createRoot(container).render(<App io={io} sample={sample} />);
