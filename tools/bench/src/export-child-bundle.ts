import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/**
 * export-child.ts and the workspace libraries it imports as one plain JavaScript file, built with the esbuild that
 * is already in node_modules (through @angular/build), so the measured process runs the worker's code without
 * ts-node's TypeScript compiler in its resident set. npm packages stay external: the child loads them from the
 * repository's node_modules (NODE_PATH), as the worker does.
 */
export function bundleExportChild(directory: string): { file: string; nodePath: string } {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const file = path.join(directory, 'export-child.js');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'export-child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: path.join(root, 'tools/bench/tsconfig.json'),
    outfile: file,
    logLevel: 'error',
  });
  return { file, nodePath: path.join(root, 'node_modules') };
}
