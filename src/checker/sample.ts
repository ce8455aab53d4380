// The built-in sample report the checker opens with: test/fixtures/sample.docx (示例报告, of a
// made-up agency), embedded in the bundle so that the page needs no request beyond its own files
// (and works saved to disk).
//
// Webpack 5 turns an import with `{ type: 'bytes' }` into a Uint8Array (asset/bytes) without any
// loader or rule. TypeScript only accepts import attributes when `module` is esnext/nodenext; our
// configs use ES2020/commonjs, so the check is suppressed on this one line (the emitted import
// keeps its attributes, which is all webpack needs). Jest never loads this file: tests mock it.
// @ts-expect-error TS2823: import attributes need module esnext; webpack handles them regardless.
import sample from '../../test/fixtures/sample.docx' with { type: 'bytes' };

/** The name the page shows: the file is a made-up agency's report (see test/fixtures/fixtures.ts). */
export const SAMPLE_NAME = '示例报告.docx';

export function sampleBytes(): Uint8Array {
  return sample;
}
