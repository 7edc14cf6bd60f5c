// Keyboard shortcuts of the staff pages (issue 27), loaded by web/base.html only for those who
// keep them on (My settings; WCAG 2.1.4). Generic: a key acts on the element of the page that
// has data-shortcut="<key>" (a link is followed, a button is pressed, a field is focused), and
// data-shortcut-label names it in the help that "?" opens. Single keys never act while a text
// field, list or button group has the typing focus; Escape there leaves the field (so that the
// keys work again); Ctrl+Enter in a textarea with data-submit-shortcut sends its form, and
// Ctrl+Shift+Enter presses its "and open next" button (name="and_next") where it has one. A file
// of its own: the Content-Security-Policy runs no inline script.
(function () {
  "use strict";
  var TEXT_INPUTS = /^(text|search|email|tel|url|password|number|date|datetime-local|time|month|week)$/;

  function typing(element) {
    if (!element || !element.tagName) { return false; }
    if (element.isContentEditable) { return true; }
    var tag = element.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") { return true; }
    return tag === "INPUT" && TEXT_INPUTS.test(element.type || "text");
  }

  function target(key) {
    var all = document.querySelectorAll("[data-shortcut]");
    for (var i = 0; i < all.length; i++) {
      var element = all[i];
      if (element.getAttribute("data-shortcut") === key && !element.disabled
          && !element.closest("[hidden]")) { return element; }
    }
    return null;
  }

  function act(element) {
    // A folded section opens first, so that what the key reaches can be seen.
    for (var parent = element.closest("details"); parent; parent = parent.parentElement.closest("details")) {
      parent.open = true;
    }
    if (element.matches("a[href], button, input[type=submit], input[type=button]")) {
      element.click();
    } else {
      element.focus();
    }
  }

  function openHelp() {
    var dialog = document.getElementById("shortcut-help");
    if (!dialog || dialog.open) { return; }
    var list = dialog.querySelector("[data-shortcut-list]");
    list.querySelectorAll("[data-from-page]").forEach(function (row) { row.remove(); });
    var first = list.firstElementChild;
    var seen = {};
    document.querySelectorAll("[data-shortcut]").forEach(function (element) {
      var key = element.getAttribute("data-shortcut");
      if (seen[key] || element.closest("[hidden]")) { return; }
      seen[key] = true;
      var row = document.createElement("div");
      row.setAttribute("data-from-page", "");
      var term = document.createElement("dt");
      var kbd = document.createElement("kbd");
      kbd.textContent = key;
      term.appendChild(kbd);
      var description = document.createElement("dd");
      description.textContent = element.getAttribute("data-shortcut-label") || element.textContent.trim();
      row.appendChild(term);
      row.appendChild(description);
      list.insertBefore(row, first);
    });
    list.querySelectorAll("[data-needs]").forEach(function (row) {
      row.hidden = !document.querySelector(row.getAttribute("data-needs"));
    });
    var before = document.activeElement;
    dialog.addEventListener("close", function restore() {
      dialog.removeEventListener("close", restore);
      if (before && before.focus) { before.focus(); }
    });
    dialog.showModal();
    dialog.querySelector("h2").focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.isComposing) { return; }
    var element = event.target;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)
        && element.matches && element.matches("textarea[data-submit-shortcut]") && element.form) {
      event.preventDefault();
      var next = event.shiftKey && element.form.querySelector("button[name='and_next']");
      if (next) { element.form.requestSubmit(next); } else { element.form.requestSubmit(); }
      return;
    }
    var dialog = document.getElementById("shortcut-help");
    if (dialog && dialog.open) { return; }  // Escape closes the help (the dialog's own)
    if (event.key === "Escape" && typing(element) && !event.ctrlKey && !event.metaKey
        && !event.altKey && !event.shiftKey) {
      element.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(element)) { return; }
    if (event.key === "?") {
      event.preventDefault();
      openHelp();
      return;
    }
    var found = target(event.key);
    if (found) {
      event.preventDefault();
      act(found);
    }
  });
  // Read by the browser tests: the shortcuts of this page are listening.
  document.documentElement.setAttribute("data-shortcuts", "on");
})();
