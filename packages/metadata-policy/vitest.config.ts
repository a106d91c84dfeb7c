import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "metadata-policy",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
