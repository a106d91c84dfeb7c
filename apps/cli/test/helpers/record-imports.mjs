// `node --import ./record-imports.mjs`: logs every resolved ESM URL to $IMGCTL_IMPORT_LOG.
import { register } from "node:module";

register("./record-imports-hooks.mjs", import.meta.url);
