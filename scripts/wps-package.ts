// After `webpack -c webpack.wps.config.js`: stamps dist/wps/version.txt and makes the offline
// package dist/wps-offline/: the add-in folder as an archive (.7z when a 7-Zip program is on the
// PATH, as WPS's own offline packages are; otherwise .zip — no npm package here writes 7z without
// a native binary), the folder itself under wps/, the install scripts and a jsplugins.xml sample.
import { execFileSync } from 'child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import JSZip from 'jszip';
import path from 'path';

const ROOT = path.resolve(__dirname, '..');
const FOLDER = path.join(ROOT, 'dist', 'wps');
const OUT = path.join(ROOT, 'dist', 'wps-offline');
export const ADDIN_NAME = 'gouji';

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

function sevenZip(): string | undefined {
  for (const program of ['7z', '7za', '7zr']) {
    try {
      execFileSync(program, ['i'], { stdio: 'ignore' });
      return program;
    } catch {
      // not installed
    }
  }
  return undefined;
}

/** A jsplugins.xml for machines managed through oem.ini (JSPluginsServer), both forms shown. */
export function jspluginsSample(version: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<!-- 二选一：在线（内网服务器上的 dist/wps/ 文件夹）或离线（各机器上的压缩包）。见 docs/wps.md。 -->',
    '<jsplugins>',
    `  <jspluginonline name="${ADDIN_NAME}" type="wps" url="http://内网服务器/gouji/wps/" enable="enable_dev" install="null"/>`,
    `  <!-- <jsplugin name="${ADDIN_NAME}" type="wps" url="file:///opt/gouji/${ADDIN_NAME}_${version}.7z" version="${version}" enable="enable_dev"/> -->`,
    '</jsplugins>',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(path.join(FOLDER, 'ribbon.xml')))
    throw new Error('先运行 webpack -c webpack.wps.config.js');
  const version = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  writeFileSync(path.join(FOLDER, 'version.txt'), `${version}\n`);

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const base = `${ADDIN_NAME}_${version}`;
  const program = sevenZip();
  let archive: string;
  if (program) {
    archive = path.join(OUT, `${base}.7z`);
    execFileSync(program, ['a', '-t7z', archive, '.'], { cwd: FOLDER, stdio: 'ignore' });
  } else {
    const zip = new JSZip();
    for (const f of files(FOLDER))
      zip.file(f.split(path.sep).join('/'), readFileSync(path.join(FOLDER, f)), {
        date: new Date('2020-01-01T00:00:00Z'),
      });
    archive = path.join(OUT, `${base}.zip`);
    writeFileSync(archive, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  }
  cpSync(FOLDER, path.join(OUT, 'wps'), { recursive: true });
  for (const script of ['wps-install.sh', 'wps-install.ps1'])
    cpSync(path.join(ROOT, 'scripts', script), path.join(OUT, script));
  writeFileSync(path.join(OUT, 'jsplugins.xml'), jspluginsSample(version));
  console.log(
    `[gouji] WPS 加载项：在线文件夹 dist/wps/，离线包 ${path.relative(ROOT, archive)}` +
      (program ? '' : '（未找到 7-Zip，已生成 .zip；需要 .7z 时请安装 7-Zip 后重新打包）'),
  );
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
