import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "emulator",
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
