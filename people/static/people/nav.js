/* The top navigation collapses behind a menu button on narrow screens.
   Loaded in <head>: marks the page as scripted before it is drawn (so the menu
   starts closed without a flash), then wires the button once the page is parsed.
   Without JavaScript the menu simply stays open. */
(function () {
  "use strict";
  document.documentElement.classList.add("has-js");

  function setOpen(button, menu, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("is-open", open);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".nav-toggle");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) return;
    button.addEventListener("click", function () {
      setOpen(button, menu, button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(button, menu, false);
        button.focus();
      }
    });
  });
})();
