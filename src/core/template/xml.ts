// Moved to core/ooxml/xml.ts; kept until the Word host's import (hosts/word/edits.ts) follows.
export * from '../ooxml/xml';
