// Start-up: what each command loads. `--help` and `--version` load neither the engine nor the
// reader; `check` loads neither the writer nor review's worker pool and progress bar (the CPU
// they cost is measured in bench/startup.bench.ts, not asserted here).
import { execFileSync } from 'child_process';
import * as path from 'path';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');

/** The modules a real process has loaded once `gouji ARGS` has run (sources through tsx). */
function loaded(args: string[]): string[] {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'src/cli/main.ts'))});
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    process.stderr.write = () => true;
    main(${JSON.stringify(args)}).then(() => {
      write(JSON.stringify(Object.keys(require.cache)));
    });`;
  const out = execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return (JSON.parse(out) as string[]).map((f) => path.relative(ROOT, f));
}

const HEAVY_FOR_CHECK = [
  /node_modules\/piscina\//,
  /node_modules\/cli-progress\//,
  /^src\/review\/review\.ts$/,
  /^src\/hosts\/docx\/write\.ts$/,
  /^src\/hosts\/docx\/marks\.ts$/,
  /^src\/cli\/fix\.ts$/,
];

const matching = (files: string[], patterns: RegExp[]): string[] =>
  files.filter((f) => patterns.some((p) => p.test(f)));

test('--help and --version load no engine, reader, writer or review', () => {
  for (const args of [['--help'], ['--version'], ['check', '--help']]) {
    const files = loaded(args);
    expect(files).toContain('src/cli/main.ts');
    expect([
      args,
      matching(files, [
        ...HEAVY_FOR_CHECK,
        /^src\/core\//,
        /^src\/hosts\//,
        /node_modules\/jszip\//,
        /node_modules\/saxes\//,
      ]),
    ]).toEqual([args, []]);
  }
});

test('check of one file loads the engine and the reader, not the writer or the pool', () => {
  const files = loaded(['check', path.join(ROOT, 'test/fixtures/clean-2019.docx')]);
  expect(files).toContain('src/core/check.ts');
  expect(files).toContain('src/hosts/docx/read.ts');
  expect(matching(files, HEAVY_FOR_CHECK)).toEqual([]);
});
