/* Draws the dashboard's plotly charts from their JSON (embedded with json_script; no inline scripts).
   Each chart's table is the accessible alternative: a chart is one image (role="img") whose inner controls
   are taken out of the tab order; the map stays operable. Without plotly or WebGL the tables remain. */
(function () {
  "use strict";

  function quiet(element) {
    element.querySelectorAll("a, button, input, select, textarea, canvas, [tabindex]").forEach(function (node) {
      node.setAttribute("tabindex", "-1");
      node.setAttribute("aria-hidden", "true");
    });
  }

  /* The map stays operable (pan with mouse or keyboard); it gets a Dutch name, its table is the alternative. */
  function labelMap(element, attempt) {
    var canvas = element.querySelector(".maplibregl-canvas");
    if (canvas) {
      canvas.setAttribute("aria-label", "Kaart van gemeenten en locaties; alle punten staan in de tabel hieronder");
    } else if ((attempt || 0) < 20) {
      window.setTimeout(function () { labelMap(element, (attempt || 0) + 1); }, 100);
    }
  }

  function draw(element) {
    var source = document.getElementById(element.dataset.spec);
    if (!source || !window.Plotly) {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var config = Object.assign({responsive: true, displayModeBar: false}, spec.config || {});
    try {
      window.Plotly.newPlot(element, spec.data, spec.layout, config).then(function () {
        if (element.dataset.kind === "map") {
          labelMap(element);
        } else {
          quiet(element);
        }
      }, function () {
        element.hidden = true;
      });
    } catch (error) {
      element.hidden = true;
    }
  }

  function start() {
    document.querySelectorAll(".chart-plot[data-spec]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
