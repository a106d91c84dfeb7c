import { createInterface } from "node:readline";

export interface PromptStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

/** True when a question can be asked: both stdin and stderr are terminals. */
export function canPrompt(
  streams: { input: { isTTY?: boolean }; output: { isTTY?: boolean } } = {
    input: process.stdin,
    output: process.stderr,
  },
): boolean {
  return !!streams.input.isTTY && !!streams.output.isTTY;
}

/** Asks a yes/no question (default no); resolves true only for y/yes. */
export async function confirm(
  question: string,
  streams: PromptStreams = { input: process.stdin, output: process.stderr },
): Promise<boolean> {
  const rl = createInterface({ input: streams.input, output: streams.output, terminal: false });
  try {
    streams.output.write(`${question} [y/N] `);
    const answer = await new Promise<string>((resolve) => {
      rl.once("line", resolve);
      rl.once("close", () => resolve(""));
    });
    return /^(y|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
