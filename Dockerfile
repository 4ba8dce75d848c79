# One image for all four services (and the one-shot setup); the command picks what runs.
# Built once by the `setup` service of docker-compose.yml; the others reuse claimwire:local.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY services ./services
COPY tests/package.json ./tests/package.json
# production dependencies only; tsx is one of them (services run TypeScript directly).
# No install scripts: nothing at runtime needs them (esbuild's binary is an optional dependency).
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
 && node_modules/.bin/tsx --version

FROM node:20-bookworm-slim
ENV NODE_ENV=production LOG_PRETTY=0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/package.json ./package.json
# from the deps stage, not the build context: workspaces may hold nested node_modules
# (e.g. services/ingest/node_modules/htmlparser2) that .dockerignore keeps out of the context
COPY --from=deps /app/packages ./packages
COPY --from=deps /app/services ./services
COPY infra/migrations ./infra/migrations
COPY config ./config
COPY tsconfig.base.json ./
# the `node` user (uid 1000) comes with the base image; nothing in /app is writable by it
USER node
EXPOSE 8080 9101 9102 9103
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HEALTH_PORT||process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "services/gateway/src/main.ts"]
