// After `vite build`: writes a brotli (.br) and a gzip (.gz) copy beside each text file of dist/,
// which the server sends to browsers that accept them (src/WebApi/Spa/SpaHosting.cs), so nothing
// is compressed per request. Best compression: it runs once per build.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(html|js|css|svg|json|txt|map)$/;

let before = 0;
let after = 0;
for (const entry of await readdir(DIST, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !TEXT.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const content = await readFile(path);
  const brotli = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  await writeFile(`${path}.br`, brotli);
  await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
  before += content.length;
  after += brotli.length;
}
console.log(`precompressed dist/: ${(before / 1024).toFixed(1)} kB → ${(after / 1024).toFixed(1)} kB with brotli`);
