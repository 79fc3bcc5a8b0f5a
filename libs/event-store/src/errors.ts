/** The stream's version did not match what the writer expected. Maps to HTTP 409. */
export class VersionConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: number,
  ) {
    super(`Version conflict on stream ${streamId}: expected ${expected}, actual version ${actual}`);
    this.name = 'VersionConflict';
  }
}
