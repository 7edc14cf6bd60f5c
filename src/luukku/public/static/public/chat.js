// The citizen's chat page (docs/chat.md, "The citizen's page"). The page works without
// this script; with it:
// - a WebSocket says when the chat changed ("connected" after every reconnection too) and the
//   page reads what is new over HTTP (the messages after the last one shown), and the page
//   reads it every data-refresh-seconds anyway; a closed socket reconnects after 1, 2, 4 ...
//   at most 30 seconds (a phone in a tunnel keeps its chat and its place in the queue);
// - a message is shown at once as "sending…" and as sent only when the server has stored it
//   (its answer names the stored event); unanswered, it is "not sent" with a retry that sends
//   the same client id again, so it is never stored twice; unsent messages are kept in
//   sessionStorage, and a reload sends them again;
// - new messages are added to the role="log" list, so a screen reader reads each once; the
//   agent's typing is shown but not announced; the citizen's typing is told at most every
//   three seconds;
// - the idle warning is an alert dialog with "I am still here", the end asks first.
(function () {
  "use strict";

  var MAX_DELAY = 30000;
  var HEARTBEAT = 30000;
  var TYPING_EVERY = 3000;
  var TYPING_SHOWN = 6000;

  function newClientId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    var id = "";
    for (var i = 0; i < 24; i++) id += Math.floor(Math.random() * 36).toString(36);
    return id;
  }

  function clock(date) {
    var minutes = date.getMinutes();
    return date.getHours() + "." + (minutes < 10 ? "0" : "") + minutes;
  }

  function Chat(root) {
    this.root = root;
    this.list = document.getElementById("chat-messages");
    this.statusBox = document.getElementById("chat-status");
    this.idle = document.getElementById("chat-idle");
    this.typingBox = document.getElementById("chat-typing");
    this.form = document.getElementById("chat-composer");
    this.textarea = this.form ? this.form.querySelector("textarea") : null;
    this.errorBox = document.getElementById("chat-send-error");
    var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
    this.csrf = csrf ? csrf.value : "";
    this.lastId = parseInt(root.getAttribute("data-last-event"), 10) || 0;
    this.live = root.getAttribute("data-live") === "1";
    this.agentRead = 0;
    this.storeKey = "luukku-chat-outbox-" + root.getAttribute("data-token");
    this.delay = 1000;
    this.socket = null;
    this.reading = null;
    this.typedAt = 0;
    this.typingTimer = null;
    this.lastStatus = null;
  }

  Chat.prototype.data = function (name) {
    return this.root.getAttribute("data-" + name) || "";
  };

  Chat.prototype.post = function (url, fields) {
    var body = new FormData();
    Object.keys(fields).forEach(function (key) { body.append(key, fields[key]); });
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": this.csrf, Accept: "application/json" },
    });
  };

  // -- the unsent messages, kept over a reload ------------------------------------------------

  Chat.prototype.outbox = function () {
    try {
      return JSON.parse(sessionStorage.getItem(this.storeKey)) || [];
    } catch (error) {
      return [];
    }
  };

  Chat.prototype.saveOutbox = function (items) {
    try {
      sessionStorage.setItem(this.storeKey, JSON.stringify(items));
    } catch (error) { /* private mode: a reload loses an unsent message */ }
  };

  Chat.prototype.outboxPut = function (clientId, body) {
    var items = this.outbox().filter(function (item) { return item.client_id !== clientId; });
    if (body !== null) items.push({ client_id: clientId, body: body });
    this.saveOutbox(items);
  };

  // -- messages -----------------------------------------------------------------------------

  Chat.prototype.own = function (clientId) {
    var items = this.list.querySelectorAll("li[data-client-id]");
    for (var i = 0; i < items.length; i++) {
      if (items[i].getAttribute("data-client-id") === clientId) return items[i];
    }
    return null;
  };

  Chat.prototype.setState = function (item, state) {
    var line = item.querySelector(".chat-state");
    if (!line) {
      line = document.createElement("p");
      line.className = "chat-state";
      item.appendChild(line);
    }
    if (line.getAttribute("data-state") === state) return;
    line.setAttribute("data-state", state);
    line.textContent = this.data("text-" + state);
    if (state === "failed") {
      var self = this;
      var retry = document.createElement("button");
      retry.type = "button";
      retry.className = "chat-retry secondary";
      retry.textContent = this.data("text-retry");
      retry.addEventListener("click", function () {
        self.send(item.getAttribute("data-client-id"), item.getAttribute("data-body"));
      });
      line.appendChild(document.createTextNode(" "));
      line.appendChild(retry);
    }
  };

  Chat.prototype.pending = function (clientId, body) {
    var item = document.createElement("li");
    item.className = "chat-msg chat-msg-mine";
    item.setAttribute("data-client-id", clientId);
    item.setAttribute("data-body", body);
    var meta = document.createElement("p");
    meta.className = "chat-meta";
    var who = document.createElement("span");
    who.className = "chat-who";
    who.textContent = this.data("text-you");
    var time = document.createElement("time");
    time.textContent = clock(new Date());
    meta.appendChild(who);
    meta.appendChild(document.createTextNode(" "));
    meta.appendChild(time);
    var text = document.createElement("div");
    text.className = "chat-body chat-body-pending";
    text.textContent = body;
    item.appendChild(meta);
    item.appendChild(text);
    this.list.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  };

  Chat.prototype.showError = function (message) {
    if (!this.errorBox) return;
    this.errorBox.textContent = message || "";
    this.errorBox.hidden = !message;
  };

  Chat.prototype.send = function (clientId, body) {
    var self = this;
    var item = this.own(clientId) || this.pending(clientId, body);
    if (item.hasAttribute("data-id")) return;
    this.setState(item, "sending");
    this.post(this.data("send-url"), { client_id: clientId, body: body })
      .then(function (response) {
        return response.json().then(function (answer) {
          return { ok: response.ok, status: response.status, answer: answer };
        });
      })
      .then(function (result) {
        if (result.ok) {
          self.outboxPut(clientId, null);
          item.setAttribute("data-id", result.answer.id);
          self.setState(item, self.agentRead >= result.answer.id ? "read" : "sent");
          self.showError("");
          self.refresh();
          return;
        }
        if (result.status === 400) self.outboxPut(clientId, null); // sending again will not help
        self.setState(item, "failed");
        self.showError(result.answer.error);
      })
      .catch(function () {
        self.setState(item, "failed");
      });
  };

  Chat.prototype.submit = function () {
    var body = this.textarea.value.trim();
    if (!body) {
      this.showError(this.data("text-empty"));
      return;
    }
    if (body.length > parseInt(this.data("max-chars"), 10)) {
      this.showError(this.data("text-too-long"));
      return;
    }
    var clientId = newClientId();
    this.outboxPut(clientId, body);
    this.textarea.value = "";
    this.showError("");
    this.send(clientId, body);
  };

  // -- reading the chat ---------------------------------------------------------------------

  Chat.prototype.refresh = function () {
    var self = this;
    if (this.reading) {
      this.reading.again = true;
      return;
    }
    this.reading = { again: false };
    fetch(this.data("state-url") + "?after=" + this.lastId, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (state) { self.apply(state); })
      .catch(function () { /* the next message or the next round reads again */ })
      .then(function () {
        var again = self.reading.again;
        self.reading = null;
        if (again) self.refresh();
      });
  };

  Chat.prototype.add = function (message) {
    var existing = message.client_id ? this.own(message.client_id) : null;
    var holder = document.createElement("template");
    holder.innerHTML = message.html.trim(); // rendered and escaped by the server
    var item = holder.content.firstElementChild;
    if (existing) {
      // Shown while it was sent: only its time becomes the server's (not read out again).
      existing.setAttribute("data-id", message.id);
      var stored = item && item.querySelector("time");
      var shown = existing.querySelector("time");
      if (stored && shown) {
        shown.textContent = stored.textContent;
        shown.setAttribute("datetime", stored.getAttribute("datetime"));
      }
      this.outboxPut(message.client_id, null);
      return false;
    }
    if (!item) return false;
    this.list.appendChild(item);
    return !message.client_id;
  };

  Chat.prototype.apply = function (state) {
    var self = this;
    var heard = false;
    state.messages.forEach(function (message) {
      if (message.id <= self.lastId) return;
      self.lastId = message.id;
      if (self.add(message)) heard = true;
    });
    if (heard) {
      this.hideTyping();
      var last = this.list.lastElementChild;
      if (last) last.scrollIntoView({ block: "nearest" });
    }
    this.agentRead = state.agent_read;
    var own = this.list.querySelectorAll("li[data-client-id][data-id]");
    for (var i = 0; i < own.length; i++) {
      var id = parseInt(own[i].getAttribute("data-id"), 10);
      this.setState(own[i], id <= this.agentRead ? "read" : "sent");
    }
    if (state.status_html !== this.lastStatus) {
      // Replaced only when what it says changed: the status region is read out then.
      var holder = document.createElement("template");
      holder.innerHTML = state.status_html;
      if (holder.content.textContent.trim() !== this.statusBox.textContent.trim()) {
        this.statusBox.innerHTML = state.status_html;
      }
      this.lastStatus = state.status_html;
    }
    this.showIdle(state.idle_warning);
    if (this.live && !state.live) {
      this.live = false;
      window.location.reload(); // the ended chat's page: the transcript and the case
      return;
    }
    if (state.messages.length) this.seen();
  };

  Chat.prototype.seen = function () {
    var visible = document.visibilityState !== "hidden";
    this.post(this.data("seen-url"), { event: visible ? this.lastId : 0 }).catch(function () {});
  };

  // -- typing and the idle warning ------------------------------------------------------------

  Chat.prototype.showTyping = function () {
    var self = this;
    this.typingBox.hidden = false;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(function () { self.hideTyping(); }, TYPING_SHOWN);
  };

  Chat.prototype.hideTyping = function () {
    clearTimeout(this.typingTimer);
    this.typingBox.hidden = true;
  };

  Chat.prototype.typing = function () {
    var now = Date.now();
    if (now - this.typedAt < TYPING_EVERY) return;
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    this.typedAt = now;
    this.socket.send(JSON.stringify({ type: "typing" }));
  };

  Chat.prototype.showIdle = function (warned) {
    if (!this.idle) return;
    if (warned && this.idle.hidden) {
      this.idle.hidden = false;
      document.getElementById("chat-still-here").focus();
    } else if (!warned && !this.idle.hidden) {
      this.idle.hidden = true;
    }
  };

  Chat.prototype.stillHere = function (event) {
    var self = this;
    var form = event.target;
    event.preventDefault();
    this.post(this.data("still-here-url"), {})
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        self.idle.hidden = true;
        if (self.textarea) self.textarea.focus();
      })
      .catch(function () { form.submit(); });
  };

  // -- the stream -----------------------------------------------------------------------------

  Chat.prototype.connect = function () {
    var self = this;
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket;
    try {
      socket = new WebSocket(scheme + window.location.host + this.data("stream-path"));
    } catch (error) {
      this.reconnect();
      return;
    }
    this.socket = socket;
    socket.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      if (message.event === "pong") return;
      self.delay = 1000;
      if (message.event === "typing") {
        if (message.from === "agent") self.showTyping();
        return;
      }
      self.refresh();
    };
    socket.onclose = function () {
      if (self.socket === socket) self.socket = null;
      self.reconnect();
    };
  };

  Chat.prototype.reconnect = function () {
    var self = this;
    if (!this.live) return;
    setTimeout(function () { if (!self.socket) self.connect(); }, this.delay);
    this.delay = Math.min(this.delay * 2, MAX_DELAY);
  };

  Chat.prototype.heartbeat = function () {
    if (!this.live) return;
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type: "ping" }));
    }
    this.seen();
  };

  // -- the page -------------------------------------------------------------------------------

  Chat.prototype.composer = function () {
    var self = this;
    if (!this.form) return;
    var keys = document.getElementById("chat-keys");
    if (keys) keys.hidden = false;
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    this.textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        self.submit();
      }
    });
    this.textarea.addEventListener("input", function () { self.typing(); });
  };

  Chat.prototype.endConfirmation = function () {
    var link = document.getElementById("chat-end-link");
    var section = document.getElementById("end-chat");
    var cancel = document.getElementById("chat-end-cancel");
    if (!link || !section) return;
    link.addEventListener("click", function (event) {
      event.preventDefault();
      section.hidden = false;
      document.getElementById("end-chat-title").focus();
    });
    cancel.addEventListener("click", function (event) {
      event.preventDefault();
      section.hidden = true;
      link.focus();
    });
  };

  Chat.prototype.start = function () {
    var self = this;
    this.endConfirmation();
    if (!this.live) {
      this.saveOutbox([]);
      return;
    }
    this.composer();
    if (this.idle) {
      this.idle.querySelector("form").addEventListener("submit", function (event) {
        self.stillHere(event);
      });
    }
    // Messages not sent before a reload: shown again and sent again (the same ids).
    this.outbox().forEach(function (item) {
      var shown = self.own(item.client_id);
      if (shown) {
        self.outboxPut(item.client_id, null);
      } else {
        self.send(item.client_id, item.body);
      }
    });
    this.connect();
    var seconds = parseInt(this.data("refresh-seconds"), 10) || 20;
    setInterval(function () { self.refresh(); }, seconds * 1000);
    setInterval(function () { self.heartbeat(); }, HEARTBEAT);
    window.addEventListener("online", function () {
      self.delay = 1000;
      if (!self.socket) self.connect();
      self.refresh();
    });
    this.refresh();
  };

  function start() {
    var root = document.getElementById("chat");
    if (root) new Chat(root).start();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
