// Progressive enhancement for every form (the pages work without it; CSP allows only scripts from 'self'):
// - typed text is not lost: leaving a POST form with unsaved changes asks first (a link or another form on
//   the page asks in Dutch; closing, reloading or going back gets the browser's own question). Forms with
//   data-unsaved="off" and forms without text to lose (a single button) are not watched; a form the server
//   sent back unsaved (errors, a conflict) carries data-unsaved="dirty".
// - a submit button with data-busy-text shows that text and cannot be pressed twice while the server works.
(function () {
  "use strict";
  var QUESTION = "U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u deze pagina verlaten? " +
    "Uw wijzigingen gaan dan verloren.";
  var dirty = new Set();
  var leaving = false;

  function watched(form) {
    return form.method.toLowerCase() === "post" && form.dataset.unsaved !== "off" &&
      form.querySelector("textarea, input:not([type=hidden]):not([type=submit]), select") !== null;
  }

  document.querySelectorAll("form").forEach(function (form) {
    if (watched(form)) {
      var mark = function () { dirty.add(form); };
      if (form.dataset.unsaved === "dirty") { mark(); }  // sent back by the server: still not saved
      form.addEventListener("input", mark);
      form.addEventListener("change", mark);
    }
    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) { return; }
      if (dirty.size > 0 && !dirty.has(form) && !window.confirm(QUESTION)) {  // another form's text would go
        event.preventDefault();
        return;
      }
      leaving = true;  // saving is not losing
      var button = event.submitter;
      if (button && button.dataset.busyText) {
        button.textContent = button.dataset.busyText;
        button.setAttribute("aria-busy", "true");
        window.setTimeout(function () { button.disabled = true; }, 0);  // after the form data is taken
      }
    });
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href]");
    if (!link || dirty.size === 0 || link.target === "_blank" || link.hasAttribute("download")) { return; }
    if (link.getAttribute("href").charAt(0) === "#") { return; }
    if (window.confirm(QUESTION)) {
      leaving = true;
    } else {
      event.preventDefault();
    }
  });

  window.addEventListener("beforeunload", function (event) {
    if (dirty.size > 0 && !leaving) {
      event.preventDefault();
      event.returnValue = "";  // older browsers need a value to ask
    }
  });
  window.addEventListener("pageshow", function () { leaving = false; });
})();
