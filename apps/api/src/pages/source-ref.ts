/** Where an entry came from, as the page links it: a bundled document's line, or the API call that recorded it. */
export interface SourceRef {
  label: string;
  href: string | null;
}

const DOCUMENT = /^document:(.+?)(?:#L(\d+))?$/;

export function sourceRef(source: string | null | undefined): SourceRef | null {
  if (!source) return null;
  const document = DOCUMENT.exec(source);
  if (document) {
    const [, name, line] = document as unknown as [string, string, string | undefined];
    return {
      label: line ? `${name}, linje ${line}` : name,
      href: `/kilder/${encodeURIComponent(name)}${line ? `#L${line}` : ''}`,
    };
  }
  if (source.startsWith('api:')) return { label: `Registreret via API (${source.slice('api:'.length)})`, href: null };
  return { label: source, href: null };
}
