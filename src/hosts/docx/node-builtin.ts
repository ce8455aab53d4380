// Node's built-in modules, found at run time (process.getBuiltinModule, Node 20.16 and later), so
// that the same code bundles for browsers, where there is none and a portable path is taken.

/** The built-in module `id` ('node:zlib', 'node:buffer'…), typed by the caller, or undefined. */
export function nodeBuiltin<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return proc?.getBuiltinModule?.(id) as T | undefined;
  } catch {
    return undefined;
  }
}
