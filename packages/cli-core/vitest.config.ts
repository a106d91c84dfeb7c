import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "cli-core",
    include: ["test/**/*.test.ts"],
    // @oclif/core writes through process.stdout/stderr; vitest must not swallow it (oclif/test#645).
    disableConsoleIntercept: true,
    testTimeout: 30_000,
  },
});
