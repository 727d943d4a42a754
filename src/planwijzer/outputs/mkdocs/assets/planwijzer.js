/* Planwijzer: progressive enhancement of the generated pages.
   Every page is complete without this script; it adds filtering, the matrix tools
   and the live 'today' marker. No data is fetched: it reads the page itself. */
(function () {
  "use strict";

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
    var fields = ["doel", "bijdrage", "partner", "trekker", "gemeente", "label", "status", "jaar", "tekst"];
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
      if (v.tekst && texts[i].indexOf(fold(v.tekst)) === -1) return false;
      return true;
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
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("input", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    apply(false);
  }

  /* -- the matrix: highlight, filter by top-level goal, transpose ------------------ */
  function columnOf(cell) {
    // Body and footer rows have no spans: the first cell is the row header.
    if (cell.dataset.kolom !== undefined) return [Number(cell.dataset.kolom), Number(cell.colSpan)];
    if (cell.tagName === "TD" && cell.parentElement.parentElement.tagName !== "THEAD") {
      return [cell.cellIndex - 1, 1];
    }
    return null;
  }

  function initMatrix(table) {
    var scroll = table.closest(".pw-matrix-scroll");
    var bodyRows = Array.prototype.slice.call(table.querySelectorAll("tbody tr, tfoot tr"));
    var headerCells = Array.prototype.slice.call(table.querySelectorAll("thead [data-kolom]"));

    function clear() {
      table.querySelectorAll(".pw-hl").forEach(function (el) { el.classList.remove("pw-hl"); });
    }
    function highlight(cell) {
      clear();
      var row = cell.closest("tr");
      if (row && row.parentElement.tagName !== "THEAD") {
        Array.prototype.forEach.call(row.cells, function (c) { c.classList.add("pw-hl"); });
      }
      var col = columnOf(cell);
      if (!col) return;
      var from = col[0], to = col[0] + col[1];
      headerCells.forEach(function (h) {
        var start = Number(h.dataset.kolom), end = start + h.colSpan;
        if (start < to && end > from) h.classList.add("pw-hl");
      });
      bodyRows.forEach(function (r) {
        for (var i = from; i < to; i++) {
          var c = r.cells[i + 1];
          if (c) c.classList.add("pw-hl");
        }
      });
    }
    table.addEventListener("mouseover", function (e) {
      var cell = e.target.closest("td, th");
      if (cell && table.contains(cell)) highlight(cell);
    });
    table.addEventListener("focusin", function (e) {
      var cell = e.target.closest("td, th");
      if (cell) highlight(cell);
    });
    table.addEventListener("mouseleave", clear);
    table.addEventListener("focusout", clear);

    // Tools above the table: filter by top-level goal, and the transposed view.
    var roots = Array.prototype.slice.call(table.querySelectorAll("thead tr:first-child th[data-doel]"));
    var tools = document.createElement("div");
    tools.className = "pw-matrix-tools";
    var id = "pw-wortel-" + table.dataset.matrix;
    var html = "";
    if (roots.length > 1) {
      html += '<label for="' + id + '">Toon de doelstellingen van</label> <select id="' + id + '">' +
        '<option value="">alle doelstellingen</option>';
      roots.forEach(function (th) {
        html += '<option value="' + th.dataset.doel + '">' + th.textContent.trim().replace(/\s+/g, " ") + "</option>";
      });
      html += "</select> ";
    }
    html += '<button type="button" class="pw-button pw-transpose" aria-pressed="false">Doelstellingen als rijen</button>';
    tools.innerHTML = html;
    scroll.parentElement.insertBefore(tools, scroll);

    var select = tools.querySelector("select");
    if (select) {
      select.addEventListener("change", function () { filterRoot(table, select.value); });
    }
    var button = tools.querySelector(".pw-transpose");
    var transposed = null;
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      if (on && !transposed) transposed = transpose(table);
      scroll.hidden = on;
      transposed.hidden = !on;
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  function filterRoot(table, root) {
    var leafRoots = {};
    table.querySelectorAll("thead th.pw-matrix__leaf").forEach(function (th) {
      leafRoots[th.dataset.kolom] = th.dataset.wortel;
    });
    table.querySelectorAll("thead [data-wortel]").forEach(function (cell) {
      cell.hidden = !!root && cell.dataset.wortel !== root;
    });
    table.querySelectorAll("tbody tr, tfoot tr").forEach(function (row) {
      var any = false;
      for (var i = 1; i < row.cells.length - 1; i++) {
        var visible = !root || leafRoots[i - 1] === root;
        row.cells[i].hidden = !visible;
        if (visible && row.cells[i].dataset.bijdrage) any = true;
      }
      if (row.parentElement.tagName === "TBODY") row.hidden = !!root && !any;
    });
  }

  function transpose(table) {
    // Goals as rows, actions as columns: easier to read on a narrow screen.
    var leaves = Array.prototype.slice.call(table.querySelectorAll("thead th.pw-matrix__leaf"));
    leaves.sort(function (a, b) { return a.dataset.kolom - b.dataset.kolom; });
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var wrap = document.createElement("div");
    wrap.className = "pw-matrix-scroll pw-matrix-scroll--transposed";
    wrap.setAttribute("role", "region");
    wrap.setAttribute("tabindex", "0");
    var t = document.createElement("table");
    t.className = "pw-matrix pw-matrix--transposed";
    var caption = document.createElement("caption");
    caption.id = table.querySelector("caption").id + "-rijen";
    caption.textContent = table.querySelector("caption").textContent + " (doelstellingen als rijen)";
    wrap.setAttribute("aria-labelledby", caption.id);
    t.appendChild(caption);
    var thead = t.createTHead().insertRow();
    var corner = document.createElement("td");
    thead.appendChild(corner);
    rows.forEach(function (row) {
      var th = document.createElement("th");
      th.scope = "col";
      th.className = "pw-matrix__vertical";
      var head = document.createElement("span");
      head.className = "pw-matrix__head";
      head.appendChild(row.cells[0].firstElementChild.cloneNode(true));
      th.appendChild(head);
      thead.appendChild(th);
    });
    var tbody = t.createTBody();
    leaves.forEach(function (leaf) {
      var tr = tbody.insertRow();
      tr.dataset.doel = leaf.dataset.doel;
      var th = document.createElement("th");
      th.scope = "row";
      th.className = "pw-matrix__action";
      th.appendChild(leaf.querySelector("a").cloneNode(true));
      tr.appendChild(th);
      var col = Number(leaf.dataset.kolom) + 1;
      rows.forEach(function (row) { tr.appendChild(row.cells[col].cloneNode(true)); });
    });
    wrap.appendChild(t);
    wrap.hidden = true;
    var scroll = table.closest(".pw-matrix-scroll");
    scroll.parentElement.insertBefore(wrap, scroll.nextSibling);
    return wrap;
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

  function init() {
    initFilters();
    document.querySelectorAll("table.pw-matrix[data-matrix]").forEach(initMatrix);
    initToday();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
