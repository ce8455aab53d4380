// Why a file could not be read, in words a user can act on.

export type DocxErrorCode =
  | 'empty'
  | 'not-docx'
  | 'legacy-doc'
  | 'encrypted'
  | 'damaged'
  | 'no-document'
  | 'too-large'
  | 'structure';

const MESSAGES: Record<DocxErrorCode, string> = {
  empty: '文件为空。',
  'not-docx': '这不是 Word 文档（.docx），无法检查。',
  'legacy-doc': '这是旧版 Word 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再检查。',
  encrypted: '文件已加密（设有打开密码），无法读取。请去除密码后另存为 .docx 再检查。',
  damaged: '文件已损坏，无法作为 .docx 打开。',
  'no-document': '文件中没有 Word 正文（可能是其他 Office 文件），请确认是 .docx 文档。',
  'too-large': '文件过大或结构异常，无法检查。',
  structure: '文件过大或结构异常，无法检查。',
};

export class DocxError extends Error {
  readonly code: DocxErrorCode;

  /** `detail` (Chinese) replaces the generic message for 'too-large' and 'structure'. */
  constructor(code: DocxErrorCode, options?: { cause?: unknown; detail?: string }) {
    super(options?.detail !== undefined ? `文件过大或结构异常：${options.detail}` : MESSAGES[code]);
    this.name = 'DocxError';
    this.code = code;
    if (options && 'cause' in options) this.cause = options.cause;
    // Keeps `instanceof` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, DocxError.prototype);
  }
}
