// A search box above a long checkbox list (<div class="picker">), so nobody scrolls through dozens of names:
// typing hides what does not match (ticked options always stay visible) and a count says what is ticked.
// Without JavaScript the plain checkbox list works as before; CSP allows only scripts from 'self'.
(function () {
  "use strict";
  document.querySelectorAll(".picker").forEach(function (list, index) {
    var options = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
    if (options.length < 8) { return; }
    var legend = list.closest("fieldset");
    var name = legend && legend.querySelector("legend") ? legend.querySelector("legend").textContent.trim() : "";
    var box = document.createElement("div");
    box.className = "picker-search";
    var id = "picker-zoek-" + index;
    box.innerHTML = '<label for="' + id + '"></label> <input type="search" id="' + id + '" autocomplete="off">' +
      ' <span class="picker-count" role="status"></span>';
    box.querySelector("label").textContent = "Zoek" + (name ? " in " + name.toLowerCase() : "");
    list.parentNode.insertBefore(box, list);
    var search = box.querySelector("input");
    var count = box.querySelector(".picker-count");

    function row(input) { return input.closest("label") ? input.closest("label").parentElement : input.parentElement; }
    function update() {
      var words = search.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
      var shown = 0;
      options.forEach(function (input) {
        var text = row(input).textContent.toLowerCase();
        var match = input.checked || words.every(function (w) { return text.indexOf(w) !== -1; });
        row(input).hidden = !match;
        if (match) { shown += 1; }
      });
      var ticked = options.filter(function (input) { return input.checked; }).length;
      count.textContent = ticked + " gekozen" + (words.length ? ", " + shown + " getoond" : "");
    }
    search.addEventListener("input", update);
    search.addEventListener("keydown", function (event) {  // Enter in the search box must not submit the form
      if (event.key === "Enter") { event.preventDefault(); }
    });
    list.addEventListener("change", update);
    update();
  });
})();
