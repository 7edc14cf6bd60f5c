/* The desk view (web/queue_desk.html): "Did not come" appears when the visitor's time to come
   to the desk has run out (data-show-at); without JavaScript the Refresh link shows it. */
(function () {
  "use strict";
  document.querySelectorAll("[data-show-at]").forEach(function (button) {
    var at = Date.parse(button.getAttribute("data-show-at"));
    if (isNaN(at)) return;
    setTimeout(function () {
      button.hidden = false;
      var hint = document.getElementById("no-show-hint");
      if (hint) hint.hidden = true;
    }, Math.max(0, at - Date.now()));
  });
})();
