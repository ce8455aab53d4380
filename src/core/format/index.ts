export * from './sections';
export * from './tables';
export * from './labels';
export * from './versions';
