#!/usr/bin/env -S node --import tsx
// Development entry: runs ./src through tsx, no build needed (ts-node cannot load ESM on Node 20,
// see oclif/oclif issue 1246). The shebang registers tsx, so the transpiler lookup of oclif is
// turned off and the commands are read from ./src/commands. Users get bin/run.js (built dist).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execute, settings } from "@oclif/core";

settings.enableAutoTranspile = false;
const root = fileURLToPath(new URL("..", import.meta.url));
const pjson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
pjson.oclif.commands = "./src/commands";

await execute({ development: true, loadOptions: { root, pjson } });
