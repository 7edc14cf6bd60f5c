// The booking page (public/booking_slots.html): proposes the browser's own time zone once,
// when the visitor has not chosen one. A file of its own: the Content-Security-Policy runs no
// inline script.
(function () {
  var params = new URLSearchParams(window.location.search);
  if (params.has("tz")) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var select = document.getElementById("id_tz");
  if (!zone || zone === select.value) { return; }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) { params.set("tz", zone); window.location.search = params.toString(); return; }
  }
})();
