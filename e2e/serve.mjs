// Serves the production builds as plain static files: `dist/` at the root and `dist-subpath/`
// under /some/path/ (built with `vite build --base=/some/path/`), as any static host would.
import { createServer } from 'node:http';
import sirv from 'sirv';

const SUB_PATH = '/some/path/';
const port = Number(process.env.PORT ?? 4173);

const root = sirv('dist', { single: true, etag: true });
const subPath = sirv('dist-subpath', { single: true, etag: true });

createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === SUB_PATH.slice(0, -1)) {
    res.writeHead(301, { Location: SUB_PATH }).end();
  } else if (url.startsWith(SUB_PATH)) {
    req.url = url.slice(SUB_PATH.length - 1);
    subPath(req, res);
  } else {
    root(req, res);
  }
}).listen(port, '127.0.0.1', () =>
  console.log(`Serving dist/ on http://127.0.0.1:${port}/ and dist-subpath/ on ${SUB_PATH}`),
);
