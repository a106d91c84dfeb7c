// Regions, resellers, clients, projects and API keys never change through the API, so they
// are read once when the store opens and looked up from memory on every request.
import type { Db } from "./db.js";

export type Principal =
  | { role: "admin"; userId: number }
  | { role: "reseller"; resellerId: number; userId: number }
  | { role: "client"; clientId: number; userId: number };

export interface ProjectInfo {
  id: number;
  name: string;
  clientId: number | null;
  resellerId: number | null;
}

export class Directory {
  readonly regions = new Map<number, string>();
  readonly resellers = new Map<number, string>();
  readonly clients = new Map<number, { name: string; resellerId: number | null }>();
  readonly projects = new Map<number, ProjectInfo>();
  readonly keys = new Map<string, Principal>();

  constructor(db: Db) {
    for (const r of db.prepare("SELECT id, name FROM regions").all() as { id: number; name: string }[])
      this.regions.set(r.id, r.name);
    for (const r of db.prepare("SELECT id, name FROM resellers").all() as { id: number; name: string }[])
      this.resellers.set(r.id, r.name);
    for (const c of db.prepare("SELECT id, name, reseller_id FROM clients").all() as {
      id: number;
      name: string;
      reseller_id: number | null;
    }[]) {
      this.clients.set(c.id, { name: c.name, resellerId: c.reseller_id });
    }
    for (const p of db.prepare("SELECT id, name, client_id FROM projects").all() as {
      id: number;
      name: string;
      client_id: number | null;
    }[]) {
      const resellerId = p.client_id === null ? null : (this.clients.get(p.client_id)?.resellerId ?? null);
      this.projects.set(p.id, { id: p.id, name: p.name, clientId: p.client_id, resellerId });
    }
    for (const k of db.prepare("SELECT key, role, entity_id FROM api_keys").all() as {
      key: string;
      role: string;
      entity_id: number | null;
    }[]) {
      const id = k.entity_id ?? 0;
      if (k.role === "admin") this.keys.set(k.key, { role: "admin", userId: 1 });
      else if (k.role === "reseller") this.keys.set(k.key, { role: "reseller", resellerId: id, userId: id });
      else this.keys.set(k.key, { role: "client", clientId: id, userId: id });
    }
  }

  /** The client the principal acts for, if any (used as Task.client_id). */
  static clientOf(p: Principal): number | null {
    return p.role === "client" ? p.clientId : null;
  }

  /** May the principal read this project's images and tasks? */
  canRead(p: Principal, project: ProjectInfo): boolean {
    if (p.role === "admin") return true;
    if (p.role === "reseller") return project.resellerId === p.resellerId;
    return project.clientId === p.clientId;
  }

  /** Project ids the principal may read (for tasks): null = all. */
  readableProjects(p: Principal): Set<number> | null {
    if (p.role === "admin") return null;
    const out = new Set<number>();
    for (const project of this.projects.values()) if (this.canRead(p, project)) out.add(project.id);
    return out;
  }
}
