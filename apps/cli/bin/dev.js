#!/usr/bin/env -S node --import tsx
// Development entry: runs src/ through tsx (ts-node cannot load ESM on Node 20, oclif/oclif#1246).
// Needs `tsx` (pnpm add -D tsx); `bin/run.js` runs the built dist/ and is what users get.
import { execute } from "@oclif/core";

await execute({ development: true, dir: import.meta.url });
