/** What the memo keeps for a text read as nothing: one lookup then answers it (an absent key took a second, `has`). */
const NOTHING = Symbol('nothing');

/**
 * A reading that depends on its text alone, remembered for texts read before: a long referat repeats its labels,
 * block headings and decision phrases in every item. The memo is emptied when full, so it cannot grow with the
 * texts a process reads. The reading returned is shared: callers that change it get a copy (see the users).
 */
export function memoByText<T>(read: (text: string) => T, size = 2000): (text: string) => T {
  const known = new Map<string, T | typeof NOTHING>();
  // The text asked last and its reading: readers ask one line's text again straight after (the decision's outcome is read
  // per line and again per sentence; an absence line by each of its readers): a comparison answers it without a lookup.
  let lastText: string | undefined;
  let lastReading: T | undefined;
  return (text) => {
    if (text === lastText) return lastReading as T;
    const kept = known.get(text);
    let reading: T;
    // A text read as nothing (a line that is no label, no block heading) is kept as `NOTHING`.
    if (kept !== undefined) reading = (kept === NOTHING ? undefined : kept) as T;
    else {
      if (known.size >= size) known.clear();
      reading = read(text);
      known.set(text, reading === undefined ? NOTHING : reading);
    }
    // (Kept after the reading: a reader that asks this memo again inside it leaves the last pair its own.)
    lastText = text;
    lastReading = reading;
    return reading;
  };
}
