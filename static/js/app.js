// Declines: small progressive enhancements. Every page works without this file.
"use strict";

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
