// Shared prose reading for the rules that look at the report's text.
export * from './text';
export * from './numbers';
export * from './quantities';
export * from './paragraphs';
export * from './reading';
export * from './search';
export * from './values';
