/** Levenshtein distance (insert, delete, substitute: 1 each). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known command (or topic) closest to what was typed, or undefined when none is close enough
 * to be a typo (more than a third of the longer name differs): a far-fetched suggestion misleads.
 * Ids are colon-separated; oclif cannot tell a mistyped command from its arguments, so each known
 * id is compared with as many leading words of the typed id as it has itself.
 */
export function closestCommand(typed: string, known: readonly string[]): string | undefined {
  const words = typed.split(":");
  let best: { id: string; distance: number; typed: string } | undefined;
  for (const id of known) {
    const prefix = words.slice(0, id.split(":").length).join(":");
    // A topic typed correctly and followed by a wrong word: suggest a command of it, not the topic.
    if (prefix === id && words.length > id.split(":").length) continue;
    const distance = editDistance(prefix, id);
    // On a tie the longer id wins (`images get` over the topic `images`), then the first by name.
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && (id.length > best.id.length || (id.length === best.id.length && id < best.id)));
    if (better) best = { id, distance, typed: prefix };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(Math.max(best.typed.length, best.id.length) / 3))
    ? best.id
    : undefined;
}
