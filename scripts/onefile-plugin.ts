// Writes dist/gouji-checker.html: the checker as one self-contained file (page, engine worker,
// sample report) that works opened from disk (file://), from any URL path and offline, and can be
// mailed or put on a shared drive.
//
// From file:// Chromium refuses a worker loaded from a separate file, so the engine's code travels
// in the page, gzipped and in base64 (globalThis.goujiEngineGzip: about a third of the plain code,
// which was a quarter of the file), and src/checker/spawn.ts unpacks it (fflate) and
// starts it from a Blob URL (worker-src blob:). Inline code runs under a CSP hash, never
// 'unsafe-inline' or 'unsafe-eval'. dist/checker.html is left as it is.
import { createHash } from 'crypto';
import { gzipSync } from 'zlib';
import type { Chunk, ChunkGroup, Compiler } from 'webpack';

const NAME = 'GoujiOneFilePlugin';
/** The global spawn.ts reads; keep the two in step. */
export const ENGINE_GLOBAL = 'goujiEngineGzip';

const CSP = (hash: string): string =>
  [
    "default-src 'none'",
    `script-src '${hash}'`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** Drops the pointers to files the one-file page does not carry (source maps, license files). */
function stripFileRefs(code: string): string {
  return code
    .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '')
    .replace(/^\/\*! For license information please see \S+ \*\/\n?/, '');
}

/** The JavaScript files of a chunk group in load order: shared chunks first, the runtime last. */
function groupFiles(group: ChunkGroup): string[] {
  const chunks = [...group.chunks].sort(
    (a: Chunk, b: Chunk) => Number(a.hasRuntime()) - Number(b.hasRuntime()),
  );
  return chunks.flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith('.js')));
}

export interface OneFileOptions {
  /** The one-file page written. */
  filename: string;
  /** The HtmlWebpackPlugin page it is made from. */
  page: string;
  /** The page's entry and the engine worker's chunk name. */
  entry: string;
  worker: string;
}

export class GoujiOneFilePlugin {
  private readonly options: OneFileOptions;

  constructor(options: Partial<OneFileOptions> = {}) {
    this.options = {
      filename: 'gouji-checker.html',
      page: 'checker.html',
      entry: 'checker',
      worker: 'gouji-engine',
      ...options,
    };
  }

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const { filename, page, entry, worker } = this.options;
          const read = (file: string): string =>
            stripFileRefs((compilation.getAsset(file)?.source.source() ?? '').toString());
          const pageAsset = compilation.getAsset(page);
          const entrypoint = compilation.entrypoints.get(entry);
          const workerChunk = compilation.namedChunks.get(worker);
          if (!pageAsset || !entrypoint || !workerChunk) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `[gouji] ${filename}: ${page}、${entry} 或 ${worker} 缺失`,
              ),
            );
            return;
          }
          const workerGroup = [...workerChunk.groupsIterable].find((g) => g.isInitial());
          const engine = groupFiles(workerGroup ?? [...workerChunk.groupsIterable][0]!)
            .map(read)
            .join('\n;\n');
          const main = groupFiles(entrypoint).map(read).join('\n;\n');
          // Base64 holds no "</script" or "<!--", whatever the engine contains.
          const engineLiteral = JSON.stringify(
            gzipSync(Buffer.from(engine, 'utf8'), { level: 9 }).toString('base64'),
          );
          const script = `globalThis.${ENGINE_GLOBAL}=${engineLiteral};\n${main}`;
          // The HTML parser would end or re-mode an inline script at these; the bundle has none
          // today, and a silent breakage in a mailed file would be worse than a failed build.
          const bad = /<\/script|<!--/i.exec(main);
          if (bad) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `[gouji] ${filename}: 脚本中含有 “${bad[0]}”，无法内嵌`,
              ),
            );
            return;
          }
          const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
          let html = pageAsset.source.source().toString();
          const before = html;
          html = html
            .replace(
              /(<meta http-equiv="?Content-Security-Policy"? content=")[^"]*(")/,
              `$1${CSP(hash)}$2`,
            )
            .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '');
          if (
            html === before ||
            /<script\b[^>]*\bsrc=/.test(html) ||
            !html.includes("script-src 'sha256-")
          ) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `[gouji] ${filename}: ${page} 的结构已变，无法改写`,
              ),
            );
            return;
          }
          html = html.replace('</body>', () => `<script>${script}</script></body>`);
          // `minimized`: webpack's own HTML minifier would otherwise rewrite the inline script after
          // it was hashed, and the CSP would refuse it.
          compilation.emitAsset(filename, new RawSource(html), { minimized: true });
        },
      );
    });
  }
}
