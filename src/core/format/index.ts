export * from './sections';
export * from './tables';
