export * from './lib/decider-specification';
export * from './lib/http-request';
export * from './lib/pdf-text';
