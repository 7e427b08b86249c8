#!/usr/bin/env node
/**
 * Validates docker-compose.yml without a Docker daemon (CI machines have none), in two passes:
 *  1. against the Compose specification's JSON schema. The schema comes from the npm package
 *     `dclint` (schemas/compose.schema.json, a copy of compose-spec/compose-spec's
 *     schema/compose-spec.json), a devDependency, so `npm ci` brings it and updates move it along;
 *  2. the cross-references a schema cannot see, which `docker compose up` would only trip over at
 *     run time: every `depends_on` names a service, a `service_healthy` dependency has a health
 *     check, every service has one, named volumes are declared.
 *
 *   node scripts/check-compose.js [file]    (default: docker-compose.yml at the repository root)
 */
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const SCHEMA = path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas/compose.schema.json');

/** Reads the file the way Compose does: YAML 1.2 with `<<` merge keys for the x- anchors. */
function load(file) {
  const document = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { merge: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new Error(document.errors.map((error) => error.message).join('\n'));
  }
  return document.toJS({ maxAliasCount: -1 });
}

function schemaProblems(compose) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema names draft-07 by its https address; Ajv ships draft-07 under the http one.
  ajv.addMetaSchema(
    require('ajv/dist/refs/json-schema-draft-07.json'),
    'https://json-schema.org/draft-07/schema',
  );
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  if (validate(compose)) return [];
  // A value that fits none of a oneOf's shapes fails each of them; the deepest error says what is
  // wrong (e.g. the bad `condition`), the ones above it only that no shape matched.
  const errors = validate.errors.filter(
    (error) => !validate.errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`)),
  );
  return errors.map((error) => {
    const where = error.instancePath || '/';
    const detail =
      error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
    return `${where}: ${error.message}${detail}`;
  });
}

/** depends_on is either a list of names or a map of name -> { condition, ... }. */
function dependencies(service) {
  const dependsOn = service.depends_on ?? [];
  if (Array.isArray(dependsOn)) return dependsOn.map((name) => ({ name, condition: 'service_started' }));
  return Object.entries(dependsOn).map(([name, options]) => ({
    name,
    condition: options?.condition ?? 'service_started',
  }));
}

function hasHealthCheck(service) {
  return service.healthcheck !== undefined && service.healthcheck.disable !== true;
}

function referenceProblems(compose) {
  const problems = [];
  const services = compose.services ?? {};
  const volumes = compose.volumes ?? {};
  for (const [name, service] of Object.entries(services)) {
    if (!hasHealthCheck(service)) problems.push(`/services/${name}: has no healthcheck`);
    for (const dependency of dependencies(service)) {
      const target = services[dependency.name];
      if (target === undefined) {
        problems.push(`/services/${name}/depends_on: "${dependency.name}" is not a service of this file`);
      } else if (dependency.condition === 'service_healthy' && !hasHealthCheck(target)) {
        problems.push(
          `/services/${name}/depends_on: waits for "${dependency.name}" to be healthy, but it has no healthcheck`,
        );
      }
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      const named = source && !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('~');
      if (named && !(source in volumes)) {
        problems.push(`/services/${name}/volumes: named volume "${source}" is not declared under volumes`);
      }
    }
  }
  return problems;
}

function main() {
  const file = path.resolve(process.argv[2] ?? path.join(root, 'docker-compose.yml'));
  const shown = path.relative(process.cwd(), file) || file;
  let compose;
  try {
    compose = load(file);
  } catch (error) {
    console.error(`check-compose: ${shown} is not valid YAML:\n${error.message}`);
    process.exitCode = 1;
    return;
  }
  const problems = [...schemaProblems(compose), ...referenceProblems(compose)];
  if (problems.length > 0) {
    console.error(`check-compose: ${shown} has ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
    return;
  }
  const count = Object.keys(compose.services ?? {}).length;
  console.log(`check-compose: ${shown} follows the Compose specification (${count} services)`);
}

main();
