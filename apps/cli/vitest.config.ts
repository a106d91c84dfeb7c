import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "cli",
    include: ["test/**/*.test.ts"],
    // @oclif/test captures process.stdout/stderr itself; vitest must not intercept console (oclif/test#645).
    disableConsoleIntercept: true,
    // Commands share process.env (XDG dirs) in process; one file at a time keeps that sane on 2 cores.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
