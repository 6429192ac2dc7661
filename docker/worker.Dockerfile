# Build context: the repository root (see compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /repo
ENV NX_NO_CLOUD=true NX_DAEMON=false NG_CLI_ANALYTICS=false
COPY package.json package-lock.json ./
# Dependencies ship prebuilt binaries; skipping install scripts also keeps telemetry scripts from running.
RUN npm ci --ignore-scripts
COPY . .
RUN npx nx build worker \
 && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production WORKER_PORT=3001
COPY --from=build /repo/package.json ./
COPY --from=build /repo/node_modules ./node_modules
COPY --from=build /repo/dist/apps/worker ./dist/apps/worker
USER node
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WORKER_PORT||3001)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The heap cap of apps/worker/runtime.json (keeps a 1,000,000-row export under 300 MB).
CMD ["node", "--max-old-space-size=192", "dist/apps/worker/main.js"]
