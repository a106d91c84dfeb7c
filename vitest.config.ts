import { defineConfig } from "vitest/config";

// IDE and ad-hoc runs: every package keeps its own vitest.config.ts; turbo runs them one by one.
export default defineConfig({
  test: {
    projects: ["spec", "packages/*", "apps/*", "e2e"],
  },
});
