// Builds site/static/dist/: our stylesheet compiled from GOV.UK Frontend, its script, and
// the few images it refers to. Run by `make assets` (npm run build).
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import * as sass from "sass";

const out = "site/static/dist";
mkdirSync(out, { recursive: true });

const result = sass.compile("site/static/src/waymark.scss", {
  loadPaths: ["node_modules"],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(`${out}/waymark.css`, result.css);

const govuk = "node_modules/govuk-frontend/dist/govuk";
cpSync(`${govuk}/govuk-frontend.min.js`, `${out}/govuk-frontend.min.js`);
cpSync("site/static/src/init.mjs", `${out}/init.mjs`);
cpSync("site/static/src/listen.mjs", `${out}/listen.mjs`);
cpSync(`${govuk}/assets/images`, `${out}/images`, { recursive: true });
console.log(`built ${out}/waymark.css (${result.css.length} bytes)`);
