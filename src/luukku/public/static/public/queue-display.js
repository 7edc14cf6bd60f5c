// The waiting-room display (docs/queue.md, "Waiting-room display"). queue-stream.js keeps the
// calls up to date; this script shows a new call for a few seconds, keeps the clock, and, once
// someone has switched sound on with the button (browsers allow sound after a gesture only),
// plays a short chime and speaks the call in the page's language. Switching it on plays the
// chime and speaks a sample sentence at once, and the choice is remembered in the browser.
// The words come from the page (data-speech-text, "Number {ticket}, desk {desk}", and
// data-speech-sample, in its language), not from here.
(function () {
  "use strict";
  var display = document.getElementById("queue-display");
  if (!display) return;
  var HIGHLIGHT_MS = 8000;
  var button = document.getElementById("sound-toggle");
  var soundOn = false;
  var audio = null;

  function latestKey() {
    var latest = document.getElementById("latest-call");
    return latest ? latest.getAttribute("data-call") : "";
  }

  var shown = latestKey();

  function chime() {
    if (!audio) return;
    [880, 660].forEach(function (frequency, index) {
      var start = audio.currentTime + index * 0.35;
      var tone = audio.createOscillator();
      var volume = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, start);
      volume.gain.exponentialRampToValueAtTime(0.3, start + 0.03);
      volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
      tone.connect(volume);
      volume.connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.55);
    });
  }

  function speak(ticket, desk) {
    say(display.getAttribute("data-speech-text")
      .replace("{ticket}", ticket).replace("{desk}", desk));
  }

  function say(text) {
    if (!("speechSynthesis" in window) || !text) return;
    var lang = display.getAttribute("data-speech-lang");
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.replace("_", "-") === lang) {
        utterance.voice = voices[i];
        break;
      }
    }
    window.speechSynthesis.speak(utterance);
  }

  // The choice is kept in the browser (localStorage): after a reload sound is on again. A
  // browser that blocks autoplay keeps the audio suspended until the page is touched once;
  // the hint under the button says so until then.
  var STORED = "luukku.display.sound";
  var hint = document.getElementById("sound-hint");

  function stored(value) {
    try {
      if (value === undefined) return window.localStorage.getItem(STORED) === "on";
      window.localStorage.setItem(STORED, value ? "on" : "off");
    } catch (error) { /* storage off: the choice lasts until the page is left */ }
    return false;
  }

  function showBlocked() {
    if (hint) hint.hidden = !(soundOn && (!audio || audio.state !== "running"));
  }

  function switchOn(test) {
    soundOn = true;
    button.setAttribute("aria-pressed", "true");
    if (!audio && (window.AudioContext || window.webkitAudioContext)) {
      audio = new (window.AudioContext || window.webkitAudioContext)();
      audio.onstatechange = showBlocked;
    }
    if (audio && audio.state === "suspended") audio.resume().then(showBlocked, showBlocked);
    showBlocked();
    if (test) {
      chime();  // a short test: the chime and a sample call, so one hears it works
      setTimeout(function () { say(display.getAttribute("data-speech-sample")); }, 900);
    }
  }

  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      if (soundOn) {
        soundOn = false;
        button.setAttribute("aria-pressed", "false");
        stored(false);
        showBlocked();
      } else {
        stored(true);
        switchOn(true);
      }
    });
    if (stored()) {
      switchOn(false);
      // Autoplay blocked: the first touch anywhere on the page lets the sound out.
      document.addEventListener("pointerdown", function () {
        if (audio && audio.state === "suspended") audio.resume().then(showBlocked, showBlocked);
      });
    }
  }

  document.addEventListener("queue:message", function (event) {
    var message = event.detail || {};
    if (!soundOn || (message.event !== "called" && message.event !== "recalled")) return;
    chime();
    setTimeout(function () { speak(message.ticket, message.desk); }, 900);
  });

  document.addEventListener("queue:refreshed", function () {
    var key = latestKey();
    var latest = document.getElementById("latest-call");
    if (key && key !== shown && latest) {
      latest.classList.add("fresh");
      setTimeout(function () { latest.classList.remove("fresh"); }, HIGHLIGHT_MS);
    }
    shown = key;
  });

  function tick() {
    var clock = document.getElementById("display-clock");
    if (!clock) return;
    var now = new Date();
    clock.textContent = now.toLocaleTimeString(document.documentElement.lang || "fi", {
      hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Helsinki"
    }).replace(":", ".");
    clock.setAttribute("datetime", now.toISOString());
  }
  setInterval(tick, 10000);
  document.addEventListener("queue:refreshed", tick);
})();
