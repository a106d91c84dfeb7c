// An independent model of who sees which image: a project's own images, the public images its most
// specific shared-image record allows (project, then client, then reseller), and images shared with it.
// Written from those rules and the fixture data, not from the emulator's queries.
export interface ModelImage {
  id: string;
  name: string;
  projectId: number;
  regionId: number;
  isPublic: boolean;
  /** Bare-metal images are listed by /v1/bmimages, the others by /v1/images and /v1/projectimages. */
  isBaremetal: boolean;
}

export type ShareRecord = string[] | null; // null = all public images
export type EntityKey = `${"reseller" | "client" | "project"}:${number}:${number}`; // type:id:region

export interface ModelProject {
  id: number;
  clientId: number | null;
  resellerId: number | null;
}

export class VisibilityModel {
  readonly records = new Map<EntityKey, ShareRecord>();

  constructor(readonly images: ModelImage[]) {}

  /** The records of a project, its client and its reseller in a region, most specific first. */
  private recordsFor(project: ModelProject, regionId: number): ShareRecord[] {
    const keys: EntityKey[] = [`project:${project.id}:${regionId}`];
    if (project.clientId !== null) keys.push(`client:${project.clientId}:${regionId}`);
    if (project.resellerId !== null) keys.push(`reseller:${project.resellerId}:${regionId}`);
    return keys.filter((k) => this.records.has(k)).map((k) => this.records.get(k)!);
  }

  /** Every image the project may see (get by id); the lists split them by isBaremetal. */
  visible(project: ModelProject, regionId: number): ModelImage[] {
    const records = this.recordsFor(project, regionId);
    const mostSpecific = records[0];
    const listed = new Set(records.flatMap((r) => r ?? []));
    return this.images.filter((image) => {
      if (image.regionId !== regionId) return false;
      if (image.projectId === project.id) return true;
      if (image.isPublic) return mostSpecific === undefined || mostSpecific === null || mostSpecific.includes(image.id);
      return listed.has(image.id);
    });
  }

  /** `public`, or `shared` while any record lists a project image, else `private`. */
  visibilityOf(image: ModelImage): "public" | "private" | "shared" {
    if (image.isPublic) return "public";
    return [...this.records.values()].some((r) => r?.includes(image.id)) ? "shared" : "private";
  }
}
