/* Planwijzer: progressive enhancement of the generated pages.
   Every page is complete without this script; it adds the actions overview's filters
   and the live 'today' marker. The text filter uses the site's search index when it
   can be fetched (search.js), else the cards' own text. */
(function () {
  "use strict";

  /* -- no requests to another server ----------------------------------------------
     When a page has loaded, Material's script fetches '<href>/sitemap.xml' for every
     <link rel="alternate"> (to keep a reader on the same page in another language or
     version): for a feed or a card at site_url's host, a request to another server and
     a 404. Those links are for feed readers and search engines, which read the HTML:
     hidden from that script while it looks (its listener runs first), then put back. */
  var alternates = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"]'));
  alternates.forEach(function (link) { link.rel = "planwijzer-alternate"; });
  document.addEventListener("DOMContentLoaded", function () {
    alternates.forEach(function (link) { link.rel = "alternate"; });
  });

  function fold(text) {
    // Case- and accent-insensitive matching: 'Ronse' finds 'ronse', 'e' finds 'é'.
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* -- the actions overview: filters in the URL ---------------------------------- */
  function initFilters() {
    var form = document.getElementById("pw-filters");
    var list = document.getElementById("pw-actions");
    if (!form || !list) return;
    var cards = Array.prototype.slice.call(list.querySelectorAll("li.pw-card"));
    var countN = document.getElementById("pw-count-n");
    var fields = ["doel", "bijdrage", "partner", "trekker", "gemeente", "label", "status", "kader", "jaar", "tekst"];
    var texts = cards.map(function (card) { return fold(card.textContent); });

    function values() {
      var v = {};
      fields.forEach(function (name) {
        var el = form.elements[name];
        v[name] = el ? el.value.trim() : "";
      });
      return v;
    }

    function has(list, value) {
      return (" " + list + " ").indexOf(" " + value + " ") !== -1;
    }

    function matches(card, i, v) {
      var d = card.dataset;
      if (v.doel || v.bijdrage) {
        var entries = d.doelen.trim().split(/\s+/);
        var ok = entries.some(function (entry) {
          var parts = entry.split(":");
          return (!v.doel || parts[0] === v.doel) && (!v.bijdrage || parts[1] === v.bijdrage);
        });
        if (!ok) return false;
      }
      if (v.partner && !has(d.partners, v.partner)) return false;
      if (v.trekker && d.trekker !== v.trekker) return false;
      if (v.gemeente && !has(d.gemeenten, v.gemeente)) return false;
      if (v.label && d.labels.indexOf("|" + v.label + "|") === -1) return false;
      if (v.jaar && !has(d.jaren, v.jaar)) return false;
      if (v.status && d.status !== v.status) return false;
      if (v.kader && !has(d.kaders || "", v.kader)) return false;
      if (v.tekst && !textMatches(card, i, v.tekst)) return false;
      return true;
    }

    function textMatches(card, i, query) {
      // The search index knows a page's compounds ('armoede' in 'kinderarmoede').
      var index = window.planwijzerIndex;
      var words = index && index.words(card.dataset.actie);
      if (words) return index.matches(words, query);
      return texts[i].indexOf(fold(query)) !== -1;
    }

    var toggle = document.querySelector(".pw-filters-toggle");
    var empty = document.getElementById("pw-empty");

    function active(v) {
      return fields.filter(function (name) { return v[name]; });
    }

    function describe(name) {
      // 'Partner: CAW', as the reader chose it.
      var el = form.elements[name];
      var label = form.querySelector('label[for="' + el.id + '"]').textContent;
      var value = el.tagName === "SELECT" ? el.options[el.selectedIndex].textContent.trim() : el.value;
      return label + ": " + value;
    }

    function showEmptyState(v) {
      var list = empty.querySelector("ul");
      list.textContent = "";
      active(v).forEach(function (name) {
        var li = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "pw-button";
        // The page's own words (data-wis, data-actief): the interface is in its language.
        button.textContent = (form.dataset.wis || "Wis %(filter)s").replace("%(filter)s", describe(name));
        button.addEventListener("click", function () {
          form.elements[name].value = "";
          apply(true);
          document.getElementById("pw-count").focus();
        });
        li.appendChild(button);
        list.appendChild(li);
      });
    }

    function apply(updateUrl) {
      var v = values();
      var shown = 0;
      cards.forEach(function (card, i) {
        var ok = matches(card, i, v);
        card.hidden = !ok;
        if (ok) shown += 1;
      });
      countN.textContent = String(shown);
      var n = active(v).length;
      var several = (toggle.dataset.actief || "Filters (%(n)s actief)").replace("%(n)s", n);
      toggle.textContent = n ? several : (toggle.dataset.geen || "Filters");
      empty.hidden = shown > 0;
      if (!shown) showEmptyState(v);
      if (updateUrl) {
        var params = new URLSearchParams();
        fields.forEach(function (name) { if (v[name]) params.set(name, v[name]); });
        var query = params.toString();
        history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
      }
    }

    // Restore the state from the URL (a shared or bookmarked view).
    var params = new URLSearchParams(location.search);
    fields.forEach(function (name) {
      var el = form.elements[name];
      if (el && params.has(name)) el.value = params.get(name);
    });
    form.hidden = false;
    // On a phone the filters fold away behind one button, so the results come first.
    var phone = window.matchMedia("(max-width: 44.9375em)");
    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      form.classList.toggle("pw-filters--closed", !open);
    }
    toggle.parentElement.hidden = false;
    setOpen(!phone.matches);
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    // The form's submit button (its only one): shows the results, the filters fold away.
    form.addEventListener("submit", function () {
      setOpen(false);
      var count = document.getElementById("pw-count");
      count.focus();
      count.scrollIntoView({ block: "start" });
    });
    document.getElementById("pw-count").tabIndex = -1;
    document.addEventListener("planwijzer-index", function () { apply(false); });
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("input", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    apply(false);
  }

  /* -- the timeline: 'today' as seen by the reader, not the build ------------------ */
  function initToday() {
    document.querySelectorAll(".pw-today").forEach(function (marker) {
      var start = new Date(marker.dataset.start + "T00:00:00");
      var end = new Date(marker.dataset.end + "T23:59:59");
      var now = new Date();
      if (now < start || now > end) { marker.hidden = true; return; }
      marker.style.left = ((now - start) / (end - start) * 100).toFixed(3) + "%";
      marker.hidden = false;
    });
  }

  /* -- 'back' to a page shows it as it was left, menu and search closed --------------- */
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    ["__drawer", "__search"].forEach(function (id) {
      var toggle = document.getElementById(id);
      if (toggle && toggle.checked) toggle.click();
    });
  });

  /* -- a button that opens the theme's search (the 404 page) ---------------------- */
  function initSearchButtons() {
    document.querySelectorAll(".pw-open-search").forEach(function (button) {
      button.addEventListener("click", function () {
        var toggle = document.getElementById("__search");
        if (toggle && !toggle.checked) toggle.click();
        var input = document.querySelector(".md-search__input");
        if (input) setTimeout(function () { input.focus(); }, 50);
      });
    });
  }

  /* -- stacked tables keep their table semantics ----------------------------------- */
  // On a phone the CSS shows a history, indicator or milestone table as one card per row
  // (display: block), and some browsers (Safari) then stop announcing it as a table.
  // The roles restore that; they are set here, not in the HTML, where they are invalid.
  function initStackedTables() {
    var roles = [["table", "table"], ["thead, tbody, tfoot", "rowgroup"], ["tr", "row"],
      ["thead th", "columnheader"], ["tbody th", "rowheader"], ["td", "cell"]];
    document.querySelectorAll("table.pw-table--stack").forEach(function (table) {
      roles.forEach(function (pair) {
        if (pair[0] === "table") { table.setAttribute("role", pair[1]); return; }
        table.querySelectorAll(pair[0]).forEach(function (el) { el.setAttribute("role", pair[1]); });
      });
    });
  }

  function init() {
    initStackedTables();
    initFilters();
    initToday();
    initSearchButtons();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
