# Build stage: the wheel, with the explorer's npm scripts and the Cypher files copied into it.
FROM python:3.11-slim AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY pyproject.toml README.md ./
COPY claimgraph claimgraph
COPY graph graph
COPY ingest ingest
COPY api api
COPY cypher cypher
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# Run stage: the installed wheel alone; no embedded server (compose runs Neo4j), no source tree.
FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY examples examples
ENV KG_API_PORT=8000
EXPOSE 8000
CMD ["kg", "serve"]
