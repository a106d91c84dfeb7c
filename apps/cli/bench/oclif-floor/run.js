// Resolves @oclif/core from apps/cli/node_modules (the parent directories).
import { execute } from "@oclif/core";

await execute({ dir: import.meta.url });
