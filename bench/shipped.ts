// The engine as it ships. The command line runs lib/ (tsc's output: built by `npm install`'s
// prepare step, and by `npm run bench` before it starts), not the sources through tsx, whose
// esbuild transform turns every imported binding into a getter call: read + check ran about 25 %
// slower that way, a cost no user pays. Without lib/, the sources are measured, and the bench says so.
import { existsSync } from 'fs';
import path from 'path';

type CheckModule = typeof import('../src/core/check');
type ReadModule = typeof import('../src/hosts/docx/read');
type UnzipModule = typeof import('../src/hosts/docx/unzip');

export interface Engine {
  from: 'lib' | 'src';
  check: CheckModule['check'];
  readDocx: ReadModule['readDocx'];
  inflater: UnzipModule['INFLATER'];
}

export async function shippedEngine(): Promise<Engine> {
  const root = path.join(__dirname, '..');
  const from = existsSync(path.join(root, 'lib', 'core', 'check.js')) ? 'lib' : 'src';
  const load = async <T>(module: string): Promise<T> =>
    (await import(path.join(root, from, module))) as T;
  const { check } = await load<CheckModule>('core/check');
  const { readDocx } = await load<ReadModule>('hosts/docx/read');
  const { INFLATER } = await load<UnzipModule>('hosts/docx/unzip');
  return { from, check, readDocx, inflater: INFLATER };
}
