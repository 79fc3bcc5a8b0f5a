/** A sleep that a notification (or stop) can end early. One sleeper at a time. */
export class Alarm {
  private ring: (() => void) | undefined;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.ring = done;
    });
  }

  wake(): void {
    this.ring?.();
  }
}
