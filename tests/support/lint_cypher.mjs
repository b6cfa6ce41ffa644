// Lint every .cypher file under a folder with Neo4j's own Cypher 5 linter (@neo4j-cypher/language-support).
// Errors fail; warnings are printed. Parameters are not declared to the linter, so "not defined" errors
// about them are dropped (isNotParamError). Usage: node tests/support/lint_cypher.mjs cypher
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";

const ERROR = 1;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith(".cypher")) files.push(path);
  }
};
walk(process.argv[2]);
let errors = 0;
for (const file of files.sort()) {
  const { diagnostics } = lintCypherQuery(readFileSync(file, "utf8"), {});
  for (const d of diagnostics.filter(isNotParamError)) {
    const kind = d.severity === ERROR ? "error" : "warning";
    console.log(`${file}:${d.range.start.line + 1}: ${kind}: ${d.message}`);
    if (d.severity === ERROR) errors++;
  }
}
console.log(`${files.length} files, ${errors} errors`);
process.exit(errors || !files.length ? 1 : 0);
