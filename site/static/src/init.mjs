// Start GOV.UK Frontend's components. Everything works without this; it only enhances.
import { initAll } from "./govuk-frontend.min.js";
import { initListen } from "./listen.mjs";

document.body.classList.add("govuk-frontend-supported");
initAll();
initListen();

// "Copy" buttons (the calendar address): shown only where this script runs, and they say
// when the text is copied. The address stays selectable by hand without them.
for (const button of document.querySelectorAll("[data-copy-from]")) {
  const field = document.getElementById(button.dataset.copyFrom);
  const status = button.parentElement.querySelector(".waymark-copy-status");
  if (!field) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(field.value);
      copied = true;
    } catch {
      field.select();
      copied = document.execCommand("copy");
    }
    if (status) {
      status.textContent = copied ? button.dataset.copiedText : "";
    }
    if (!copied) {
      field.focus();
      field.select();
    }
  });
}
