// Declines: the copy buttons of "ways to send", the call script's print button,
// a LinkedIn note's live character count, and keeping focus in place when the
// review checklist is refreshed by htmx.
// Every page works without this file: the mail links, the .eml download and
// the copy-by-hand panel need no script, so the buttons that do are hidden
// until this file shows them.
"use strict";

(function () {
  const status = document.getElementById("copy-status");

  function say(message) {
    if (!status) return;
    // Emptied first, so copying the same thing twice is announced twice.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 50);
  }

  // The text an element holds: a form field's value, or any other element's text.
  function textOf(field) {
    return "value" in field ? field.value : field.textContent;
  }

  function copyBySelection(field) {
    if (typeof field.select === "function") {
      field.focus();
      field.select();
    } else {
      // Visible text that is not a form field: select it, so the user can copy it by hand.
      const range = document.createRange();
      range.selectNodeContents(field);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return document.execCommand && document.execCommand("copy");
  }

  async function copyPlain(text, field) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
    if (!copyBySelection(field)) throw new Error("Copying is not available.");
  }

  async function copyFormatted(html, text, field) {
    if (navigator.clipboard && navigator.clipboard.write && window.ClipboardItem) {
      // Both flavours: a rich editor pastes the HTML, a plain one the text.
      const item = new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      try {
        await navigator.clipboard.write([item]);
        return true;
      } catch (error) {
        // Some browsers refuse text/html; plain text is still worth having.
      }
    }
    await copyPlain(text, field);
    return false;
  }

  document.querySelectorAll("[data-copy]").forEach((button) => {
    button.addEventListener("click", async () => {
      const field = document.getElementById(button.dataset.copy);
      if (!field) return;
      // What to select when the browser will not copy: the part as the page shows it.
      const shown = document.getElementById(button.dataset.select || "") || field;
      const text = textOf(field);
      // Changes typed but not saved are not in what the page can copy: say so as it is copied.
      const unsaved = (document.getElementById("send-unsaved")?.textContent || "").trim();
      const copied = (message) => (unsaved ? `${message} It is the saved text: your changes since are not in it. Save the draft first.` : message);
      try {
        if (button.dataset.copyHtml) {
          const html = document.getElementById(button.dataset.copyHtml).innerHTML.trim();
          const rich = await copyFormatted(html, text, shown);
          say(copied(rich ? button.dataset.copied : "Copied the body as plain text (this browser would not copy formatting)."));
        } else {
          await copyPlain(text, shown);
          say(copied(button.dataset.copied));
        }
      } catch (error) {
        copyBySelection(shown);
        say("Your browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac).");
      }
    });
  });

  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });

  // Show what needs this script only now that it is running.
  document.querySelectorAll(".js-only").forEach((element) => { element.hidden = false; });

  // A LinkedIn note's count as the user types. The server counts the note as
  // composed (tags filled in) and gives what that adds as data-offset, so the
  // two agree until the next preview sets the exact figure.
  const note = document.querySelector("textarea[data-count-limit]");
  if (note) {
    const spoken = document.getElementById("note-count-status");
    let pause;
    note.addEventListener("input", () => {
      const count = document.getElementById("note-count");
      if (!count) return;
      const limit = Number(count.dataset.limit);
      const characters = [...note.value.replace(/\r\n/g, "\n").trim()].length + Number(count.dataset.offset || 0);
      const over = characters - limit;
      count.textContent = `${characters} of ${limit} characters` + (over > 0 ? ` — ${over} too many` : "");
      count.classList.toggle("is-over", over > 0);
      // Read out once the typing pauses, not at every key.
      window.clearTimeout(pause);
      pause = window.setTimeout(() => { if (spoken) spoken.textContent = count.textContent; }, 1000);
    });
  }

  // Dismissing a warning replaces the checklist, and with it the button that had
  // focus; move focus to its counterpart so keyboard users stay in place.
  document.body.addEventListener("htmx:afterSettle", (event) => {
    const source = event.detail && event.detail.requestConfig && event.detail.requestConfig.elt;
    const next = source && source.dataset ? source.dataset.focusAfter : null;
    if (next) {
      const target = document.getElementById(next);
      if (target) target.focus();
    }
  });
})();
