// Progressive enhancement of the layout (the pages work without it; CSP allows only scripts from 'self'):
// - a wide table scrolls inside its own region, which keyboard users can reach and screen readers name
//   after the table's caption, so the page itself never scrolls sideways on a phone;
// - filters fold away on a narrow screen unless some are in use (<details class="filter-details">).
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var regions = [];

  document.querySelectorAll("table.table").forEach(function (table) {
    if (table.closest(".table-scroll")) { return; }  // the template made its own region
    var region = document.createElement("div");
    region.className = "table-scroll";
    table.parentNode.insertBefore(region, table);
    region.appendChild(table);
    var caption = table.querySelector("caption");
    region.dataset.label = caption ? caption.textContent.trim() : "Tabel";
    regions.push(region);
  });

  function mark() {  // only a region that scrolls is a stop for the keyboard and a landmark
    regions.forEach(function (region) {
      if (region.scrollWidth > region.clientWidth + 1) {
        region.setAttribute("tabindex", "0");
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", region.dataset.label);
      } else {
        region.removeAttribute("tabindex");
        region.removeAttribute("role");
        region.removeAttribute("aria-label");
      }
    });
  }
  mark();
  window.addEventListener("resize", mark);

  var wide = window.matchMedia("(min-width: 48em)").matches;
  document.querySelectorAll("details.filter-details").forEach(function (details) {
    if (wide) { details.open = true; }
  });
})();
