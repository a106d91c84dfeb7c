import { Flags } from "@oclif/core";
import { EXIT, metadataFlag } from "@imgctl/cli-core";
import type { MetadataWrite } from "@imgctl/types";
import { judgeMetadataWrite, type ImageContext } from "@imgctl/metadata-policy/engine";
import { ExitCodeError } from "../../lib/exit-error.js";
import { formatFlag, inputFlag } from "../../lib/flags.js";
import { decisionJson, decisionText, operationIdOf, readBody } from "../../lib/plan-write.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";

export default class PolicyPlanWrite extends PolicyCommand<typeof PolicyPlanWrite> {
  static override summary = "judge a planned metadata write without sending it";
  static override description =
    "The write as the CLI hook and the middleware judge it: POST merge, PUT replace, item DELETE, PATCH update or create. In API 2026-08 (--api-version or the profile's) the PATCH's body is the tags merge patch: a null value deletes a key, a null body clears every user tag, read-only tags stay. Exits 1 when it would be denied.";
  static override examples = [
    "<%= config.bin %> <%= command.id %> --image ID --method PUT --body new-metadata.json",
    "<%= config.bin %> <%= command.id %> --image ID --method DELETE --key owner --strict",
    "<%= config.bin %> <%= command.id %> --image ID --api-version 2026-08 --operation update --body tags.json",
  ];
  static override flags = {
    ...policyFlags,
    format: formatFlag(["table", "json"]),
    image: Flags.string({ summary: "image id (omit for --operation create)" }),
    method: Flags.option({
      summary: "HTTP method of the write",
      options: ["POST", "PUT", "DELETE", "PATCH"] as const,
    })(),
    operation: Flags.option({
      summary: "the write as an operation",
      options: ["merge", "replace", "delete", "update", "create"] as const,
    })(),
    body: Flags.string({ summary: "JSON/YAML file with the metadata map, in 2026-08 the tags map (- for stdin)" }),
    set: metadataFlag({ summary: "a body item key=value (repeatable)", multiple: true }),
    key: Flags.string({ summary: "the key to delete (DELETE)" }),
    input: inputFlag("read the current image from a snapshot instead of the API"),
    strict: Flags.boolean({
      summary: "scope full: any deny-level finding of the new state denies (default: only introduced ones)",
    }),
  };

  async run(): Promise<ReturnType<typeof decisionJson>> {
    const { policy } = this.loadPolicy();
    const f = this.flags;
    const operationId = operationIdOf(f.method, f.operation);
    let image: ImageContext = { metadata: [] };
    const apiVersion = this.settings.apiVersion;
    if (operationId !== "imagesCreate") {
      if (!f.image) throw new ExitCodeError("--image is required", EXIT.usage);
      const found = await this.images({ input: f.input, imageIds: [f.image] });
      if (!found[0]) throw new ExitCodeError(`image ${f.image} not found in ${f.input}`, EXIT.usage);
      image = found[0];
    }
    if (operationId === "imageMetadataItemDelete" && !f.key)
      throw new ExitCodeError("--key is required for DELETE", EXIT.usage);
    const body = readBody(f.body, f.set);
    const { projectId, regionId, ...before } = image;
    const write: MetadataWrite = {
      operationId,
      apiVersion,
      ...(projectId !== undefined ? { projectId } : {}),
      ...(regionId !== undefined ? { regionId } : {}),
      ...(before.id !== undefined ? { imageId: before.id } : {}),
      ...(body !== undefined ? { metadata: body } : {}),
      ...(f.key ? { key: f.key } : {}),
      before,
    };
    const d = judgeMetadataWrite(policy, write, {
      now: this.now,
      scope: f.strict ? "full" : policy.writeScope,
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
    });
    const json = decisionJson(d);
    return this.conclude(
      json,
      () => (this.format === "json" ? JSON.stringify(json, null, 2) : decisionText(d)),
      d.decision === "deny" ? EXIT.failure : EXIT.ok,
    );
  }
}
