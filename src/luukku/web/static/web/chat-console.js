// The agent's chat console (web/chat_console.html; docs/chat.md, "The console").
// The WebSocket ws/staff/chat/ only says that something changed ("queued", "message",
// "accepted", ...) and in which chat; the console then reads its live parts again
// (web/_chat_live.html) and the open chat's new messages (appended, never re-drawn). A closed
// socket reconnects after 1, 2, 4 ... at most 30 seconds; meanwhile the parts are read every
// 20 seconds, which also keeps the agent present. With the socket open a heartbeat ("ping")
// goes every 20 seconds. A message is shown "Sending…" until the server says it is stored;
// without an answer it is "Not sent" with a retry that sends the same client id again, so
// that it is never stored twice. Without JavaScript the forms post and the page reloads.
(function () {
  "use strict";

  var MAX_DELAY = 30000;
  var BEAT_MS = 20000;
  var TYPING_MS = 3000;
  var TYPING_SHOWN_MS = 6000;

  var root = document.getElementById("chat-console");
  if (!root) return;
  var text = function (name) { return root.getAttribute("data-text-" + name) || ""; };
  var chatId = parseInt(root.getAttribute("data-chat"), 10) || null;
  var liveUrl = root.getAttribute("data-live-url");
  var messagesUrl = root.getAttribute("data-messages-url");
  var refreshMs = (parseInt(root.getAttribute("data-refresh-seconds"), 10) || 60) * 1000;
  var log = document.getElementById("chat-log");
  var logBox = document.getElementById("chat-log-box");
  var composer = document.getElementById("chat-composer");
  var announcer = document.getElementById("chat-announce");
  var typingNote = document.getElementById("chat-typing");
  var socket = null;
  var delay = 1000;
  var lastTyping = 0;
  var typingTimer = null;

  function announce(message) {
    if (!announcer || !message) return;
    announcer.textContent = "";
    setTimeout(function () { announcer.textContent = message; }, 50);
  }

  function get(url) {
    return fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      });
  }

  // -- the live parts -----------------------------------------------------------------------
  var reading = null;
  function refresh() {
    if (reading) { reading.again = true; return; }
    reading = { again: false };
    get(liveUrl).then(function (html) {
      var holder = document.createElement("div");
      holder.innerHTML = html;
      holder.querySelectorAll("[data-live-part]").forEach(function (part) {
        var target = document.getElementById(part.id);
        if (target && target.innerHTML !== part.innerHTML) target.innerHTML = part.innerHTML;
      });
      readMarks();
    }).catch(function () { /* the next message or round reads again */ }).then(function () {
      var again = reading.again;
      reading = null;
      if (again) refresh();
    });
  }

  function lastEvent() {
    var last = 0;
    if (!log) return last;
    log.querySelectorAll("[data-event]").forEach(function (item) {
      last = Math.max(last, parseInt(item.getAttribute("data-event"), 10) || 0);
    });
    return last;
  }

  // A message announced while the last one is being read may have been saved after that read
  // began: read once more when it ends, as refresh() does, or it waits for the next round.
  var fetchingMessages = null;
  function readMessages() {
    if (!log || !messagesUrl) return;
    if (fetchingMessages) { fetchingMessages.again = true; return; }
    fetchingMessages = { again: false };
    get(messagesUrl + "?after=" + lastEvent()).then(function (html) {
      var holder = document.createElement("ol");
      holder.innerHTML = html;
      Array.prototype.slice.call(holder.children).forEach(function (item) {
        var id = item.getAttribute("data-event");
        if (log.querySelector("[data-event='" + id + "']")) return;
        log.appendChild(item);
        if (item.classList.contains("chat-msg-in")) hideTyping();
      });
      scrollDown();
      readMarks();
    }).catch(function () {}).then(function () {
      var again = fetchingMessages.again;
      fetchingMessages = null;
      if (again) readMessages();
    });
  }

  // The agent's messages the citizen has read (the state part's data-citizen-read).
  function readMarks() {
    var state = document.querySelector("#chat-state [data-citizen-read]");
    if (!state || !log) return;
    var upTo = parseInt(state.getAttribute("data-citizen-read"), 10) || 0;
    log.querySelectorAll(".chat-msg-out[data-event]").forEach(function (item) {
      var mark = item.querySelector(".chat-msg-status");
      var id = parseInt(item.getAttribute("data-event"), 10) || 0;
      if (mark && id && id <= upTo) mark.textContent = text("read");
    });
  }

  function scrollDown() {
    if (logBox) logBox.scrollTop = logBox.scrollHeight;
  }

  function hideTyping() {
    if (typingNote) typingNote.hidden = true;
  }

  // A form of the page posted the ordinary way (not the composer's fetch): the page is leaving.
  var leaving = false;
  document.addEventListener("submit", function (event) {
    if (!event.defaultPrevented) leaving = true;
  });

  function onMessage(message) {
    if (message.event === "pong") return;
    if (message.event === "typing") {
      if (message.from === "citizen" && message.chat === chatId && typingNote) {
        typingNote.hidden = false;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(hideTyping, TYPING_SHOWN_MS);
      }
      return;
    }
    delay = 1000;
    if (message.event === "ended" && message.chat === chatId && !leaving) {
      // The open chat ended (the citizen left, or it closed idle): its page again, with the
      // composer gone and the outcome to choose. Not while a form of this page is being sent
      // (the agent ending it): its answer brings the page.
      location.reload();
      return;
    }
    refresh();
    if (message.chat && message.chat === chatId) readMessages();
    if (message.event === "queued") announce(text("new-chat"));
    else if (message.event === "transferred" && message.chat !== chatId) announce(text("new-chat"));
    else if (message.event === "message" && message.chat === chatId) announce(text("new-message"));
    else if (message.event === "message") announce(text("other-message"));
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    try {
      socket = new WebSocket(scheme + location.host + root.getAttribute("data-stream"));
    } catch (error) {
      socket = null;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, MAX_DELAY);
      return;
    }
    socket.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (error) { return; }
      onMessage(message);
    };
    socket.onclose = function () {
      socket = null;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, MAX_DELAY);
    };
  }

  function send(data) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(data));
      return true;
    }
    return false;
  }

  // The heartbeat; with the socket down the HTTP read keeps the agent present instead.
  setInterval(function () {
    if (!send({ type: "ping" })) refresh();
  }, BEAT_MS);
  setInterval(function () { refresh(); readMessages(); }, refreshMs);

  // -- the composer -------------------------------------------------------------------------
  function clientId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  function post(url, fields) {
    var body = new FormData();
    body.append("csrfmiddlewaretoken", composer.querySelector("[name='csrfmiddlewaretoken']").value);
    Object.keys(fields).forEach(function (name) { body.append(name, fields[name]); });
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    });
  }

  function pendingItem(bodyText) {
    var item = document.createElement("li");
    item.className = "chat-msg chat-msg-out chat-msg-pending";
    var meta = document.createElement("p");
    meta.className = "chat-msg-meta";
    var who = document.createElement("span");
    who.className = "chat-msg-who";
    who.textContent = text("me");
    var status = document.createElement("span");
    status.className = "chat-msg-status";
    meta.appendChild(who);
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(status);
    var paragraph = document.createElement("p");
    paragraph.className = "body chat-message";
    paragraph.textContent = bodyText;
    item.appendChild(meta);
    item.appendChild(paragraph);
    return item;
  }

  function deliver(item, bodyText, id) {
    var status = item.querySelector(".chat-msg-status");
    status.textContent = text("sending");
    var old = item.querySelector(".chat-retry");
    if (old) old.remove();
    item.classList.remove("chat-msg-failed");
    post(composer.getAttribute("action"), { body: bodyText, client_id: id })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (answer) {
        if (!answer.ok || !answer.data.ok) throw new Error((answer.data && answer.data.error) || "");
        // Read back meanwhile (the stream was quicker than the answer): shown once.
        if (log.querySelector("[data-event='" + answer.data.event + "']")) {
          item.remove();
          return;
        }
        item.setAttribute("data-event", answer.data.event);
        item.classList.remove("chat-msg-pending");
        status.textContent = text("sent");
        readMarks();
      })
      .catch(function (error) {
        item.classList.add("chat-msg-failed");
        status.textContent = text("not-sent") + (error && error.message ? " — " + error.message : "");
        var retry = document.createElement("button");
        retry.type = "button";
        retry.className = "secondary chat-retry";
        retry.textContent = text("retry");
        retry.addEventListener("click", function () { deliver(item, bodyText, id); });
        status.parentNode.appendChild(retry);
        announce(status.textContent);
      });
  }

  function sendComposed() {
    var box = composer.querySelector("textarea[name='body']");
    var bodyText = box.value.trim();
    if (!bodyText) { box.focus(); return; }
    var item = pendingItem(bodyText);
    log.appendChild(item);
    scrollDown();
    box.value = "";
    deliver(item, bodyText, clientId());
  }

  function insertAtCursor(box, inserted) {
    var start = box.selectionStart || 0;
    var end = box.selectionEnd || 0;
    var before = box.value.slice(0, start);
    var gap = before && !/\n\n$/.test(before) ? (/\n$/.test(before) ? "\n" : "\n\n") : "";
    box.value = before + gap + inserted + box.value.slice(end);
    var at = (before + gap + inserted).length;
    box.focus();
    box.setSelectionRange(at, at);
  }

  function useTemplate(button) {
    var box = composer.querySelector("textarea[name='body']");
    post(button.getAttribute("formaction"), { use: button.value, body: box.value })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        if (data.text) insertAtCursor(box, data.text);
        announce(text("inserted"));
      })
      .catch(function () {
        // Without an answer the form does it: the console again with the template in it.
        var use = document.createElement("input");
        use.type = "hidden";
        use.name = "use";
        use.value = button.value;
        composer.appendChild(use);
        composer.setAttribute("action", button.getAttribute("formaction"));
        composer.submit();
      });
  }

  if (composer && log) {
    var box = composer.querySelector("textarea[name='body']");
    composer.addEventListener("submit", function (event) {
      event.preventDefault();
      var submitter = event.submitter;
      if (submitter && submitter.name === "use") useTemplate(submitter);
      else sendComposed();
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        sendComposed();
      }
    });
    box.addEventListener("input", function () {
      var now = Date.now();
      if (chatId && now - lastTyping >= TYPING_MS) {
        lastTyping = now;
        send({ type: "typing", chat: chatId });
      }
    });
    scrollDown();
  }

  // -- the end form: only the chosen outcome's details are shown ------------------------------
  var endForm = document.querySelector(".chat-end-form");
  if (endForm) {
    var details = endForm.querySelectorAll(".chat-outcome-details");
    var show = function () {
      var chosen = endForm.querySelector("[name='outcome']:checked");
      details.forEach(function (fieldset) {
        fieldset.hidden = !chosen || fieldset.getAttribute("data-outcome") !== chosen.value;
      });
    };
    endForm.addEventListener("change", show);
    show();
  }

  connect();
})();
