// What the preview and the host agree on about the outlined (located) element. A module of its own
// so that the page's preview needs nothing of browser-host.ts, which is the engine worker's code
// (the .docx reader and writer, JSZip): importing it from the page put the whole engine there too.
export { addrKey } from '../core/locate';

/** The class the outlined (located) preview element carries: a test contract. */
export const OUTLINED_CLASS = 'gouji-outlined';
