/* Planwijzer: the overview matrix's tools. The table is complete without this script;
   it adds highlighting of the row and column under the pointer or focus, a filter by
   top-level goal and the transposed view (goals as rows). */
(function () {
  "use strict";

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
    // The words are the page's (data-toon, data-alle, data-als-rijen: its language), and
    // every text goes in as text: a goal's title is data, never HTML.
    var say = function (name, fallback) { return table.dataset[name] || fallback; };
    if (roots.length > 1) {
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = say("toon", "Toon de doelstellingen van");
      var choice = document.createElement("select");
      choice.id = id;
      choice.add(new Option(say("alle", "alle doelstellingen"), ""));
      roots.forEach(function (th) {
        choice.add(new Option(th.textContent.trim().replace(/\s+/g, " "), th.dataset.doel));
      });
      tools.append(label, " ", choice, " ");
    }
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "pw-button pw-transpose";
    toggle.setAttribute("aria-pressed", "false");
    toggle.textContent = say("alsRijen", "Doelstellingen als rijen");
    tools.append(toggle);
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
    caption.textContent = table.querySelector("caption").textContent +
      " (" + (table.dataset.alsRijen || "Doelstellingen als rijen").toLowerCase() + ")";
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
      rows.forEach(function (row) {
        var cell = row.cells[col].cloneNode(true);
        cell.removeAttribute("headers");  // one head row and column here: scope suffices
        tr.appendChild(cell);
      });
    });
    wrap.appendChild(t);
    wrap.hidden = true;
    var scroll = table.closest(".pw-matrix-scroll");
    scroll.parentElement.insertBefore(wrap, scroll.nextSibling);
    return wrap;
  }

  /* -- heads upright where they fit ------------------------------------------------ */
  // The build writes a head upwards only when it would not fit at 1.200 px; on a
  // narrower screen (a tablet) the longest upright heads turn too, one by one, until the
  // table fits its box. A large matrix scrolls in its box by design: left as built.
  function fitHeads(table) {
    var box = table.closest(".pw-matrix-scroll");
    if (!box || box.classList.contains("pw-matrix-scroll--groot")) return;
    table.querySelectorAll("thead th.pw-matrix__turned").forEach(function (th) {
      th.classList.remove("pw-matrix__turned", "pw-matrix__vertical");
    });
    if (!box.clientWidth) return;  // hidden (a phone shows the lists)
    var upright = Array.prototype.slice.call(
      table.querySelectorAll("thead th.pw-matrix__goal:not(.pw-matrix__vertical)"));
    upright.sort(function (a, b) { return b.textContent.length - a.textContent.length; });
    while (box.scrollWidth > box.clientWidth && upright.length) {
      upright.shift().classList.add("pw-matrix__vertical", "pw-matrix__turned");
    }
  }

  function init() {
    var tables = document.querySelectorAll("table.pw-matrix[data-matrix]");
    tables.forEach(initMatrix);
    tables.forEach(fitHeads);
    var width = window.innerWidth;
    window.addEventListener("resize", function () {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      tables.forEach(fitHeads);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
