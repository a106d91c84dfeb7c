/** The deprecation notice of `reseller-images *` (printed by oclif on stderr, not in --json). */
export const DEPRECATION = (verb: "get" | "set" | "delete") => ({
  message: `reseller-images is deprecated by the API; use \`imgctl shared-images ${verb} --entity-type reseller --entity-id ID\``,
});
