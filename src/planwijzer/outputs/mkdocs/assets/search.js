/* Planwijzer: search in Dutch. Labels each result of the theme's search with the kind
   of page (Strategische actie, Doelstelling, Partner, Gemeente, Pagina ...), and gives
   the actions overview's text box the same index (window.planwijzerIndex), with the
   parts of Dutch compounds that the build added to it. */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/planwijzer\/search\.js.*$/, "") : "";
  var kindsElement = document.querySelector('meta[name="planwijzer-soorten"]');
  var kinds = kindsElement ? JSON.parse(kindsElement.content) : {};

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function kindOf(href) {
    var path = href.indexOf(root) === 0 ? href.slice(root.length) : "";
    var best = "";
    Object.keys(kinds).forEach(function (prefix) {
      if (prefix && path.indexOf(prefix) === 0 && prefix.length > best.length) best = prefix;
    });
    return best ? kinds[best] : kinds[""] || "Pagina";
  }

  function label(list) {
    list.querySelectorAll(".md-search-result__item > a.md-search-result__link").forEach(function (link) {
      var heading = link.querySelector("h1");  // the page, not each of its sections
      if (!heading || heading.querySelector(".pw-kind-label")) return;
      var kind = document.createElement("span");
      kind.className = "pw-kind-label";
      kind.textContent = kindOf(link.href);
      heading.insertBefore(kind, heading.firstChild);
    });
  }

  function initLabels() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || !root) return;
    new MutationObserver(function () { label(list); }).observe(list, { childList: true });
  }

  /* -- the index for the actions overview's text box ------------------------------- */
  function initIndex() {
    if (!document.getElementById("pw-filters") || !root || !window.fetch) return;
    fetch(root + "search/search_index.json").then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (index) {
      if (!index) return;
      var byAction = {};
      index.docs.forEach(function (doc) {
        var match = /^acties\/([^/#]+)\//.exec(doc.location);
        if (!match) return;
        var text = fold(doc.title + " " + doc.text.replace(/<[^>]+>/g, " "));
        byAction[match[1]] = (byAction[match[1]] || []).concat(text.split(/[^a-z0-9]+/));
      });
      window.planwijzerIndex = {
        words: function (id) { return byAction[id]; },
        // Every word of the query starts a word of the page (as the theme's search does).
        matches: function (words, query) {
          return fold(query).split(/[^a-z0-9]+/).filter(Boolean).every(function (term) {
            return words.some(function (word) { return word.indexOf(term) === 0; });
          });
        }
      };
      document.dispatchEvent(new Event("planwijzer-index"));
    }).catch(function () { /* keep matching the cards' own text */ });
  }

  function init() {
    initLabels();
    initIndex();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
