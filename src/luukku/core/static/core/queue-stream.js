// Live queue screens (docs/queue.md, "Realtime screens"). An element with
// data-queue-stream="<ws path>", data-refresh-url="<fragment url>" and
// data-refresh-seconds="<n>" is kept up to date: every message on the WebSocket (the first,
// "connected", after every reconnection too) only says "read again", and the element's
// content is fetched anew from the server, where the truth is. A closed socket reconnects
// after 1, 2, 4 ... at most 30 seconds; the content is also read every n seconds in case a
// message was lost. Each message is dispatched on document as a "queue:message" event.
(function () {
  "use strict";

  var MAX_DELAY = 30000;

  function follow(element) {
    var path = element.getAttribute("data-queue-stream");
    var refreshUrl = element.getAttribute("data-refresh-url");
    var seconds = parseInt(element.getAttribute("data-refresh-seconds"), 10) || 60;
    var delay = 1000;
    var reading = null;
    var last = null; // what was read last: an unchanged part is left as it is (live regions)

    function refresh() {
      if (reading) {
        reading.again = true;
        return;
      }
      reading = { again: false };
      fetch(refreshUrl, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        })
        .then(function (html) {
          if (html === last) return;
          last = html;
          element.innerHTML = html;
          document.dispatchEvent(new CustomEvent("queue:refreshed", { detail: element }));
        })
        .catch(function () { /* the next message or poll reads again */ })
        .then(function () {
          var again = reading.again;
          reading = null;
          if (again) refresh();
        });
    }

    function connect() {
      var scheme = location.protocol === "https:" ? "wss://" : "ws://";
      var socket;
      try {
        socket = new WebSocket(scheme + location.host + path);
      } catch (error) {
        setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_DELAY);
        return;
      }
      socket.onmessage = function (event) {
        var message;
        try {
          message = JSON.parse(event.data);
        } catch (error) {
          return;
        }
        if (message.event === "pong") return;
        delay = 1000;
        refresh();
        document.dispatchEvent(new CustomEvent("queue:message", { detail: message }));
      };
      socket.onclose = function () {
        setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_DELAY);
      };
    }

    setInterval(refresh, seconds * 1000);
    connect();
  }

  function start() {
    var elements = document.querySelectorAll("[data-queue-stream][data-refresh-url]");
    for (var i = 0; i < elements.length; i++) follow(elements[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
