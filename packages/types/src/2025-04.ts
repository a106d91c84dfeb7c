// The 2025-04 generation by name: the same types as the package's main entry, which keeps exporting them.
export type * from "./index.js";

/** The generation these types describe. */
export type GenerationApiVersion = "2025-04";
