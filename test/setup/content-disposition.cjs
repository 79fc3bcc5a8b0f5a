// @fastify/static requires content-disposition 3, an ES module, which jest cannot `require` below
// Node 24.9 (node itself can since 20.19, so the app is not affected). @fastify/static uses it only
// for `reply.download()`, which Swagger UI's registration does not decorate: never called in tests.
module.exports = {
  create() {
    throw new Error('content-disposition is not loaded under jest (see test/setup/content-disposition.cjs)');
  },
};
