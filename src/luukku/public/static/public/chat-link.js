// The service page's chat link (docs/chat.md): without JavaScript it leads to the service's
// web form; with it, to the chat (whose page works with JavaScript at its best).
(function () {
  "use strict";
  function start() {
    var link = document.getElementById("chat-link");
    if (link && link.getAttribute("data-chat-href")) {
      link.setAttribute("href", link.getAttribute("data-chat-href"));
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
