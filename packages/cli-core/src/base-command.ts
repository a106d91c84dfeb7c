import { Command, Errors, ux, type Interfaces } from "@oclif/core";
import type { ClientOptions, ImagesClient } from "@imgctl/client";
import type { ApiVersion, MetadataWriteImage } from "@imgctl/types";
import { colorEnabled } from "./color.js";
import { localDbPath } from "./config/paths.js";
import { LOCAL_PROFILE } from "./config/profile.js";
import { resolveSettings, type Settings } from "./config/resolve.js";
import { createDebugLogger } from "./debug-logger.js";
import { EXIT, renderError, isApiError } from "./errors.js";
import { globalFlags } from "./flags.js";
import { connectionHint } from "./hints.js";
import { runMetadataWriteHook, writeImageOf, type MetadataWritePlan } from "./hooks.js";
import { localFetch, openLocalEmulator, type LocalEmulator } from "./local-emulator.js";
import { firstLocalNotice } from "./local-notice.js";
import { renderTable, terminalWidth, type Column } from "./table.js";

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<
  (typeof BaseCommand)["baseFlags"] & T["flags"]
>;
export type BaseArgs<T extends typeof Command> = Interfaces.InferredArgs<T["args"]>;

/**
 * What a command passes to `runMetadataWriteHook`; the base command fills in the rest. A command that has already
 * read the image passes it as `before`; otherwise the image is read only if a handler asks for it.
 */
export type MetadataWriteIntent = Omit<MetadataWritePlan, "before" | "projectId" | "regionId" | "policyPath"> & {
  before?: MetadataWriteImage;
};

/**
 * The base of every imgctl command, also for plugins: global flags, profile resolution, a lazily
 * created client (the in-process emulator for the `local` profile), one-line errors with exit
 * codes from one table (errors.ts `EXIT`: 3 API/runtime, 2 usage, 1 a deliberate "no"), and `--json`
 * printing what `run()` returns.
 */
export abstract class BaseCommand<T extends typeof Command> extends Command {
  static override enableJsonFlag = true;
  static override baseFlags = globalFlags;
  /** The API generations that have this command (unset: every one). In another, the command is a usage error. */
  static apiVersions: readonly ApiVersion[] | undefined;

  protected flags!: BaseFlags<T>;
  protected args!: BaseArgs<T>;
  /** Every positional value, for commands with `strict = false` (e.g. `k=v…` lists). */
  protected argvValues: string[] = [];

  private settingsCache: Settings | undefined;
  private clientPromise: Promise<ImagesClient> | undefined;
  private emulator: LocalEmulator | undefined;

  override async init(): Promise<void> {
    await super.init();
    const { args, argv, flags } = await this.parse({
      flags: this.ctor.flags,
      baseFlags: (this.ctor as typeof BaseCommand).baseFlags,
      enableJsonFlag: this.ctor.enableJsonFlag,
      args: this.ctor.args,
      strict: this.ctor.strict,
    }).catch((error: unknown) => {
      // Anything the parser rejects (flag, arg, env value) is a usage error: exit 2.
      const e = error as Error & { oclif?: { exit?: number } };
      if (e && typeof e === "object") e.oclif = { ...e.oclif, exit: EXIT.usage };
      throw e;
    });
    this.flags = flags as BaseFlags<T>;
    this.args = args as BaseArgs<T>;
    this.argvValues = argv.map(String);
    this.requireApiVersion((this.ctor as typeof BaseCommand).apiVersions, this.id ?? "this command");
  }

  /** A usage error (exit 2) when the generation in effect is not one of `versions`: `what` does not exist in it. */
  protected requireApiVersion(versions: readonly ApiVersion[] | undefined, what: string): void {
    if (!versions) return;
    const speaking = this.settings.apiVersion;
    if (versions.includes(speaking)) return;
    const which = versions.join(" and ");
    this.error(
      `${what.replaceAll(":", " ")} exists in API ${which} only; this profile speaks ${speaking} (pass --api-version ${versions[0]} or run \`imgctl config set api-version ${versions[0]}\`)`,
      {
        exit: EXIT.usage,
      },
    );
  }

  /** Connection settings: flags > env > profile > defaults. */
  protected get settings(): Settings {
    this.settingsCache ??= resolveSettings(this.flags ?? {});
    return this.settingsCache;
  }

  /** Whether stdout gets colour (TTY, NO_COLOR unset, not --json). */
  protected get color(): boolean {
    return !this.jsonEnabled() && colorEnabled(process.stdout);
  }

  /** The API client, created on first use; @imgctl/client (and the emulator) are imported only here. */
  protected client(): Promise<ImagesClient> {
    this.clientPromise ??= this.createClient();
    return this.clientPromise;
  }

  /** The project to act on; a usage error when none is configured. */
  protected projectId(): number {
    const id = this.settings.project;
    if (id === undefined)
      this.error("no project: pass --project, set GCORE_CLOUD_PROJECT_ID or run `imgctl config set project ID`", {
        exit: EXIT.usage,
      });
    return id;
  }

  protected regionId(): number {
    const id = this.settings.region;
    if (id === undefined)
      this.error("no region: pass --region, set GCORE_CLOUD_REGION_ID or run `imgctl config set region ID`", {
        exit: EXIT.usage,
      });
    return id;
  }

  /**
   * The projects the profile's key may read and every region of the in-process emulator (the `local` profile), for
   * commands that scan `all` of them; undefined for an HTTP API, which has no such listing.
   */
  protected async localDirectory(): Promise<{ projects: number[]; regions: number[] } | undefined> {
    if (!this.settings.local) return undefined;
    await this.client();
    return this.emulator?.directory?.(this.settings.apiKey);
  }

  /** Fires `metadata:write` before a metadata-changing request; throws if a handler refuses. */
  protected async runMetadataWriteHook(intent: MetadataWriteIntent): Promise<void> {
    const { before: known, ...rest } = intent;
    const projectId = this.projectId();
    const regionId = this.regionId();
    let before: Promise<MetadataWriteImage> | undefined;
    const read = async (): Promise<MetadataWriteImage> => {
      if (known) return known;
      if (rest.operationId === "imagesCreate" || rest.imageId === undefined) return { metadata: [] };
      const client = await this.client();
      return writeImageOf(await client.images.get(rest.imageId, { project_id: projectId, region_id: regionId }));
    };
    const plan: MetadataWritePlan = {
      ...rest,
      // Absent means 2025-04 (the description's default), as before there were generations.
      ...(this.settings.apiVersion === "2025-04" ? {} : { apiVersion: this.settings.apiVersion }),
      projectId,
      regionId,
      before: () => (before ??= read()),
    };
    // `--policy` (policyFlag) of the command, else IMGCTL_POLICY, else the profile's `policy`.
    const policy = (this.flags as { policy?: string | undefined }).policy ?? this.settings.policy;
    if (policy) plan.policyPath = policy;
    await runMetadataWriteHook(this.config, plan);
  }

  /** Prints a table on stdout (nothing in --json mode, where run()'s value is printed instead). */
  protected table<R>(rows: readonly R[], columns: ReadonlyArray<Column<R>>): void {
    if (this.jsonEnabled()) return;
    if (rows.length === 0) {
      this.logToStderr("no results");
      return;
    }
    this.log(renderTable(rows, columns, { color: this.color, maxWidth: terminalWidth() }));
  }

  private async createClient(): Promise<ImagesClient> {
    const s = this.settings;
    if (!s.local && !s.apiKey) {
      this.error(
        `no API key for profile "${s.profile}": set GCORE_API_KEY or run \`imgctl config set api-key KEY --profile ${s.profile}\``,
        { exit: EXIT.usage },
      );
    }
    const { createImagesClient } = await import("@imgctl/client");
    // The generation is always passed: the CLI resolved it (flag, env, profile, else by the base URL, as the client would).
    const options: ClientOptions & { apiVersion: ApiVersion } = {
      baseUrl: s.apiUrl,
      apiVersion: s.apiVersion,
      headers: { "User-Agent": this.config.userAgent },
    };
    if (s.apiKey !== undefined) options.apiKey = s.apiKey;
    if (s.project !== undefined) options.projectId = s.project;
    if (s.region !== undefined) options.regionId = s.region;
    if (this.flags.debug) options.logger = createDebugLogger(s.apiKey);
    if (s.local) {
      const emulator = await openLocalEmulator({ from: this.config.root, apiVersion: s.apiVersion });
      this.emulator = emulator;
      options.fetch = localFetch(emulator);
      this.localNotice();
    }
    // Typed as the 2025-04 client, as before there were generations: commands that differ narrow it by `apiVersion`.
    return createImagesClient(options as ClientOptions);
  }

  private localNotice(): void {
    // Once per data directory, on a terminal (recorded only when actually shown).
    if (!process.stderr.isTTY || this.jsonEnabled() || !firstLocalNotice()) return;
    const where = this.settings.profile === LOCAL_PROFILE ? "" : ` (profile ${this.settings.profile})`;
    this.logToStderr(
      `imgctl: using the local emulator${where}, data in ${localDbPath()}; for the real API: imgctl config set api-url https://api.gcore.com/cloud --profile prod (see imgctl config --help)`,
    );
  }

  /** Where the base URL in effect was set, for error hints. */
  private apiUrlSource(): string {
    if (this.argv.some((a) => a === "--api-url" || a.startsWith("--api-url="))) return "--api-url";
    if (process.env.GCORE_BASE_URL) return "GCORE_BASE_URL";
    return `profile "${this.settings.profile}"`;
  }

  /**
   * `--json` output. oclif colourises JSON with a regex tokenizer, ≈0.8 s for 1,000 images; off a
   * terminal (or with NO_COLOR) there is nothing to colour, so write it directly.
   */
  override logJson(json: unknown): void {
    if (process.stdout.isTTY && colorEnabled(process.stdout)) {
      super.logJson(json);
      return;
    }
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }

  protected override async catch(err: Error & { exitCode?: number }): Promise<unknown> {
    if (ux.action.running) ux.action.stop("failed");
    const rendered = renderError(err);
    let { line } = rendered;
    if (isApiError(err) && err.status === 401 && this.settingsCache?.local) {
      line += "; the local emulator accepts the demo keys (imgctl emulator info)";
    }
    const hint =
      this.settingsCache && !this.settingsCache.local
        ? connectionHint(err, { apiUrl: this.settingsCache.apiUrl, source: this.apiUrlSource() })
        : undefined;
    if (hint) {
      line += `; ${hint}`;
      rendered.json.error.hint = hint;
    }
    if (this.jsonEnabled()) {
      rendered.json.error.exitCode = rendered.exit;
      this.logJson(rendered.json);
    } else {
      process.stderr.write(`Error: ${line}\n`);
    }
    const exit = new Errors.CLIError(line, { exit: rendered.exit }) as Errors.CLIError & {
      skipOclifErrorHandling: boolean;
    };
    exit.skipOclifErrorHandling = true; // printed above, in one line
    throw exit;
  }

  protected override async finally(err: Error | undefined): Promise<unknown> {
    const emulator = this.emulator;
    this.emulator = undefined;
    await emulator?.close();
    return super.finally(err);
  }
}
