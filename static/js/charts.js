/* Draws the dashboard's plotly charts from their JSON (embedded with json_script; no inline scripts).
   Each chart's table is the accessible alternative: a chart is one image (role="img") whose inner controls
   are taken out of the tab order; the tiled map stays operable. When tiles are not configured or do not arrive,
   the map is drawn without tiles from the municipal boundaries. Without plotly or WebGL the tables remain. */
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

  /* A map without tiles (drawn from the municipal boundaries) is a picture like any chart. */
  function labelPicture(element) {
    if (element.dataset.kind === "map") {
      element.setAttribute("role", "img");
      element.setAttribute("aria-label", element.dataset.label || "Kaart");
    }
    quiet(element);
  }

  function plot(element, figure, config, tiled) {
    try {
      window.Plotly.newPlot(element, figure.data, figure.layout, config).then(function () {
        if (tiled) {
          labelMap(element);
        } else {
          labelPicture(element);
        }
      }, function () {
        element.hidden = true;
      });
    } catch (error) {
      element.hidden = true;
    }
  }

  /* Load one tile first: when it does not arrive in time, the map is drawn without tiles. */
  function probe(url, done) {
    var image = new Image();
    var finished = false;
    function finish(ok) {
      if (!finished) {
        finished = true;
        done(ok);
      }
    }
    window.setTimeout(function () { finish(false); }, 4000);
    image.onload = function () { finish(true); };
    image.onerror = function () { finish(false); };
    image.src = url;
  }

  function draw(element) {
    var source = document.getElementById(element.dataset.spec);
    if (!source || !window.Plotly) {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var config = Object.assign({responsive: true, displayModeBar: false}, spec.config || {});
    var tiled = Boolean(spec.layout && spec.layout.map);
    if (tiled && spec.offline) {
      probe(spec.probe, function (ok) {
        plot(element, ok ? spec : spec.offline, config, ok);
      });
    } else {
      plot(element, spec, config, tiled);
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
