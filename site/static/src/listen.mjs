// "Listen to this": reads a lesson aloud with the browser's own speech synthesis. Nothing is
// sent anywhere. The buttons stay hidden where the browser cannot speak.
const READABLE = "h1, h2, h3, p, li, legend, label, .govuk-warning-text__text";

function readableParts(target) {
  const parts = [];
  for (const element of target.querySelectorAll(READABLE)) {
    // Read each piece of text once: skip an element inside another one that is read, and
    // anything hidden or marked as not for reading.
    const outer = element.parentElement.closest(READABLE);
    if (outer && target.contains(outer)) continue;
    if (element.closest("[hidden], [data-listen-skip], .govuk-visually-hidden")) continue;
    const text = element.textContent.replace(/\s+/g, " ").trim();
    if (text) parts.push({ element, text });
  }
  return parts;
}

function setUp(box) {
  const synth = window.speechSynthesis;
  const target = document.querySelector(box.dataset.listenTarget);
  const toggle = box.querySelector("[data-listen-toggle]");
  const stop = box.querySelector("[data-listen-stop]");
  const status = box.querySelector("[data-listen-status]");
  const problem = box.parentElement.querySelector("[data-listen-problem]");
  if (!target || !toggle || !stop) return;
  let state = "idle";
  let current = null;

  function show(next) {
    state = next;
    toggle.textContent = box.dataset[`label${next[0].toUpperCase()}${next.slice(1)}`];
    toggle.setAttribute("aria-pressed", next === "playing" ? "true" : "false");
    stop.hidden = next === "idle";
    if (status) status.textContent = next === "idle" ? "" : toggle.textContent;
  }

  function mark(element) {
    if (current) current.classList.remove("waymark-listen-current");
    current = element;
    if (current) current.classList.add("waymark-listen-current");
  }

  function finish() {
    mark(null);
    show("idle");
  }

  function speak(parts, index) {
    if (index >= parts.length) return finish();
    const utterance = new SpeechSynthesisUtterance(parts[index].text);
    utterance.lang = document.documentElement.lang || "en-GB";
    utterance.rate = 0.95;
    utterance.onstart = () => mark(parts[index].element);
    utterance.onend = () => {
      if (state !== "idle") speak(parts, index + 1);
    };
    utterance.onerror = (event) => {
      if (event.error === "interrupted" || event.error === "canceled") return;
      finish();
      // Some browsers offer speech but have no voice installed: say so rather than fail silently.
      if (problem) problem.hidden = false;
    };
    synth.speak(utterance);
  }

  toggle.addEventListener("click", () => {
    if (state === "playing") {
      synth.pause();
      show("paused");
    } else if (state === "paused") {
      synth.resume();
      show("playing");
    } else {
      synth.cancel();
      if (problem) problem.hidden = true;
      show("playing");
      speak(readableParts(target), 0);
    }
  });
  stop.addEventListener("click", () => {
    show("idle");
    synth.cancel();
    mark(null);
  });
  window.addEventListener("pagehide", () => synth.cancel());
  box.hidden = false;
}

export function initListen(root = document) {
  if (!("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") return;
  for (const box of root.querySelectorAll("[data-listen]")) setUp(box);
}
