// The kiosk's ticket (docs/queue.md, "Kiosk"): a Print button, and back to the start after
// a while so that the next visitor finds the services (the Back link works without this).
(function () {
  "use strict";
  var ticket = document.getElementById("kiosk-ticket");
  if (!ticket) return;
  var print = document.getElementById("print-ticket");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  var seconds = parseInt(ticket.getAttribute("data-return-seconds"), 10) || 20;
  setTimeout(function () {
    location.replace(ticket.getAttribute("data-return-url"));
  }, seconds * 1000);
})();
