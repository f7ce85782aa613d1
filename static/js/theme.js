// Declines: Bootstrap's colour mode follows the system's light or dark setting.
// Loaded in <head> without defer so the page paints in the right colours at once;
// without JavaScript, css/theme.css follows the same setting by media query.
"use strict";
(function () {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => document.documentElement.setAttribute("data-bs-theme", dark.matches ? "dark" : "light");
  apply();
  dark.addEventListener("change", apply);
})();
