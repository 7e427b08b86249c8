# One image for every service: build once, choose the entry point per container (docker-compose.yml,
# e.g. `node subgraphs/users/dist/main.js`). Node 24 LTS; the code also runs on Node 20 and 22
# (package.json "engines", scripts/node-matrix.sh).

# ---- build: every dependency, compile every package (tsc -b, strict)
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY packages packages
COPY subgraphs subgraphs
COPY gateway gateway
RUN npm ci --no-audit --no-fund && npx tsc -b
# What the runtime stage needs from here: the manifests (for its own `npm ci`) and the compiled
# dist/ folders, laid out as in the repository.
RUN mkdir /out && tar -cf - package.json package-lock.json \
      $(find packages subgraphs gateway -maxdepth 2 -name package.json) \
      $(find packages subgraphs gateway -maxdepth 2 -name dist -type d) \
    | tar -xf - -C /out

# ---- runtime: production dependencies only, compiled code, the composed supergraph; not root
FROM node:24-slim AS runtime
ENV NODE_ENV=production RUNTIME_MODE=stack
WORKDIR /app
COPY --from=build /out ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# The gateway serves this supergraph (SUPERGRAPH_PATH defaults to it).
COPY schema schema
USER node
# A 64 MB young generation for the gateway's short-lived merge garbage (docs/decisions/0065).
CMD ["node", "--max-semi-space-size=64", "gateway/dist/main.js"]
