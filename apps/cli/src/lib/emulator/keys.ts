/** A demo principal of the emulator's fixture: these keys are public and only valid on the emulator. */
export interface DemoKey {
  key: string;
  role: string;
  name: string | null;
  entityId: number | null;
}

interface FixtureLike {
  apiKeys: Array<{ key: string; role: string; name?: string; entityId?: number }>;
}

export async function demoKeys(): Promise<DemoKey[]> {
  const { demoFixture } = (await import("@imgctl/emulator")) as unknown as { demoFixture: FixtureLike };
  return demoFixture.apiKeys.map((k) => ({ key: k.key, role: k.role, name: k.name ?? null, entityId: k.entityId ?? null }));
}
