// The booking page (public/booking_slots.html), in a file of its own: the Content-Security-
// Policy runs no inline script. Without JavaScript the time-zone choice is a plain <select>
// grouped by region; with it:
// 1. the browser's own time zone is proposed once, when the visitor has not chosen one;
// 2. a search box above the list narrows it to the zones whose name, country or offset
//    contains what is typed.
(function () {
  var select = document.getElementById("id_tz");
  if (!select) { return; }

  var params = new URLSearchParams(window.location.search);
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!params.has("tz") && zone && zone !== select.value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone) {
        params.set("tz", zone);
        window.location.search = params.toString();
        return;
      }
    }
  }

  var field = select.parentNode;
  var label = document.createElement("label");
  label.htmlFor = "id_tz_filter";
  label.textContent = select.getAttribute("data-filter-label");
  var help = document.createElement("p");
  help.className = "help";
  help.id = "id_tz_filter_help";
  help.textContent = select.getAttribute("data-filter-help");
  var input = document.createElement("input");
  input.type = "search";
  input.id = "id_tz_filter";
  input.autocomplete = "off";
  input.setAttribute("aria-describedby", help.id);
  input.setAttribute("aria-controls", select.id);
  var box = document.createElement("div");
  box.className = "field zone-filter";
  box.appendChild(label);
  box.appendChild(help);
  box.appendChild(input);
  field.parentNode.insertBefore(box, field);

  function fold(text) {
    return text.toLocaleLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  input.addEventListener("input", function () {
    var wanted = fold(input.value.trim());
    var groups = select.getElementsByTagName("optgroup");
    var first = null;
    for (var g = 0; g < groups.length; g++) {
      var shown = 0;
      var options = groups[g].getElementsByTagName("option");
      for (var o = 0; o < options.length; o++) {
        var option = options[o];
        var match = !wanted || fold(option.textContent + " " + option.value).indexOf(wanted) !== -1;
        option.hidden = !match;
        option.disabled = !match && !option.selected;
        if (match) { shown++; if (!first) { first = option; } }
      }
      groups[g].hidden = shown === 0;
    }
    // The first match chosen, so that "Show times" shows it; the list still shows every match.
    if (wanted && first) { select.value = first.value; }
  });
})();
