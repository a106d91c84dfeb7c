import { Flags } from "@oclif/core";
import { metadataFlag, policyFlag } from "@imgctl/cli-core";
import { FIRMWARE_TYPES, MACHINE_TYPES, OS_TYPES, SSH_KEY_POLICIES } from "./options.js";

/** Image properties shared by `images create` and `images update`. */
export const imagePropertyFlags = {
  "os-type": Flags.option({ options: OS_TYPES, summary: "installed OS family" })(),
  "ssh-key": Flags.option({
    options: SSH_KEY_POLICIES,
    summary: "whether instances accept, forbid or require an SSH key",
  })(),
  "hw-firmware-type": Flags.option({ options: FIRMWARE_TYPES, summary: "firmware used to boot the guest" })(),
  "hw-machine-type": Flags.option({ options: MACHINE_TYPES, summary: "virtual chipset type" })(),
  metadata: metadataFlag({ multiple: true, summary: "metadata key=value (repeatable)" }),
  policy: policyFlag,
};

export const waitFlag = Flags.boolean({ summary: "wait for the task to finish (Ctrl-C stops waiting, not the task)" });
