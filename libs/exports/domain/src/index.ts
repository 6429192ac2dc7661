// Export aggregate (stream `export-<id>`)
export * from './lib/export/export-definition';
export * from './lib/export/export.events';
export * from './lib/export/export.commands';
export * from './lib/export/export.state';
export * from './lib/export/export.decider';
export * from './lib/export/export-scope';
