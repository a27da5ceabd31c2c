// Follows every background job on the page (templates/jobs/_progress.html): polls its status once a second,
// updates the bar and the stage, and goes on to the result page when the job is done.
(function () {
  "use strict";
  function follow(section) {
    var bar = section.querySelector("[data-job-bar]");
    var percent = section.querySelector("[data-job-percent]");
    var stage = section.querySelector("[data-job-stage]");
    var error = section.querySelector("[data-job-error]");
    var done = section.querySelector("[data-job-done]");
    var retry = section.querySelector("[data-job-retry]");
    var shown = "";
    function show(status) {
      bar.value = status.percent;
      bar.textContent = status.percent + " %";
      percent.textContent = status.percent + " %";
      var text = status.state_label + ": " + status.stage;
      if (text !== shown) {  // only a changed stage is announced (aria-live)
        stage.innerHTML = "";
        var strong = document.createElement("strong");
        strong.textContent = status.state_label;
        stage.appendChild(strong);
        stage.appendChild(document.createTextNode(": " + status.stage));
        shown = text;
      }
      if (status.state === "failed") {
        error.textContent = status.error;
        error.hidden = false;
        retry.hidden = false;
      }
      if (status.state === "done") {
        done.hidden = false;
        if (status.result_url && section.dataset.jobRedirect !== "off") {
          window.location.assign(status.result_url);
        }
      }
    }
    function poll() {
      fetch(section.dataset.jobStatus, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (status) {
          if (!status) { return; }
          show(status);
          if (!status.finished) { window.setTimeout(poll, 1000); }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    poll();
  }
  document.querySelectorAll("[data-job-status]").forEach(follow);
})();
