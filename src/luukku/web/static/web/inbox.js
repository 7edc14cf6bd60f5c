// The inbox's bulk actions (issue 27): a live count of the chosen cases ("3 cases chosen",
// read out politely) in the folded actions' summary, the actions opened when the first case
// is ticked, and "Select all on this page" ticking the rows. Without this file the
// form still works: the server takes every case of the page when "all" is ticked, and its
// message says how many were changed. A file of its own: the Content-Security-Policy runs
// no inline script.
(function () {
  "use strict";

  function start() {
    var form = document.getElementById("bulk");
    var count = document.getElementById("bulk-count");
    var all = document.getElementById("id_all_on_page");
    var actions = document.getElementById("bulk-actions");
    if (!form || !count || !all) { return; }
    var rows = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox][name=cases]"));

    function show() {
      var chosen = rows.filter(function (box) { return box.checked; }).length;
      var text = chosen === 0 ? count.dataset.none : (chosen === 1 ? count.dataset.one : count.dataset.many);
      count.textContent = text.replace("%(count)s", String(chosen));
      if (chosen > 0 && actions && !actions.open) { actions.open = true; }
    }

    all.addEventListener("change", function () {
      rows.forEach(function (box) { box.checked = all.checked; });
      show();
    });
    rows.forEach(function (box) {
      box.addEventListener("change", function () {
        // The server takes the whole page while "all" is ticked: untick it with any row.
        all.checked = rows.every(function (other) { return other.checked; });
        show();
      });
    });
    show();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
