import type { ImageCreateFromVolume } from "@imgctl/types";

/** The flags that become the body of a create from a volume (`images create`, `baremetal-images create`). */
export interface VolumeImageFlags {
  name: string;
  "volume-id": string;
  architecture?: ImageCreateFromVolume["architecture"] | undefined;
  "os-type"?: ImageCreateFromVolume["os_type"] | undefined;
  "ssh-key"?: ImageCreateFromVolume["ssh_key"] | undefined;
  "hw-firmware-type"?: NonNullable<ImageCreateFromVolume["hw_firmware_type"]> | undefined;
  "hw-machine-type"?: NonNullable<ImageCreateFromVolume["hw_machine_type"]> | undefined;
}

/** The given flags only, so the API's defaults apply to the rest. */
export function volumeImageBody(f: VolumeImageFlags): ImageCreateFromVolume {
  const body: ImageCreateFromVolume = { name: f.name, volume_id: f["volume-id"], source: "volume" };
  if (f.architecture) body.architecture = f.architecture;
  if (f["os-type"]) body.os_type = f["os-type"];
  if (f["ssh-key"]) body.ssh_key = f["ssh-key"];
  if (f["hw-firmware-type"]) body.hw_firmware_type = f["hw-firmware-type"];
  if (f["hw-machine-type"]) body.hw_machine_type = f["hw-machine-type"];
  return body;
}
