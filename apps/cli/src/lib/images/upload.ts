import { Errors, Flags } from "@oclif/core";
import type { ImageUploadParams } from "@imgctl/client";
import type { Image, ImageDownload } from "@imgctl/types";
import { EXIT } from "@imgctl/cli-core";
import { follow, type WaitContext } from "../tasks/wait.js";

/** `--url`: an http(s) URL, checked before any request (the API downloads nothing else). */
export const urlFlag = Flags.custom<string>({
  summary: "http(s) URL the image is downloaded from (raw, qcow2, vhd, vhdx, vdi, ploop, ami, aki, ari)",
  helpValue: "URL",
  parse: async (input: string) => {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      throw new Errors.CLIError(`expected an http or https URL, got "${input}"`, { exit: EXIT.usage });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Errors.CLIError(`expected an http or https URL, got a ${url.protocol.slice(0, -1)} URL`, {
        exit: EXIT.usage,
      });
    }
    return input;
  },
});

/** The flags of `images upload` that become the request body. */
export interface UploadFlags {
  name: string;
  url: string;
  "os-distro"?: string | undefined;
  "os-version"?: string | undefined;
  architecture?: ImageDownload["architecture"] | undefined;
  "os-type"?: ImageDownload["os_type"] | undefined;
  "ssh-key"?: ImageDownload["ssh_key"] | undefined;
  "hw-firmware-type"?: NonNullable<ImageDownload["hw_firmware_type"]> | undefined;
  "hw-machine-type"?: NonNullable<ImageDownload["hw_machine_type"]> | undefined;
  "cow-format"?: boolean | undefined;
  baremetal?: boolean | undefined;
}

/** The upload body: the given flags only, so the API's defaults apply to the rest. */
export function uploadBody(f: UploadFlags): ImageDownload {
  const body: ImageDownload = { name: f.name, url: f.url };
  if (f["os-distro"] !== undefined) body.os_distro = f["os-distro"];
  if (f["os-version"] !== undefined) body.os_version = f["os-version"];
  if (f.architecture) body.architecture = f.architecture;
  if (f["os-type"]) body.os_type = f["os-type"];
  if (f["ssh-key"]) body.ssh_key = f["ssh-key"];
  if (f["hw-firmware-type"]) body.hw_firmware_type = f["hw-firmware-type"];
  if (f["hw-machine-type"]) body.hw_machine_type = f["hw-machine-type"];
  if (f["cow-format"]) body.cow_format = true;
  if (f.baremetal) body.is_baremetal = true;
  return body;
}

/**
 * `images upload --wait`: the client's uploadAndWait, which waits for the download task and then
 * for the image itself (the task can finish while the image is still `saving`). The progress shows
 * the task's state, then the image's status.
 */
export async function uploadAndWait(ctx: WaitContext, params: ImageUploadParams): Promise<Image> {
  let taskId: string | undefined;
  let imageId: string | undefined;
  const interrupted = (): string => {
    if (imageId) return `image ${imageId} is still being written; check it with: imgctl images get ${imageId}`;
    if (taskId) return `the upload goes on; follow it with: imgctl tasks wait ${taskId}`;
    return "the upload may have started; check with: imgctl tasks list --active";
  };
  return follow(
    ctx,
    (wait) =>
      ctx.client.images.uploadAndWait(params, {
        ...wait,
        onProgress: (t) => {
          taskId = t.id;
          wait.onProgress(t);
        },
        onImageProgress: (i) => {
          imageId = i.id;
          wait.onImageProgress(i);
        },
      }),
    interrupted,
  );
}
