// Request ids of 32 hex characters like the real API's: a random per-process prefix and a
// counter (a crypto call per request showed up in profiles).
import { randomBytes } from "node:crypto";

const requestIdPrefix = randomBytes(8).toString("hex");
let requestCounter = 0;

export const newRequestId = () => requestIdPrefix + (requestCounter++).toString(16).padStart(16, "0");
