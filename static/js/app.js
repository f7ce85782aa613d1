// Declines: small progressive enhancements. Every page works without this file.
"use strict";

// A live preview asked for too often answers 429 with a short note to show in
// its place; htmx leaves error responses unshown unless told.
document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.xhr.status === 429) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// The live preview also sends the checklist and its one-line summary. The summary
// is a live region: swapped for the same words it would be read out again at every
// pause in typing, so it is left alone then. A checklist swapped while the keyboard
// is in it would drop focus to the page: focus goes back to the same control.
const focusable = "a[href], button, input, select, textarea, summary, [tabindex]";
document.addEventListener("htmx:oobBeforeSwap", (event) => {
  const { target, fragment } = event.detail;
  if (target.id === "review-summary" && target.textContent.trim() === fragment.textContent.trim()) {
    event.detail.shouldSwap = false;
    return;
  }
  const active = document.activeElement;
  if (target.id && active && active !== document.body && target.contains(active)) {
    const place = [...target.querySelectorAll(focusable)].indexOf(active);
    document.addEventListener("htmx:oobAfterSwap", () => {
      const swapped = document.getElementById(target.id);
      const again = swapped && (document.getElementById(active.id) || swapped.querySelectorAll(focusable)[place]);
      if (again && document.activeElement !== again) again.focus();
    }, { once: true });
  }
});

// htmx sends a form's request to the formaction of the button last clicked or
// focused, with that button's value. A request the typing sets off (a live
// preview) must go where the form's own hx-post says, with its own hx-vals, and
// press no button: an "Accept" clicked or tabbed to just after typing would
// otherwise be sent twice.
document.addEventListener("htmx:configRequest", (event) => {
  const { elt, triggeringEvent, parameters } = event.detail;
  if (!(elt instanceof HTMLFormElement) || triggeringEvent?.type === "submit") return;
  const own = elt.getAttribute("hx-post") || elt.getAttribute("hx-get");
  if (!own || event.detail.path === own) return;
  event.detail.path = own;
  for (const field of elt.elements) {
    if (field.type === "submit" && field.name && field.hasAttribute("formaction")) delete parameters[field.name];
  }
  Object.assign(parameters, JSON.parse(elt.getAttribute("hx-vals") || "{}"));
});

// Template editor: "Insert" buttons put a tag at the cursor of the last text
// field used (the body by default) and refresh the live preview.
(function () {
  const form = document.getElementById("template-form");
  if (!form) return;
  let target = form.querySelector("#id_body");
  form.querySelectorAll("#id_subject, #id_body").forEach((field) => {
    field.addEventListener("focus", () => { target = field; });
  });
  document.querySelectorAll(".tag-insert").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      if (!target) return;
      const tag = "{{ " + button.dataset.tag + " }}";
      const start = target.selectionStart ?? target.value.length;
      const end = target.selectionEnd ?? target.value.length;
      target.setRangeText(tag, start, end, "end");
      target.focus();
      target.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });
})();

// Settings: a "Copy address" button for the calendar feed. Without JavaScript
// (or a clipboard) it stays hidden and the address is there to select.
(function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll(".copy-button[data-copy]").forEach((button) => {
    const label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        button.textContent = "Copied";
      } catch {
        button.textContent = "Select the address and copy it";
      }
      setTimeout(() => { button.textContent = label; }, 2500);
    });
  });
})();

// Follow-up "More" menus and the small screen's site menu: close an open one on
// Escape or a click elsewhere, as a menu would. They open and close without this too.
(function () {
  const menus = document.querySelectorAll("details.more-actions, details.nav-menu");
  if (!menus.length) return;
  document.addEventListener("click", (event) => {
    menus.forEach((menu) => { if (menu.open && !menu.contains(event.target)) menu.open = false; });
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    menus.forEach((menu) => {
      if (!menu.open) return;
      menu.open = false;
      menu.querySelector("summary").focus();
    });
  });
})();

// A form that came back with errors: the summary at the top takes the focus.
// `autofocus` does it without this file, except on a page opened at a fragment
// (a form posted to "…#paragraph-3"), where browsers leave autofocus out.
// It waits for the page to load: the browser's move to the fragment comes after
// deferred scripts, and would take the focus back.
(function () {
  const summary = document.querySelector(".error-summary");
  if (!summary) return;
  window.addEventListener("load", () => {
    if (document.activeElement !== summary) summary.focus();
  });
})();

// The draft and template editors: leaving the page with text typed and not
// saved (another template chosen, a link, the tab closed) asks first, as
// nothing typed may be lost (§8). A page the server sent back with text not
// yet saved (a preview, a form with errors, a conflict) starts out unsaved
// (data-unsaved). Sending the editor's own form is not leaving it: a save,
// and every button that carries the text along (form="draft-form"). Choosing
// a sample to preview with is not typing.
(function () {
  const forms = ["draft-form", "template-form"].map((id) => document.getElementById(id)).filter(Boolean);
  if (!forms.length) return;
  let unsaved = forms.some((form) => form.hasAttribute("data-unsaved"));
  forms.forEach((form) => {
    form.addEventListener("input", (event) => {
      if (event.target.matches("textarea, input[type=text]")) unsaved = true;
    });
    form.addEventListener("submit", () => { unsaved = false; });
  });
  window.addEventListener("beforeunload", (event) => {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
