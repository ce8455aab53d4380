export { parseDocumentXml, type ExtraParts } from './parse';
export { parseFlatPackage, splitFlatPackage, type FlatParts } from './flat';
export { formatNumber } from './numfmt';
