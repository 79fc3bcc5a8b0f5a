import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type PluginHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void> | void;
type Done = (error?: Error) => void;

/**
 * Whether a request may carry a multipart body: the only requests @fastify/multipart's hooks have
 * anything to do for (it sets up, and cleans up after, the parts of a multipart body). Matched
 * loosely (anywhere, any case): a false positive only costs the hook's run.
 */
export function mayBeMultipart(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return type !== undefined && /multipart/i.test(type);
}

/** `hook` run for multipart requests only; every other request passes on at once (no promise made). */
export function onlyForMultipart(hook: PluginHook) {
  return function multipartOnly(this: unknown, request: FastifyRequest, reply: FastifyReply, done: Done): void {
    if (!mayBeMultipart(request)) return done();
    Promise.resolve(hook.call(this, request, reply)).then(() => done(), done);
  };
}

/**
 * @fastify/multipart for the upload interceptors (POST /imports), registered by the API instead of by
 * Nest's adapter (created with `multipart: false`). The plugin's parser and request decorators are
 * the same; its request hooks (an async `onRequest` that adds a listener to every answer and an async
 * `onResponse` that cleans files saved to disk, which this API never does) are added through a view
 * of the instance that runs them for multipart requests only: registered as they are, Fastify ran
 * both, each a promise, on every read.
 */
export function registerMultipart(fastify: FastifyInstance): void {
  const plugin = (instance: FastifyInstance, options: Record<string, unknown>, done: Done) => {
    const addHook = (name: string, hook: PluginHook) => (instance.addHook as (name: string, hook: unknown) => FastifyInstance)(name, onlyForMultipart(hook));
    const view = new Proxy(instance, { get: (target, key, receiver) => (key === 'addHook' ? addHook : Reflect.get(target, key, receiver)) });
    (fastifyMultipart as unknown as (instance: FastifyInstance, options: Record<string, unknown>, done: Done) => void)(view, options, done);
  };
  // Like `fastify-plugin`: on the root context, so the parser and decorators serve every route.
  Object.assign(plugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'sagsspor-multipart' });
  fastify.register(plugin, {});
}
