import { Command } from "../dist/entry.js";

/** One GET with the platform `fetch()` (as @imgctl/client sends it), the body parsed as JSON; prints its `count`. */
export default class Get extends Command {
  static summary = "GET FLOOR_URL with fetch() (Authorization: APIKey FLOOR_API_KEY) and print the list's count";

  async run() {
    const response = await fetch(process.env.FLOOR_URL, {
      headers: { authorization: `APIKey ${process.env.FLOOR_API_KEY}`, accept: "application/json" },
    });
    if (!response.ok) this.error(`GET ${process.env.FLOOR_URL}: ${response.status}`);
    const list = await response.json();
    this.log(String(list.count));
  }
}
