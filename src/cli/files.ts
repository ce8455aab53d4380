// Expanding the command line's arguments into files: a folder means every .docx below it.
import * as fs from 'fs';
import * as path from 'path';

function walk(dir: string, out: string[]): void {
  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('~$') || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.docx$/i.test(e.name)) out.push(p);
  }
}

/** Files in the order given; folders expand in name order. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) walk(input, out);
    else out.push(input);
  }
  return out;
}
