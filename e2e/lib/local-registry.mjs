// A minimal npm registry on loopback that serves only the given tarballs (the @imgctl
// scope), so that packed packages install with plain npm exactly as they will from the
// public registry. Everything outside the scope still comes from the normal registry
// (npm's per-scope `@imgctl:registry` setting).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

function manifestOf(tarball) {
  return JSON.parse(execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }));
}

/** Starts the registry; resolves to `{ url, close }`. */
export async function startLocalRegistry(tarballs) {
  const packages = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "");
    const tarball = [...packages.values()].find((p) => p.file === path);
    if (tarball) {
      res.writeHead(200, { "content-type": "application/octet-stream", "cache-control": "no-store" });
      return res.end(tarball.bytes);
    }
    const pkg = packages.get(path);
    if (!pkg) {
      res.writeHead(404, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: "not found" }));
    }
    const version = {
      ...pkg.manifest,
      dist: { tarball: `${url}/${pkg.file}`, integrity: pkg.integrity, shasum: pkg.shasum },
    };
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(
      JSON.stringify({
        name: pkg.manifest.name,
        "dist-tags": { latest: pkg.manifest.version },
        versions: { [pkg.manifest.version]: version },
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  for (const file of tarballs) {
    const manifest = manifestOf(file);
    const bytes = readFileSync(file);
    packages.set(manifest.name, {
      manifest,
      bytes,
      file: `${manifest.name}/-/${manifest.name.split("/").pop()}-${manifest.version}.tgz`,
      integrity: `sha512-${createHash("sha512").update(bytes).digest("base64")}`,
      shasum: createHash("sha1").update(bytes).digest("hex"),
    });
  }
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}
