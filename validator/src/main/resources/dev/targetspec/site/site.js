// targetspec documentation site: filtering on the index page and copy buttons on target pages.
// Loaded as a file so that the pages' Content-Security-Policy (script-src 'self') allows it; it only
// reads and sets text and attributes, never markup.
(function () {
  "use strict";

  function setupFilters() {
    var table = document.getElementById("targets");
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var search = document.getElementById("search");
    var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
    var shown = document.getElementById("shown");

    function apply() {
      var words = search.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
      var count = 0;
      rows.forEach(function (row) {
        var visible = selects.every(function (s) {
          return s.value === "" || row.getAttribute("data-" + s.getAttribute("data-filter")) === s.value;
        }) && words.every(function (w) {
          return row.getAttribute("data-search").indexOf(w) !== -1;
        });
        row.hidden = !visible;
        if (visible) {
          count++;
        }
      });
      shown.textContent = count + " of " + rows.length + " targets";
    }

    search.addEventListener("input", apply);
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }

  function mark(button, state, label) {
    button.setAttribute("data-state", state);
    button.textContent = label;
  }

  function setupCopy() {
    Array.prototype.slice.call(document.querySelectorAll("button.copy")).forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        var text = source ? source.textContent : "";
        var done = function () { mark(button, "copied", "Copied"); };
        var fallback = function () {
          if (copyWithSelection(text)) {
            done();
          } else {
            mark(button, "failed", "Copy failed: select the text");
          }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupFilters();
    setupCopy();
  });
})();
