import { Flags } from "@oclif/core";
import { metadataFlag, EXIT } from "@imgctl/cli-core";
import type { MetadataWrite } from "@imgctl/types";
import { judgeMetadataWrite } from "@imgctl/metadata-policy/engine";
import type { ImageContext } from "@imgctl/metadata-policy/engine";
import { loadImages } from "../../lib/check.js";
import { ExitCodeError } from "../../lib/exit-error.js";
import { decisionJson, decisionText, operationIdOf, readBody } from "../../lib/plan-write.js";
import { PolicyCommand, policyFlags } from "../../lib/policy-command.js";

export default class PolicyPlanWrite extends PolicyCommand<typeof PolicyPlanWrite> {
  static override summary = "Judge a planned metadata write (POST merge, PUT replace, item DELETE) without sending it (exit 1 if denied)";
  static override examples = [
    "<%= config.bin %> policy plan-write --image ID --method PUT --body new-metadata.json",
    "<%= config.bin %> policy plan-write --image ID --method DELETE --key owner --strict",
  ];
  static override flags = {
    ...policyFlags,
    format: Flags.string({ char: "f", summary: "output format", options: ["table", "json"], default: "table" }),
    image: Flags.string({ summary: "image id (omit for --operation create)" }),
    method: Flags.string({ summary: "HTTP method of the write", options: ["POST", "PUT", "DELETE", "PATCH"] }),
    operation: Flags.string({ summary: "the write as an operation", options: ["merge", "replace", "delete", "update", "create"] }),
    body: Flags.string({ summary: "JSON/YAML file with the metadata map (- for stdin)" }),
    set: metadataFlag({ summary: "a body item key=value (repeatable)", multiple: true }),
    key: Flags.string({ summary: "the key to delete (DELETE)" }),
    input: Flags.string({ char: "i", summary: "read the current image from a snapshot instead of the API" }),
    strict: Flags.boolean({ summary: "scope full: any deny-level finding of the new state denies (default: only introduced ones)" }),
  };

  async run(): Promise<void> {
    const { policy } = this.loadPolicy();
    const f = this.flags;
    const operationId = operationIdOf(f.method, f.operation);
    let image: ImageContext = { metadata: [] };
    if (operationId !== "imagesCreate") {
      if (!f.image) throw new ExitCodeError("--image is required", EXIT.usage);
      const found = await loadImages(f.input ? { input: f.input, imageIds: [f.image] } : { client: () => this.client(), projectId: () => this.projectId(), regionId: () => this.regionId(), imageIds: [f.image] });
      if (!found[0]) throw new ExitCodeError(`image ${f.image} not found in ${f.input}`, EXIT.usage);
      image = found[0];
    }
    if (operationId === "imageMetadataItemDelete" && !f.key) throw new ExitCodeError("--key is required for DELETE", EXIT.usage);
    const body = readBody(f.body, f.set);
    const { projectId, regionId, ...before } = image;
    const write: MetadataWrite = {
      operationId,
      ...(projectId !== undefined ? { projectId } : {}),
      ...(regionId !== undefined ? { regionId } : {}),
      ...(before.id !== undefined ? { imageId: before.id } : {}),
      ...(body ? { metadata: body } : {}),
      ...(f.key ? { key: f.key } : {}),
      before,
    };
    const d = judgeMetadataWrite(policy, write, {
      now: this.now,
      scope: f.strict ? "full" : policy.writeScope,
      ...(this.ceiling ? { ceiling: this.ceiling } : {}),
    });
    this.emit(this.format === "json" ? JSON.stringify(decisionJson(d), null, 2) : decisionText(d));
    this.done(d.decision === "deny" ? EXIT.failure : EXIT.ok);
  }
}
