# One image for every service: build once, choose the entry point per container (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json lerna.json tsconfig.json tsconfig.base.json ./
COPY packages packages
COPY subgraphs subgraphs
COPY gateway gateway
COPY schema schema
COPY scripts scripts
RUN npm ci && npx tsc -b && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production RUNTIME_MODE=stack
WORKDIR /app
COPY --from=build /app /app
USER node
# Overridden per service, e.g. `node subgraphs/users/dist/main.js`.
CMD ["node", "gateway/dist/main.js"]
