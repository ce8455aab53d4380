// `import x from '….docx' with { type: 'bytes' }`: webpack's asset/bytes gives the file's bytes.
declare module '*.docx' {
  const bytes: Uint8Array;
  export default bytes;
}
