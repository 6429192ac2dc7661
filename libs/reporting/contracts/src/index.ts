export * from './lib/time-report';
export * from './lib/saved-reports';
export * from './lib/shared-links';
export * from './lib/report-read-model';
