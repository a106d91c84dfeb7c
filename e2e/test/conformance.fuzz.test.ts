// Schemathesis-style conformance fuzzing: for every operation of the spec, generate valid and
// invalid requests from its schemas, send them to the emulator in process with valid, wrong
// and missing credentials, and check every response against the spec. Both API generations: the
// seed's 2025-04 (≈ 5,300 requests) and 2026-08 (half that: its operations are mostly the seed's,
// so the whole run stays within 1.5× what one generation took). IMGCTL_FUZZ_RUNS scales the run;
// failing cases are shrunk and printed as curl commands.
import fc from "fast-check";
import { createEmulator, demoFixture, type Emulator } from "@imgctl/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidBody, valid, wrongType } from "../lib/arbitraries.js";
import { asKey, send, toCurl, type Outcome, type RequestSpec } from "../lib/http.js";
import { type Operation, type Parameter, specOf } from "../lib/spec.js";
import type { ApiVersion } from "@imgctl/types/spec";

const SCALE = Number(process.env.IMGCTL_FUZZ_RUNS ?? "1");
/** Requests per generation, whatever its number of operations, so that adding operations does not lengthen the run. */
const BUDGET: Record<ApiVersion, number> = { "2025-04": 5300, "2026-08": 2650 };
/** The fewest requests a default run must send (the seed's floor; 2026-08's is half). */
const FLOOR: Record<ApiVersion, number> = { "2025-04": 5000, "2026-08": 2500 };
/** Upload URLs: most succeed, a host under .invalid fails the download (the task ends in ERROR). */
const UPLOAD_URLS = [
  "https://images.example.com/jammy.img",
  "http://mirror.example.org/debian-12.qcow2",
  "https://down.invalid/x.img",
];
const KEYS = { admin: "imgctl-demo$admin", alpha: "imgctl-demo$alpha", reseller: "imgctl-demo$reseller-acme" };

function fuzz(version: ApiVersion): void {
  const spec = specOf(version);
  const { specOperations, parametersOf, requestBodySchema, documentedStatuses, responseProblem, resolve } = spec;
  // About BUDGET requests in all (25 operations in 2025-04: about 212 each).
  const PER_OPERATION = BUDGET[version] / specOperations.length;
  const RUNS = {
    valid: Math.round(PER_OPERATION * 0.455 * SCALE),
    invalid: Math.round(PER_OPERATION * 0.455 * SCALE),
    auth: Math.round(PER_OPERATION * 0.09 * SCALE),
  };

  describe(version, () => {
    let emulator: Emulator;
    let requests = 0;
    const statuses = new Map<string, Map<number, number>>();
    const pools = {
      images: [] as string[],
      tasks: [] as string[],
      byProject: new Map<string, string[]>(),
      keys: new Map<string, string[]>(),
    };
    const bootable = (project: number, region: number) =>
      (demoFixture.volumes ?? [])
        .filter((v) => v.projectId === project && v.regionId === region && v.bootable && !v.createError)
        .map((v) => v.id);

    beforeAll(() => {
      // The arbitraries resolve $refs in this generation's document from now on.
      spec.activate();
      emulator = createEmulator({ db: ":memory:", fixture: "demo", tasks: { mode: "immediate" }, apiVersion: version });
    });

    /** Re-reads which images exist, since earlier operations created and deleted some. */
    async function refreshPools(): Promise<void> {
      pools.images = [];
      for (const [project, region] of [
        [10, 1],
        [10, 2],
        [11, 1],
        [11, 2],
        [20, 1],
        [30, 1],
        [1, 1],
      ] as const) {
        const out = await send(emulator.fetch, asKey(KEYS.admin, "GET", `/v1/images/${project}/${region}`));
        const results = (
          out.body as {
            results: Array<{
              id: string;
              project_id: number;
              metadata?: Record<string, string>;
              tags_v2?: Array<{ key: string }>;
            }>;
          }
        ).results;
        pools.images.push(...results.map((i) => i.id));
        for (const image of results)
          pools.keys.set(image.id, image.tags_v2 ? image.tags_v2.map((t) => t.key) : Object.keys(image.metadata ?? {}));
        pools.byProject.set(
          `${project}/${region}`,
          results.filter((i) => i.project_id === project).map((i) => i.id),
        );
      }
      pools.images = [...new Set(pools.images)];
    }

    afterAll(async () => {
      await emulator.close();
      console.log(`conformance fuzzing (${version}): ${requests} requests`);
      for (const [id, counts] of statuses) {
        console.log(
          `  ${id.padEnd(24)} ${[...counts]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${s}×${n}`)
            .join(" ")}`,
        );
      }
    });

    /** A valid value for a parameter, drawn from ids that exist as often as from ones that do not. */
    function paramValue(param: Parameter): fc.Arbitrary<string> {
      const known: Record<string, fc.Arbitrary<unknown>> = {
        project_id: fc.constantFrom(10, 11, 20, 30, 1, 424242),
        region_id: fc.constantFrom(1, 2, 99),
        reseller_id: fc.constantFrom(100, 200, 999),
        entity_id: fc.constantFrom(100, 1001, 10, 20, 5555),
        image_id: fc.oneof(fc.constantFrom(...pools.images), fc.uuid()),
        task_id: fc.oneof(pools.tasks.length ? fc.constantFrom(...pools.tasks) : fc.uuid(), fc.uuid()),
        metadata_k: fc
          .array(fc.constantFrom("os_distro", "owner", "env", "nope"), { maxLength: 3 })
          .map((a) => JSON.stringify(a)),
        metadata_kv: fc
          .dictionary(fc.constantFrom("os_distro", "owner", "env"), fc.constantFrom("ubuntu", "team-web", "prod"), {
            maxKeys: 2,
          })
          .map((o) => JSON.stringify(o)),
        key: fc.constantFrom("owner", "env", "os_distro", "missing-key"),
        // 2026-08 list filters and paging: values that exist as often as ones that do not.
        ...(version === "2026-08"
          ? {
              tag_key: fc
                .array(fc.constantFrom("os_distro", "owner", "env", "nope"), { minLength: 1, maxLength: 3 })
                .map((a) => a.join(",")),
              tag_key_value: fc
                .dictionary(
                  fc.constantFrom("os_distro", "owner", "env"),
                  fc.constantFrom("ubuntu", "team-web", "prod"),
                  { maxKeys: 2 },
                )
                .map((o) => JSON.stringify(o)),
              name: fc.constantFrom("ubuntu", "ALPHA", "x64", "nothing-like-it"),
              os_distro: fc.constantFrom("ubuntu", "Debian", "windows", "arch"),
              os_version: fc.constantFrom("22.04", "12", "2022", "1"),
              offset: fc.constantFrom(0, 1, 2, 5, 1000),
            }
          : {}),
      };
      return (known[param.name] ?? valid(param.schema)).map((v) => String(v));
    }

    /**
     * Parameter values that fit together (an image of that project, a bootable volume in that region,
     * real entity ids), so that valid requests reach success responses and not only 404s.
     */
    function coherentValues(
      op: Operation,
    ): fc.Arbitrary<{ values: Record<string, string>; body?: Record<string, unknown>; key: string }> {
      const params = parametersOf(op);
      const bodySchema = requestBodySchema(op);
      return fc
        .record({
          key: fc.constantFrom(KEYS.admin, KEYS.alpha),
          project: fc.constantFrom(10, 11),
          region: fc.constantFrom(1, 2),
          pick: fc.nat(),
          body: bodySchema ? valid(bodySchema) : fc.constant(undefined),
        })
        .map(({ key, project, region, pick, body }) => {
          const own = pools.byProject.get(`${project}/${region}`) ?? [];
          const image = own.length ? own[pick % own.length]! : (pools.images[pick % pools.images.length] ?? "");
          const values: Record<string, string> = {
            project_id: String(project),
            region_id: String(region),
            image_id: image,
            reseller_id: "100",
          };
          const keys = pools.keys.get(image) ?? [];
          values.key = keys.length ? keys[pick % keys.length]! : "owner";
          if (pools.tasks.length) values.task_id = pools.tasks[pick % pools.tasks.length]!;
          if (params.some((p) => p.name === "entity_type"))
            Object.assign(values, { entity_type: "client", entity_id: "1001", region_id: String(region) });
          const b = body as Record<string, unknown> | undefined;
          if (b && (op.operationId === "imagesCreate" || op.operationId === "baremetalImagesCreate"))
            b.volume_id = bootable(project, region)[0] ?? b.volume_id;
          if (b && op.operationId === "imagesUpload") b.url = UPLOAD_URLS[pick % UPLOAD_URLS.length];
          // The task list and acknowledge-all: scoped to a project and region (set above) or to everything the key may see.
          if ((op.operationId === "tasksList" || op.operationId === "tasksAcknowledgeAll") && pick % 2 === 1) {
            delete values.project_id;
            delete values.region_id;
          }
          if (op.operationId === "tasksList" && pick % 3 === 0) values.state = "FINISHED,ERROR";
          if (b && op.operationId === "sharedImagesSet")
            Object.assign(b, {
              entity_type: "client",
              entity_id: 1001,
              region_id: region,
              image_ids: pick % 3 === 0 ? null : own.slice(0, 1),
            });
          if (b && op.operationId === "resellerImagesSet")
            Object.assign(b, { reseller_id: 100, region_id: region, image_ids: pick % 3 === 0 ? null : [] });
          return { values, body: b, key };
        });
    }

    function pathOf(op: Operation, values: Record<string, string>): string {
      return op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
    }

    function validRequest(op: Operation): fc.Arbitrary<RequestSpec> {
      const params = parametersOf(op);
      const paramArb = fc.record(Object.fromEntries(params.map((p) => [p.name, paramValue(p)])), {
        requiredKeys: params.filter((p) => p.required).map((p) => p.name),
      }) as fc.Arbitrary<Record<string, string>>;
      const bodySchema = requestBodySchema(op);
      const bodyArb = bodySchema ? valid(bodySchema) : fc.constant(undefined);
      const random = fc.record({
        values: paramArb,
        body: bodyArb,
        key: fc.constantFrom(KEYS.admin, KEYS.alpha, KEYS.reseller),
      });
      return fc
        .oneof({ arbitrary: random, weight: 1 }, { arbitrary: coherentValues(op), weight: 2 })
        .map(({ values, body: rawBody, key }) => {
          const query = Object.fromEntries(
            params
              .filter((p) => p.in === "query" && values[p.name] !== undefined)
              .map((p) => [p.name, values[p.name]!]),
          );
          return asKey(key, op.method, pathOf(op, values), rawBody, query);
        });
    }

    /** Requests that break the spec: a bad parameter or a bad body; each must get a 4xx. */
    function invalidRequest(op: Operation): fc.Arbitrary<RequestSpec & { why: string }> {
      const params = parametersOf(op);
      const bodySchema = requestBodySchema(op);
      const base = validRequest(op);
      const variants: fc.Arbitrary<RequestSpec & { why: string }>[] = [];
      const typed = params.filter(
        (p) => p.schema.type !== "string" || p.schema.enum || p.schema.format || p.schema.$ref || p.schema.maxLength,
      );
      if (typed.length) {
        variants.push(
          fc.tuple(base, fc.constantFrom(...typed)).chain(([req, param]) =>
            badParam(param).map((bad) => {
              const why = `bad ${param.in} parameter ${param.name}=${JSON.stringify(bad)}`;
              if (param.in === "query") return { ...req, query: { ...req.query, [param.name]: bad }, why };
              const segments = op.path.split("/");
              const actual = req.path.split("/");
              actual[segments.indexOf(`{${param.name}}`)] = encodeURIComponent(bad);
              return { ...req, path: actual.join("/"), why };
            }),
          ),
        );
      }
      const requiredQuery = params.filter((p) => p.in === "query" && p.required);
      for (const param of requiredQuery) {
        variants.push(
          base.map((req) => ({
            ...req,
            query: Object.fromEntries(Object.entries(req.query ?? {}).filter(([k]) => k !== param.name)),
            why: `missing required ${param.name}`,
          })),
        );
      }
      if (bodySchema) {
        variants.push(
          fc.tuple(base, invalidBody(bodySchema)).map(([req, mutation]) => ({
            ...req,
            body: JSON.stringify(mutation.apply(JSON.parse(req.body!))),
            why: `body: ${mutation.kind}`,
          })),
          base.map((req) => ({ ...req, body: "{not json", why: "body is not JSON" })),
          base.map((req) => ({
            ...req,
            headers: { ...req.headers, "content-type": "text/plain" },
            why: "wrong content type",
          })),
          base.map((req) => ({
            ...req,
            body: JSON.stringify({ filler: "x".repeat(1_100_000) }),
            why: "body over 1 MiB",
          })),
          base.map((req) => ({ ...req, body: "[".repeat(1000) + "]".repeat(1000), why: "1000-deep nesting" })),
        );
      }
      return fc.oneof(...variants);
    }

    function badParam(param: Parameter): fc.Arbitrary<string> {
      const schema = param.schema;
      // An array parameter (repeated or comma-separated keys): one bad item among good ones, or too many items.
      if (schema.type === "array") {
        const items = resolve(schema.items);
        const good = valid(items).map(String);
        const options: fc.Arbitrary<string>[] = [
          fc
            .tuple(
              good,
              badParam({ ...param, schema: items }).filter((bad) => bad !== "" && !bad.includes(",")),
            )
            .map(([ok, bad]) => `${ok},${bad}`),
        ];
        if (schema.maxItems)
          options.push(
            good.map((ok) =>
              Array(schema.maxItems + 1)
                .fill(ok)
                .join(","),
            ),
          );
        return fc.oneof(...options);
      }
      const options: fc.Arbitrary<string>[] = [];
      // A query string is always a string: only a non-string schema can get a value of the wrong type.
      if (schema.type !== "string") {
        options.push(
          wrongType(schema)
            .map((v) => (typeof v === "string" ? v : JSON.stringify(v)))
            .filter((s) => s.length > 0 && !acceptedAsQueryValue(schema, s)),
        );
      }
      // "0" is out of range for an id but a valid offset: keep only what the schema refuses.
      if (schema.type === "integer")
        options.push(
          fc
            .constantFrom("-1", "0", "1.5", "2147483648", "99999999999999999999", "abc")
            .filter((v) => !acceptedAsQueryValue(schema, v)),
        );
      if (schema.format === "uuid") options.push(fc.constantFrom("not-a-uuid", "1234", "'; drop table images;--"));
      if (schema.type === "boolean") options.push(fc.constantFrom("maybe", "2", "yes please"));
      if (schema.maxLength) options.push(fc.constant("k".repeat(schema.maxLength + 1)));
      if (schema.minLength) options.push(fc.constant(""));
      if (schema.$ref || schema.enum) options.push(fc.constantFrom("everyone", "PUBLIC", ""));
      if (schema.pattern) {
        // Only the candidates this pattern refuses (a tag key's pattern accepts "yesterday").
        const pattern = new RegExp(schema.pattern, "u");
        options.push(
          fc
            .constantFrom("yesterday", "2025-02-30", "2025-04-10T25:00:00Z", "10/04/2025", "a=b", "two words")
            .filter((v) => !pattern.test(v)),
        );
      }
      if (param.name === "metadata_k") options.push(fc.constantFrom("not json", '{"a":1}', "[1,2]"));
      if (param.name === "metadata_kv" || param.name === "tag_key_value")
        options.push(fc.constantFrom("not json", '["a"]', '{"a":1}'));
      return fc.oneof(...options);
    }

    /** Whether a query-string value still means a valid value of the schema ("true" is a boolean). */
    function acceptedAsQueryValue(schema: Parameter["schema"], value: string): boolean {
      if (schema.type === "boolean") return value === "true" || value === "false";
      if (schema.type === "integer")
        return (
          /^\d+$/.test(value) && Number(value) >= (schema.minimum ?? 0) && Number(value) <= (schema.maximum ?? Infinity)
        );
      return false;
    }

    /** The operations that answer 200 {tasks}: their task ids feed the task operations. */
    const TASK_STARTERS = new Set<string>(["imagesCreate", "imagesDelete", "imagesUpload", "baremetalImagesCreate"]);

    function conformance(op: Operation, _req: RequestSpec, out: Outcome): string | null {
      if (out.status >= 500) return `server error ${out.status}`;
      if (!documentedStatuses(op).includes(out.status))
        return `status ${out.status} is not documented for ${op.operationId}`;
      if (out.text.length > 0 && !out.contentType?.startsWith("application/json"))
        return `content type ${out.contentType} for a body`;
      if (out.status === 204 && out.text.length > 0) return "a body on a 204";
      const problem = responseProblem(op, out.status, out.body);
      return problem ? `response does not match the spec: ${problem}` : null;
    }

    async function check(op: Operation, req: RequestSpec, extra: (out: Outcome) => string | null): Promise<void> {
      requests += 1;
      const out = await send(emulator.fetch, req);
      const counts = statuses.get(op.operationId) ?? new Map<number, number>();
      counts.set(out.status, (counts.get(out.status) ?? 0) + 1);
      statuses.set(op.operationId, counts);
      if (out.status === 200 && TASK_STARTERS.has(op.operationId))
        pools.tasks.push(...(out.body as { tasks: string[] }).tasks);
      const problem = conformance(op, req, out) ?? extra(out);
      if (problem)
        throw new Error(`${problem}\n  replay: ${toCurl(req)}\n  got: ${out.status} ${out.text.slice(0, 400)}`);
    }

    describe.each(specOperations.map((op) => [op.operationId, op] as const))("%s", (_id, op) => {
      beforeAll(refreshPools);

      it("valid requests get a documented status and a conforming response", async () => {
        await fc.assert(
          fc.asyncProperty(validRequest(op), (req) => check(op, req, () => null)),
          { numRuns: RUNS.valid },
        );
      });

      it("invalid requests get a 4xx with the error body", async () => {
        await fc.assert(
          fc.asyncProperty(invalidRequest(op), ({ why, ...req }) =>
            check(op, req, (out) =>
              out.status >= 400 && out.status < 500 ? null : `${why}: expected a 4xx, got ${out.status}`,
            ),
          ),
          { numRuns: RUNS.invalid },
        );
      });

      it("missing or unknown credentials get 401", async () => {
        await fc.assert(
          fc.asyncProperty(
            validRequest(op),
            fc.constantFrom(undefined, "APIKey nope$nope", "Bearer imgctl-demo$admin", "APIKey ", "apikey"),
            (req, header) => {
              const headers = { ...req.headers };
              delete headers.authorization;
              if (header !== undefined) headers.authorization = header;
              return check(op, { ...req, headers }, (out) =>
                out.status === 401 ? null : `expected 401, got ${out.status}`,
              );
            },
          ),
          { numRuns: RUNS.auth },
        );
      });
    });

    describe("edge strings", () => {
      const merge = specOperations.find((op) => op.operationId === "imageMetadataMerge")!;
      it.each([
        ["NUL in a key", { "k\u0000": "v" }],
        ["NUL in a value", { k: "v\u0000" }],
        ["emoji and combining marks", { é: "👩‍💻", "e\u0301": "x" }],
        ["lone surrogate", { k: "\ud800" }],
        ["255-byte key of 2-byte characters (510 bytes)", { ["é".repeat(255)]: "v" }],
        ["1024-character value of 3-byte characters", { k: "€".repeat(1024) }],
      ])("%s never gets a 5xx and keeps the documented shapes", async (_name, body) => {
        await refreshPools();
        const image = pools.byProject.get("10/1")![0]!;
        const req = asKey(KEYS.alpha, "POST", `/v1/images/10/1/${image}/metadata`, body);
        await check(merge, req, () => null);
      });
    });

    describe("the run", () => {
      it(`sent at least ${FLOOR[version]} requests by default`, () => {
        expect(requests).toBeGreaterThanOrEqual(SCALE >= 1 ? FLOOR[version] : 0);
      });

      it("reached a success response on every operation (the valid cases are not all 404s)", () => {
        const without = specOperations.filter(
          (op) => ![...(statuses.get(op.operationId)?.keys() ?? [])].some((s) => s >= 200 && s < 300),
        );
        expect(without.map((op) => op.operationId)).toEqual([]);
      });
    });
  });
}

fuzz("2025-04");
fuzz("2026-08");
