export * from './sections';
export * from './tables';
export * from './labels';
