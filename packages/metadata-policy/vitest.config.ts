import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "metadata-policy",
    include: ["test/**/*.test.ts"],
    // oclif's runCommand captures stdout itself; vitest's interception would swallow it.
    disableConsoleIntercept: true,
    testTimeout: 30_000,
  },
});
