FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/demo ./demo
USER node
EXPOSE 3000
# A young generation of 32 MB semi-spaces (V8's default is 16): parsing a referat allocates about 2.8 MB, and with the
# default size the collections of the young generation took 15-18% of the parse's CPU (README, parser speed).
# No allocation-site pretenuring: a parse's items, decisions and arrays live until the parse ends, so V8 learns to
# allocate them in the old generation, through a runtime call per object (an item's empty arrays alone took 1.5-2.5% of
# the parse in CPU profiles), and they die there after it; without it the collector's share of the profile fell from
# about 11% to 5-9% and the samples by 8-13% over the bench's one-meeting documents (eighteenth session, speed.md).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=32", "--no-allocation-site-pretenuring", "dist/apps/api/src/main.js"]
