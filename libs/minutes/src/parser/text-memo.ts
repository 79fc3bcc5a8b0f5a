/**
 * A reading that depends on its text alone, remembered for texts read before: a long referat repeats its labels,
 * block headings and decision phrases in every item. The memo is emptied when full, so it cannot grow with the
 * texts a process reads. The reading returned is shared: callers that change it get a copy (see the users).
 */
export function memoByText<T>(read: (text: string) => T, size = 2000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let reading = known.get(text);
    if (reading === undefined && !known.has(text)) {
      if (known.size >= size) known.clear();
      reading = read(text);
      known.set(text, reading);
    }
    return reading as T;
  };
}
