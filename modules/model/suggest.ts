import { distance } from 'fastest-levenshtein';

/** The candidate closest to `value`, if it is close enough to be a plausible misspelling. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit && bestDistance > 0 ? best : bestDistance === 0 && best !== value ? best : undefined;
}
