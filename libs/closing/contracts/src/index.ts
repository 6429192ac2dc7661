export * from './lib/periods';
export * from './lib/checklist';
