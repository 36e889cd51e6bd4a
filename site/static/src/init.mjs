// Start GOV.UK Frontend's components. Everything works without this; it only enhances.
import { initAll } from "./govuk-frontend.min.js";
import { initListen } from "./listen.mjs";

document.body.classList.add("govuk-frontend-supported");
initAll();
initListen();
