// `npm run validate [manifest.xml]`: validates the add-in manifest OFFLINE against the official
// XSDs (office-addin-manifest's own validate calls an online service; `validate:online` runs it).
// Schemas: ../shared/schemas when this clone sits beside it, else the vendored copy in schemas/.
// Also checks what the XSDs cannot: every `resid` names a defined resource.
import * as fs from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.join(__dirname, '..');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';

export function schemaDir(): string {
  const candidates = [path.join(ROOT, '..', 'shared', 'schemas'), path.join(ROOT, 'schemas')];
  const found = candidates.find((d) => fs.existsSync(path.join(d, MAIN_XSD)));
  if (!found)
    throw new Error(`找不到清单架构 ${MAIN_XSD}（schema not found in ${candidates.join(', ')}）`);
  return found;
}

/** Resource ids used (`resid="…"`) but never defined (`id="…"` inside `<Resources>`). */
export function undefinedResids(xml: string): string[] {
  const resources = xml.slice(Math.max(0, xml.indexOf('<Resources>')));
  const defined = new Set([...resources.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  const used = [...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(used.filter((id) => !defined.has(id)))];
}

export async function validateManifest(file: string, dir = schemaDir()): Promise<string[]> {
  const xsds = fs.readdirSync(dir).filter((f) => f.endsWith('.xsd'));
  const contents = fs.readFileSync(file, 'utf8');
  const result = await validateXML({
    xml: { fileName: path.basename(file), contents },
    schema: { fileName: MAIN_XSD, contents: fs.readFileSync(path.join(dir, MAIN_XSD), 'utf8') },
    // The main schema imports the others by relative file name: put them beside it.
    preload: xsds
      .filter((f) => f !== MAIN_XSD)
      .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), 'utf8') })),
  });
  const errors = result.valid ? [] : result.errors.map((e) => e.rawMessage);
  if (result.valid) {
    for (const id of undefinedResids(contents))
      errors.push(`resid "${id}" 未在 <Resources> 中定义 (undefined resource id)`);
  }
  return errors;
}

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'manifest.xml'));
  const errors = await validateManifest(file);
  if (errors.length > 0) {
    console.error(`清单无效 / manifest invalid: ${file}`);
    for (const e of errors) console.error(`  ${e}`);
    process.exit(1);
  }
  console.log(
    `清单有效 / manifest valid: ${path.relative(process.cwd(), file) || file} (schemas: ${path.relative(ROOT, schemaDir())})`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  });
}
