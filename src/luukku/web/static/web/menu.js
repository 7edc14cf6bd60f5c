// The staff menu on a narrow screen (issue 27): folded behind the Menu button, as the GOV.UK
// Design System's service navigation does. Loaded by web/base.html right after the menu (not
// deferred), so the list is folded before the page is first drawn. Without JavaScript the
// button stays hidden and the list open, so every page is still reachable; on a wide screen
// the list is always shown and the button hidden. A file of its own: the
// Content-Security-Policy runs no inline script.
(function () {
  "use strict";
  var NARROW = "(max-width: 40rem)"; // keep in step with .menu-toggle in workspace.css

  function setUp(nav) {
    var button = nav.querySelector(".menu-toggle");
    var list = document.getElementById(button.getAttribute("aria-controls"));
    var narrow = window.matchMedia(NARROW);
    var open = false;

    function show() {
      button.hidden = !narrow.matches;
      button.setAttribute("aria-expanded", open ? "true" : "false");
      list.hidden = narrow.matches && !open;
    }

    button.addEventListener("click", function () {
      open = !open;
      show();
    });
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && narrow.matches && open) {
        open = false;
        show();
        button.focus();
      }
    });
    narrow.addEventListener("change", show);
    show();
  }

  var menus = document.querySelectorAll("[data-menu]");
  for (var i = 0; i < menus.length; i++) { setUp(menus[i]); }
})();
