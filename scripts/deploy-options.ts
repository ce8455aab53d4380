// What a build is for: the base URL the add-in is served from (written into every manifest URL)
// and where the task pane takes office.js from. Read by webpack.config.js (`--env url=… officejs=…`)
// and by scripts/dev.ts, so the dev server, the manifest and the sideloading instructions agree.

/** The dev server's port unless GOUJI_PORT or package.json's config.dev_server_port says otherwise. */
export const DEFAULT_DEV_PORT = 3000;

/** The development base written in the committed manifest.xml (the template of every build). */
export const MANIFEST_TEMPLATE_BASE = 'https://localhost:3000/';

/** The page SupportUrl and LearnMoreUrl point at. */
export const HELP_PAGE = 'help.html';

/** Where the administrator puts a mirrored office.js, beside the add-in (`dist/office-js/`). */
export const LOCAL_OFFICE_JS_DIR = 'office-js';

/**
 * office.js sources. Microsoft's CDN is the one Microsoft supports; the 21Vianet CDN serves
 * Microsoft 365 operated by 21Vianet in China; `local` is a copy mirrored beside the add-in for
 * networks without the public internet (relative, so it follows wherever dist/ is hosted).
 */
export const OFFICE_JS_SOURCES = {
  microsoft: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  '21vianet': 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
  local: `${LOCAL_OFFICE_JS_DIR}/office.js`,
} as const;

export type OfficeJsSource = keyof typeof OFFICE_JS_SOURCES;

export function isOfficeJsSource(s: string): s is OfficeJsSource {
  return Object.prototype.hasOwnProperty.call(OFFICE_JS_SOURCES, s);
}

/** A user's mistake in the build options, said in Chinese. */
export class DeployOptionError extends Error {}

/** The port from GOUJI_PORT, else package.json's config.dev_server_port (npm passes it), else 3000. */
export function devPort(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.GOUJI_PORT || env.npm_package_config_dev_server_port;
  if (raw === undefined || raw === '') return DEFAULT_DEV_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new DeployOptionError(`端口无效：“${raw}”。GOUJI_PORT 应为 1–65535 之间的整数。`);
  return port;
}

/** https://localhost:<port>/ — what development builds and the dev server use. */
export function devBase(port: number): string {
  return `https://localhost:${port}/`;
}

/**
 * Checks and normalizes `--env url=…`: absolute https (Office loads add-ins only over https),
 * no query or fragment, ending in "/".
 */
export function normalizeBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeployOptionError(
      `部署地址无效：“${raw}”。应为完整地址，如 https://oa.example.gov.cn/gouji/`,
    );
  }
  if (url.protocol !== 'https:')
    throw new DeployOptionError(
      `部署地址必须以 https:// 开头（Office 只加载 https 页面）：“${raw}”`,
    );
  if (url.search || url.hash) throw new DeployOptionError(`部署地址不能带“?”或“#”部分：“${raw}”`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function parseOfficeJs(raw: string | undefined): OfficeJsSource {
  if (raw === undefined || raw === '') return 'microsoft';
  if (isOfficeJsSource(raw)) return raw;
  throw new DeployOptionError(
    `office.js 来源无效：“${raw}”。可选：${Object.keys(OFFICE_JS_SOURCES).join('、')}`,
  );
}

/**
 * The committed manifest rewritten for `base`: every URL under the template base moves under
 * `base`, AppDomain becomes base's origin, SupportUrl and LearnMoreUrl point at the help page.
 */
export function manifestFor(template: string, base: string): string {
  const origin = new URL(base).origin;
  const templateOrigin = new URL(MANIFEST_TEMPLATE_BASE).origin;
  const help = base + HELP_PAGE;
  let xml = template
    .replace(/(<SupportUrl DefaultValue=")[^"]*(")/, `$1${help}$2`)
    .replace(/(<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue=")[^"]*(")/, `$1${help}$2`)
    .split(MANIFEST_TEMPLATE_BASE)
    .join(base)
    .split(`<AppDomain>${templateOrigin}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`);
  // The comment at the top names the validate command; it must not carry a stale address either.
  xml = xml.replace(/<!--[\s\S]*?-->\n?/, (c) => (c.includes('localhost') ? '' : c));
  return xml;
}

/**
 * The manifest's <Version> from package.json's version ("1.2.3" → "1.2.3.0"), so that a release
 * build carries a new version and Office's caches take the new manifest.
 */
export function withVersion(xml: string, packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new DeployOptionError(`package.json 的版本号应为 x.y.z：“${packageVersion}”`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${m[1]}.${m[2]}.${m[3]}.0</Version>`);
}

/** Every http(s) URL in a manifest (attribute values and element text). */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/https?:\/\/[^"<\s]+/g)]
    .map((m) => m[0])
    .filter(
      (u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'),
    );
}
