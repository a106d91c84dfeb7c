import type { Architecture, HwFirmwareType, HwMachineType, OsType, SshKeyPolicy, Visibility } from "@imgctl/types";

// The spec's enums, as flag options: a wrong value is a usage error before any request.
export const VISIBILITIES = ["private", "public", "shared"] as const satisfies readonly Visibility[];
export const ARCHITECTURES = ["x86_64", "aarch64"] as const satisfies readonly Architecture[];
export const OS_TYPES = ["linux", "windows"] as const satisfies readonly OsType[];
export const SSH_KEY_POLICIES = ["allow", "deny", "required"] as const satisfies readonly SshKeyPolicy[];
export const FIRMWARE_TYPES = ["bios", "uefi"] as const satisfies readonly HwFirmwareType[];
export const MACHINE_TYPES = ["q35", "i440"] as const satisfies readonly HwMachineType[];
export const ENTITY_TYPES = ["reseller", "client", "project"] as const;
