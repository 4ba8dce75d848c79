# One image for all four services (and the one-shot setup); the command picks what runs.
# Built once by the `setup` service of docker-compose.yml; the others reuse claimwire:local.
# Stage 1 installs everything and builds: esbuild bundles (dist/) and only the node_modules
# the bundles still import (scripts/build.mjs --modules). Stage 2 holds just those.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY services ./services
COPY tests/package.json ./tests/package.json
COPY scripts ./scripts
COPY tsconfig.base.json ./
# no install scripts: the image's own Node runs the build (the `node` dev dependency's
# binary is not needed) and esbuild's binary comes as an optional dependency
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && node scripts/build.mjs --modules /prod/node_modules

FROM node:24-slim
# V8's young generation capped at 8 MB a semi-space (scripts/lib/node-options.mjs, README
# "Memory"): override NODE_OPTIONS in the environment to change it
ENV NODE_ENV=production LOG_PRETTY=0 NODE_OPTIONS=--max-semi-space-size=8
WORKDIR /app
COPY --from=build /prod/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# files the bundles read at their source paths: versions, migrations, dashboard, config
COPY --from=build /app/packages/runtime/package.json ./packages/runtime/package.json
COPY --from=build /app/services/ingest/package.json ./services/ingest/package.json
COPY --from=build /app/services/extractor/package.json ./services/extractor/package.json
COPY --from=build /app/services/projector/package.json ./services/projector/package.json
COPY --from=build /app/services/gateway/package.json ./services/gateway/package.json
COPY services/gateway/dashboard ./services/gateway/dashboard
COPY infra/migrations ./infra/migrations
COPY config ./config
# the `node` user (uid 1000) comes with the base image; nothing in /app is writable by it
USER node
EXPOSE 8080 9101 9102 9103
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/gateway.mjs"]
