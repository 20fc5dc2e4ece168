# syntax=docker/dockerfile:1
# Build: install the workspace, build schema, server and web.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.base.json ./
COPY packages/schema/package.json packages/schema/
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
RUN pnpm install --frozen-lockfile
COPY packages packages
COPY apps apps
COPY scripts scripts
RUN pnpm build && pnpm install --frozen-lockfile --prod --offline

# Run: the built server and web app only; PostgreSQL is another container (DATABASE_URL).
FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production PORT=4000 WEB_DIST=/app/apps/web/dist
WORKDIR /app
# Printable forms embed DejaVu Serif (Vietnamese glyphs).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-dejavu-extra && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/package.json /app/pnpm-workspace.yaml ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/packages/schema/package.json packages/schema/package.json
COPY --from=build /app/packages/schema/dist packages/schema/dist
COPY --from=build /app/apps/server/package.json apps/server/package.json
COPY --from=build /app/apps/server/node_modules apps/server/node_modules
COPY --from=build /app/apps/server/dist apps/server/dist
COPY --from=build /app/apps/web/dist apps/web/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://localhost:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/server/dist/main.js"]
