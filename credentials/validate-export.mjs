// Validates the Open Badges 3.0 credentials that `cargo test -p lifelong-credentials` exports to
// test-data/exported/ against 1EdTech's AchievementCredential JSON Schemas (draft 2019-09): the
// file served at the purl URL and 1EdTech's formal build. Two upstream fixtures act as
// controls, so a validator that accepts everything fails the run.
//
// Run from the repository root after `npm install` in tests/e2e:
//   node credentials/validate-export.mjs

import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const scriptFolder = dirname(fileURLToPath(import.meta.url));
// ajv lives in the end-to-end test package, so resolve modules from there.
const require = createRequire(join(scriptFolder, "..", "tests", "e2e", "package.json"));
const Ajv2019 = require("ajv/dist/2019").default;
const addFormats = require("ajv-formats").default;

const testData = join(scriptFolder, "test-data");
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

const schemas = {
	"purl json/ schema": join(testData, "ob-v3-schema", "ob_v3p0_achievementcredential_schema.json"),
	"formal schema": join(testData, "ob-v3-schema", "formal-1edtech-build", "achievementcredential.json"),
};

const fixtures = join(testData, "validator-fixtures", "inspector-vc", "src", "test", "resources", "ob30");
const exported = join(testData, "exported");
const exportedFiles = readdirSync(exported).filter((name) => name.endsWith(".json")).sort();
if (exportedFiles.length === 0) {
	console.error(`no exported credentials in ${exported}; run cargo test -p lifelong-credentials first`);
	process.exit(1);
}

const cases = [
	...exportedFiles.map((name) => ({ label: `exported/${name}`, path: join(exported, name), valid: true })),
	{ label: "control ob30/simple.json", path: join(fixtures, "simple.json"), valid: true },
	// Its @context lacks the VC 2.0 context that both schemas require first.
	{ label: "control ob30/simple-err-context.json", path: join(fixtures, "simple-err-context.json"), valid: false },
];

let passed = 0;
let failed = 0;
for (const [schemaName, schemaPath] of Object.entries(schemas)) {
	const ajv = new Ajv2019({ allErrors: true, strict: false });
	addFormats(ajv);
	const validate = ajv.compile(readJson(schemaPath));
	for (const { label, path, valid } of cases) {
		const ok = validate(readJson(path));
		if (ok === valid) {
			passed += 1;
			console.log(`ok   ${label} against the ${schemaName}: ${ok ? "valid" : "invalid, as expected"}`);
		} else {
			failed += 1;
			console.log(`FAIL ${label} against the ${schemaName}: expected ${valid ? "valid" : "invalid"}`);
			for (const error of validate.errors ?? []) {
				console.log(`     ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
			}
		}
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
