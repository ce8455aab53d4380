// Placeholder until recognition lands: a report with nothing found.
import { SECTION_KEYS } from '../format';
import type { DocModel } from '../model';
import type { Report } from '../report';

export function recognize(model: DocModel): Report {
  return {
    model,
    year: null,
    yearFrom: null,
    titleYear: null,
    periodYear: null,
    formatVersion: null,
    sections: SECTION_KEYS.map((key) => ({ key, found: false })),
    tables: {},
    paragraphs: model.paragraphs.map((p) => ({ index: p.index, text: p.text, section: null, heading: false })),
  };
}
