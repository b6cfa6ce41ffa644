FROM python:3.11-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY graph graph
COPY ingest ingest
COPY api api
COPY cypher cypher
COPY examples examples
RUN pip install --no-cache-dir -e .
COPY package.json package-lock.json* ./
RUN if [ -f package.json ]; then npm ci --no-audit --no-fund; fi
ENV KG_API_PORT=8000
EXPOSE 8000
CMD ["kg", "serve"]
