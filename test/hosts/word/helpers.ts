// Shared by the Word host's tests and bench: fake documents over the .docx fixtures.
import * as fs from 'fs';
import * as path from 'path';
import { buildDocx } from '../../fixtures/spec';
import { generateReport, reportToDocSpec } from '../../fixtures/report';
import { FakeDocument } from './fakeWord';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

export function fixture(name: string): Promise<FakeDocument> {
  return FakeDocument.fromDocx(fs.readFileSync(path.join(FIXTURES, name)));
}

/** A generated 2021 report with `prose` paragraphs of 五 (≈ 30 per page). */
export async function generated(prose: number): Promise<FakeDocument> {
  const spec = generateReport({
    version: 2021,
    year: 2021,
    agency: '某某市某某局',
    seed: 7,
    proseParagraphs: prose,
  });
  return FakeDocument.fromDocx(await buildDocx(reportToDocSpec(spec)));
}
