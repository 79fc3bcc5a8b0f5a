/** What the memo keeps for a text read as nothing: one lookup then answers it (an absent key took a second, `has`). */
const NOTHING = Symbol('nothing');

/**
 * A reading that depends on its text alone, remembered for texts read before: a long referat repeats its labels,
 * block headings and decision phrases in every item. The memo is emptied when full, so it cannot grow with the
 * texts a process reads. The reading returned is shared: callers that change it get a copy (see the users).
 */
export function memoByText<T>(read: (text: string) => T, size = 2000): (text: string) => T {
  const known = new Map<string, T | typeof NOTHING>();
  return (text) => {
    const kept = known.get(text);
    // A text read as nothing (a line that is no label, no block heading) is kept as `NOTHING`.
    if (kept !== undefined) return (kept === NOTHING ? undefined : kept) as T;
    if (known.size >= size) known.clear();
    const reading = read(text);
    known.set(text, reading === undefined ? NOTHING : reading);
    return reading;
  };
}
