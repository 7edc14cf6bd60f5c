/* The realtime screens' stream (docs/queue.md): an element with data-queue-stream="<ws path>"
   and data-refresh-url="<fragment url>" is read again over HTTP on every message of the
   point's queue (the first, "connected", too: after every reconnect), and every
   data-refresh-seconds in case a message was lost. The database is the truth; a message only
   says "read again". Each message is passed on as a `queue:message` event on document. */
(function () {
  "use strict";

  function refresh(element) {
    var url = element.getAttribute("data-refresh-url");
    if (!url) return Promise.resolve();
    return fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) return;
        return response.text().then(function (html) {
          // Keep the keyboard where it was when the part it was in is read again.
          var focused = document.activeElement;
          var focusedId = focused && element.contains(focused) ? focused.id : "";
          element.innerHTML = html;
          if (focusedId) {
            var again = document.getElementById(focusedId);
            if (again) again.focus();
          }
        });
      })
      .catch(function () {});
  }

  function connect(element, delay) {
    var path = element.getAttribute("data-queue-stream");
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + path);
    socket.addEventListener("open", function () {
      delay = 1000;
    });
    socket.addEventListener("message", function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      if (message.event === "pong") return;
      refresh(element).then(function () {
        document.dispatchEvent(new CustomEvent("queue:message", { detail: message }));
      });
    });
    socket.addEventListener("close", function () {
      setTimeout(function () {
        connect(element, Math.min(delay * 2, 30000));
      }, delay);
    });
  }

  function start(element) {
    connect(element, 1000);
    var seconds = parseInt(element.getAttribute("data-refresh-seconds"), 10) || 60;
    setInterval(function () {
      refresh(element);
    }, seconds * 1000);
  }

  document.querySelectorAll("[data-queue-stream]").forEach(start);
})();
