// The case page (web/case_detail.html). "Use" beside a reply template: htmx posts the reply
// box's text and gets back, into #template-inserted (web/case_template_text.html), the part of
// the template filled in for the case that is not in the box yet (no second greeting or
// sign-off: knowledge.selectors.template_text_to_insert); this puts it into the reply box where
// the cursor was, keeping what was typed, and records which template it was. Without
// JavaScript "Use" posts the reply form and the page comes back with the same text in the box.
// A file of its own: the Content-Security-Policy runs no inline script.
(function () {
  "use strict";
  var box = document.getElementById("id_reply-body");
  var placed = false;  // has the agent put the cursor in the box (else the text goes last)?
  if (box) {
    ["focus", "click", "keyup", "select"].forEach(function (name) {
      box.addEventListener(name, function () { placed = true; });
    });
  }

  // What goes between the text before the cursor and the template's text, so that the
  // template starts a paragraph of its own: the same rule as knowledge.selectors.paragraph_break
  // (the reply without JavaScript).
  function paragraphBreak(before) {
    before = before.replace(/\r\n/g, "\n").replace(/[ \t]+$/, "");
    if (!before.trim() || /\n\n$/.test(before)) { return ""; }
    return /\n$/.test(before) ? "\n" : "\n\n";
  }

  function insert(text) {
    if (!text) { box.focus(); return; }
    var start = placed ? box.selectionStart : box.value.length;
    var end = placed ? box.selectionEnd : box.value.length;
    text = paragraphBreak(box.value.slice(0, start)) + text;
    box.setRangeText(text, start, end, "end");
    placed = true;
    box.focus();
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    if (!box || event.detail.target.id !== "template-inserted") { return; }
    var fragment = event.detail.target.querySelector(".template-text");
    if (!fragment) { return; }
    insert(fragment.querySelector("pre").textContent);
    var form = box.form;
    form.querySelector("[name='reply-template']").value = fragment.getAttribute("data-template-id");
    form.querySelector("[name='reply-suggested_rank']").value = fragment.getAttribute("data-rank");
    var status = document.getElementById("template-status");
    status.textContent = status.getAttribute("data-inserted");
    event.detail.target.textContent = "";
  });

  // A link to a heading inside a folded section (#consult-heading) opens the section.
  function unfold() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var found = id && document.getElementById(id);
    for (var parent = found && found.closest("details"); parent; parent = parent.parentElement.closest("details")) {
      parent.open = true;
    }
  }
  window.addEventListener("hashchange", unfold);
  unfold();
})();
