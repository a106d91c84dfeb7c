/** A demo principal of the emulator's fixture: these keys are public and only valid on the emulator. */
export interface DemoKey {
  key: string;
  role: string;
  name: string | null;
  entityId: number | null;
  /** The projects the principal can act in (an admin: all of them). */
  projects: Array<{ id: number; name: string }>;
}

interface FixtureLike {
  apiKeys: Array<{ key: string; role: string; name?: string; entityId?: number }>;
  clients: Array<{ id: number; resellerId: number | null }>;
  projects: Array<{ id: number; name: string; clientId: number | null }>;
}

/** Which projects a key reaches: a client its own, a reseller its clients', an admin every one. */
function projectsOf(fixture: FixtureLike, key: FixtureLike["apiKeys"][number]): DemoKey["projects"] {
  const clientIds =
    key.role === "admin"
      ? undefined
      : key.role === "reseller"
        ? new Set(fixture.clients.filter((c) => c.resellerId === key.entityId).map((c) => c.id))
        : new Set([key.entityId]);
  return fixture.projects
    .filter((p) => !clientIds || (p.clientId !== null && clientIds.has(p.clientId)))
    .map((p) => ({ id: p.id, name: p.name }));
}

export async function demoKeys(): Promise<DemoKey[]> {
  const { demoFixture } = (await import("@imgctl/emulator")) as unknown as { demoFixture: FixtureLike };
  return demoFixture.apiKeys.map((k) => ({
    key: k.key,
    role: k.role,
    name: k.name ?? null,
    entityId: k.entityId ?? null,
    projects: projectsOf(demoFixture, k),
  }));
}
