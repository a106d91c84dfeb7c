// The floor of a fleet scan: every page of every pair fetched and parsed (plain fetch, JSON.parse, no client, no
// evaluation), with the same concurrency across pairs as the CLI. Images per second here is the most any client
// could reach against this emulator on this machine.

/** Lists every pair with `concurrency` pairs at a time; returns images listed and seconds taken. */
export async function rawList({ url, key, pairs, concurrency, pageSize = 1000 }) {
  const headers = { authorization: `APIKey ${key}` };
  let images = 0;
  let next = 0;
  const worker = async () => {
    while (next < pairs.length) {
      const [project, region] = pairs[next++];
      for (let offset = 0; ; offset += pageSize) {
        const response = await fetch(`${url}/v1/images/${project}/${region}?limit=${pageSize}&offset=${offset}`, {
          headers,
        });
        if (!response.ok) throw new Error(`raw list ${project}/${region}: HTTP ${response.status}`);
        const page = JSON.parse(await response.text());
        images += page.results.length;
        if (page.results.length === 0 || offset + page.results.length >= page.count) break;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { images, seconds: (performance.now() - started) / 1000 };
}
