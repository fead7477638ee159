// Bundles the web app (web/) into dist/web with esbuild: one script, one stylesheet, one page.
// Run by `npm run build`; the pages use no CDN and need no network.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWeb(outDir = path.join(root, 'dist', 'web')) {
  fs.mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'web', 'src', 'main.ts')],
    outfile: path.join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const name of ['index.html', 'app.css', 'favicon.svg']) fs.copyFileSync(path.join(root, 'web', name), path.join(outDir, name));
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb();
}
