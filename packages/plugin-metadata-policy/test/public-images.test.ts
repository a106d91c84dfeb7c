// `policy check` leaves out public images the caller cannot change; unit-level, the rule itself.
import { describe, expect, it } from "vitest";
import { leaveOutForeignPublic } from "../src/lib/check.js";

const img = (id: string, projectId: number, visibility: string) => ({
  id,
  projectId,
  regionId: 1,
  visibility,
  metadata: [],
});

describe("leaveOutForeignPublic", () => {
  const images = [
    img("private", 10, "private"),
    img("own-public", 10, "public"),
    img("os", 1, "public"),
    img("shared", 7, "shared"),
  ];

  it("keeps the caller's public images and everything not public, and counts what it left out", () => {
    const r = leaveOutForeignPublic(images, 10);
    expect(r.images.map((i) => i.id)).toEqual(["private", "own-public", "shared"]);
    expect(r.skipped).toBe(1);
  });

  it("with no caller project known, no public image is known to be the caller's", () => {
    const r = leaveOutForeignPublic(images, undefined);
    expect(r.images.map((i) => i.id)).toEqual(["private", "shared"]);
    expect(r.skipped).toBe(2);
  });
});
