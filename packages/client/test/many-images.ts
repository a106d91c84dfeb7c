// A fixture with many images of Alpha's project 10 in region 1, for paging tests and the bench.
import { demoFixture, type Fixture, type FixtureImage } from "@imgctl/emulator";

/** The tag every generated image carries, so filters can leave the demo images out. */
export const BATCH = { batch: "b" } as const;

/**
 * The demo fixture plus `count` private images: image i has `batch=b`, `n=i`, `env` prod (odd i)
 * or dev (even i), and `owner=web` when i is a multiple of 5.
 */
export function manyImages(count: number): Fixture {
  const images: FixtureImage[] = [];
  for (let i = 0; i < count; i++) {
    images.push({
      id: `55555555-0000-4000-8000-${String(i).padStart(12, "0")}`,
      projectId: 10,
      regionId: 1,
      name: `many-${i}`,
      visibility: "private",
      osDistro: i % 3 ? "ubuntu" : "debian",
      osVersion: "22.04",
      createdAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
      metadata: { ...BATCH, n: String(i), env: i % 2 ? "prod" : "dev", ...(i % 5 ? {} : { owner: "web" }) },
    });
  }
  return { ...demoFixture, images: [...(demoFixture.images ?? []), ...images] };
}
