// Failures the command line explains: each carries the Chinese sentence it prints (exit 2).

export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'UserError';
    if (options && 'cause' in options) this.cause = options.cause;
    Object.setPrototypeOf(this, UserError.prototype);
  }
}

export function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why writing `target` failed, as a user reads it; the original is named as untouched. */
export function writeErrorMessage(err: unknown, target: string, folder: string): string {
  switch (errnoOf(err)) {
    case 'ENOENT':
      return `输出文件夹不存在：${folder}。请先创建该文件夹，或换一个输出位置。`;
    case 'ENOTDIR':
      return `输出路径中有一级不是文件夹：${target}。请换一个输出位置。`;
    case 'EISDIR':
      return `输出路径是一个文件夹：${target}。请给出文件名，例如 ${target}/结果.docx。`;
    case 'EACCES':
    case 'EPERM':
      return `没有写入权限：${folder}。请换一个可写的输出位置。`;
    case 'EROFS':
      return `输出位置是只读的：${folder}。请换一个可写的输出位置。`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘空间不足，未能写入 ${target}（已有的同名文件未被改动）。请清理磁盘后重试。`;
    default: {
      const detail = errnoOf(err) ?? (err instanceof Error ? err.message : String(err));
      return `无法写入 ${target}（${detail}）。`;
    }
  }
}
