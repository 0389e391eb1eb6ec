// Dossier preview: reloads this page after a rebuild that changed it, and shows the errors of a failed
// rebuild over the page. Added by `serve` to the pages it sends; the built site never contains it.
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script.getAttribute("data-page") || "";
  var session = script.getAttribute("data-session") || "";
  var generation = script.getAttribute("data-generation") || "0";
  var OVERLAY_ID = "dossier-error-overlay";

  function hide() {
    var overlay = document.getElementById(OVERLAY_ID);
    if (overlay) overlay.remove();
  }

  // Messages come from seeds and templates, which nobody vouches for: they only ever become text nodes.
  function show(messages, lastGood) {
    hide();
    var overlay = document.createElement("div");
    overlay.id = OVERLAY_ID;
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("lang", script.getAttribute("data-lang") || "en");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;"
      + "background:rgba(20,20,20,0.92);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;";
    var title = document.createElement("p");
    title.style.cssText = "margin:0 0 1rem;font-weight:bold;color:#ff8a80;font-size:16px;";
    title.textContent = lastGood === false
      ? (script.getAttribute("data-failed-partly") || "The last rebuild failed half-way: the site on disk is partly new; fix the error and save.")
      : (script.getAttribute("data-failed") || "The last rebuild failed. This is the last good version of the page; fix the error and save.");
    var list = document.createElement("pre");
    list.className = "dossier-error-messages";
    list.style.cssText = "margin:0;white-space:pre-wrap;word-break:break-word;";
    list.textContent = messages.join("\n");
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = script.getAttribute("data-hide") || "Hide";
    close.style.cssText = "position:absolute;top:1rem;right:1rem;";
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    overlay.appendChild(title);
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  var url = "/__dossier/events?page=" + encodeURIComponent(page)
    + "&session=" + encodeURIComponent(session) + "&generation=" + encodeURIComponent(generation);
  var events = new EventSource(url);
  events.addEventListener("reload", function () {
    events.close();
    location.reload();
  });
  events.addEventListener("failure", function (event) {
    var data = JSON.parse(event.data);
    show(data.messages, data.lastGood);
  });
  events.addEventListener("ok", hide);
})();
