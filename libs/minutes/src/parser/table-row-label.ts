/**
 * A section label in a table's first cell, its content in the next (`| Beslutning | Godkendt. |`): some systems
 * print each item as a two-column table of label and value. The cells, trimmed, without the empty edges.
 */
export function tableRowCells(text: string): string[] | undefined {
  if (text.charCodeAt(0) !== 0x7c) return undefined;
  const cells = text.split('|').map((cell) => cell.trim());
  // `| a | b |` splits into `['', 'a', 'b', '']`: the edges are empty, a cell inside may be too.
  const inner = cells.slice(1, cells[cells.length - 1] === '' ? -1 : undefined);
  return inner.length > 0 && inner[0] !== '' ? inner : undefined;
}
