// Runs a Cloudflare Worker module (aanmelddienst/worker.js) on 127.0.0.1 with Node's own
// fetch, Request and Response: the test's stand-in for Cloudflare. Settings from the
// environment. Usage: node worker_host.mjs WORKER.js PORT
import http from "node:http";
import { pathToFileURL } from "node:url";

const [, , workerPath, port] = process.argv;
const worker = (await import(pathToFileURL(workerPath).href)).default;

http
  .createServer(async (req, res) => {
    const request = new Request(`http://127.0.0.1:${port}${req.url}`, {
      method: req.method,
      headers: req.headers,
    });
    const response = await worker.fetch(request, process.env);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  })
  .listen(Number(port), "127.0.0.1", () => console.log("listening"));
