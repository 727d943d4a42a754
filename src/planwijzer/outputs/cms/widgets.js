/* Planwijzer's own fields for the CMS on /beheer/ (Decap CMS, vendored beside it),
   written by hand with the CMS's own React (window.h, window.createClass): no build.

   - planwijzer-id: an existing entry's id is shown, never typed over (a rename changes
     every address and reference: the form says who to ask); a new entry gets it from
     its title (an action) or types it once (an item of a list).
   - planwijzer-datum: a day from the calendar (YYYY-MM-DD), or a year or month typed,
     as the contract allows ('datum: 2025' stays a year, not 1970-01-01).
   - planwijzer-periode: a report's period as two dates (or years) side by side; one
     alone is written as it is ('periode: 2025', as 'nieuw rapport' writes it).
   - planwijzer-talen: one text in every language of the plan, side by side; writes a
     plain text while there is only the first language, {nl: ..., fr: ...} after.
   - a report is saved without 'mijlpalen: []' and without an action the editor left
     empty (the form starts every action with an empty list of milestones).
   - messages as sentences: the form's own message for a pattern, not "Peildatum komt
     niet overeen met het patroon: ..." (the capitals are the page's style, see index). */
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  var createClass = window.createClass;
  if (!CMS || !h || !createClass) return;

  var nl = CMS.getLocale("nl");
  if (nl && nl.editor && nl.editor.editorControlPane) {
    var phrases = JSON.parse(JSON.stringify(nl));
    phrases.editor.editorControlPane.widget.regexPattern = "%{pattern}";
    CMS.registerLocale("nl", phrases);
  }

  function text(value) {
    return value === null || value === undefined ? "" : String(value);
  }

  function fixed(output, p, shown) {
    return h("output", { id: p.forID, className: p.classNameWrapper,
      style: { display: "block", fontFamily: output ? "monospace" : "inherit",
        background: "#eff0f4", borderColor: "#eff0f4", cursor: "default" } }, shown);
  }

  var FixedId = createClass({
    getInitialState: function () {
      // Existing: in the plan when the page was built ('bestaand'), or saved before.
      var value = text(this.props.value);
      var known = this.props.field.get("bestaand");
      return { fixed: value !== "" && (!known || known.includes(value)) };
    },
    render: function () {
      var p = this.props;
      var entry = p.entry;
      var isNew = !entry || entry.get("newRecord");
      if (this.state.fixed) return fixed(true, p, text(p.value));
      if (p.field.get("from_title")) {
        // An action saved from the form has no id inside: its file's name is its id.
        if (!isNew) return fixed(true, p, text(p.value) || entry.get("slug"));
        return fixed(false, p, "Wordt gemaakt uit de titel wanneer je opslaat.");
      }
      return h("input", { id: p.forID, type: "text", className: p.classNameWrapper,
        value: text(p.value), autoComplete: "off",
        onChange: function (e) { p.onChange(e.target.value); },
        onFocus: p.setActiveStyle, onBlur: p.setInactiveStyle });
    },
  });

  var DAY = /^\d{4}-\d{2}-\d{2}$/;
  var BUTTON = { padding: "6px 10px", border: "1px solid #798291", borderRadius: "5px",
    background: "#fff", color: "#313d3e", cursor: "pointer", fontSize: "14px" };

  var DateField = createClass({
    getInitialState: function () {
      var value = text(this.props.value);
      return { free: value !== "" && !DAY.test(value) };
    },
    render: function () {
      var p = this.props;
      var self = this;
      var value = text(p.value);
      var common = { id: p.forID, onFocus: p.setActiveStyle, onBlur: p.setInactiveStyle,
        style: { font: "inherit", padding: "6px", border: "1px solid #798291",
          borderRadius: "5px", minWidth: "10em" } };
      var input = this.state.free
        ? h("input", Object.assign({}, common, { type: "text", value: value,
            inputMode: "numeric", placeholder: "2025 of 2025-06", autoComplete: "off",
            onChange: function (e) {
              var typed = e.target.value.trim();
              p.onChange(/^\d{4}$/.test(typed) ? Number(typed) : typed);
            } }))
        : h("input", Object.assign({}, common, { type: "date", value: DAY.test(value) ? value : "",
            onChange: function (e) { p.onChange(e.target.value); } }));
      var toggle = h("button", { type: "button", style: BUTTON,
        onClick: function () { self.setState({ free: !self.state.free }); } },
        this.state.free ? "Kies een dag" : "Alleen een jaar of maand");
      return h("div", { className: p.classNameWrapper,
        style: { display: "flex", gap: "12px", alignItems: "center", flexWrap: "wrap" } },
        input, toggle);
    },
  });

  var LABEL = { display: "block", fontSize: "13px", fontWeight: 600, color: "#313d3e",
    padding: "4px 0" };

  function part(value, key) {
    if (value === null || value === undefined || value === "") return "";
    if (typeof value !== "object") return key === "van" ? value : "";
    return value.get ? value.get(key) : value[key];
  }

  var Period = createClass({
    render: function () {
      var p = this.props;
      var change = function (key, typed) {
        var from = key === "van" ? typed : part(p.value, "van");
        var until = key === "tot" ? typed : part(p.value, "tot");
        if (text(until) === "") {
          p.onChange(from);  // one year or date, as 'nieuw rapport' writes it
          return;
        }
        p.onChange(p.entry.clear().set("van", from).set("tot", until));
      };
      return h("div", { style: { display: "flex", gap: "16px", flexWrap: "wrap" } },
        ["van", "tot"].map(function (key) {
          var id = key === "van" ? p.forID : p.forID + "-tot";
          return h("div", { key: key, style: { flex: "1 1 18em", minWidth: 0 } },
            h("label", { htmlFor: id, style: LABEL }, key === "van" ? "Van" : "Tot en met"),
            h(DateField, Object.assign({}, p, { forID: id, value: part(p.value, key),
              onChange: function (value) { change(key, value); } })));
        }));
    },
  });

  function inLanguage(value, code, first) {
    if (value === null || value === undefined) return "";
    if (typeof value !== "object") return first ? String(value) : "";
    var found = value.get ? value.get(code) : value[code];
    return text(found);
  }

  var Languages = createClass({
    render: function () {
      var p = this.props;
      var codes = p.field.get("talen").toJS();
      var names = p.field.get("taalnamen").toJS();
      var lines = p.field.get("regels");
      var change = function (code, typed) {
        var now = {};
        codes.forEach(function (c, i) {
          now[c] = c === code ? typed : inLanguage(p.value, c, i === 0);
        });
        var translated = codes.slice(1).some(function (c) { return now[c] !== ""; });
        // A new entry's title always per language: its file is named after the first.
        var named = p.field.get("per_taal_bij_nieuw") && p.entry.get("newRecord");
        if (!translated && !named) {
          p.onChange(now[codes[0]]);  // one text, as written by hand
          return;
        }
        var map = p.entry.clear();  // an empty map of the CMS's own kind
        codes.forEach(function (c) { if (now[c] !== "") map = map.set(c, now[c]); });
        p.onChange(map);
      };
      return h("div", { style: { display: "flex", gap: "12px", flexWrap: "wrap" } },
        codes.map(function (code, i) {
          var id = i === 0 ? p.forID : p.forID + "-" + code;
          return h("div", { key: code, style: { flex: "1 1 16em", minWidth: 0 } },
            h("label", { htmlFor: id, style: LABEL }, names[i]),
            h(lines ? "textarea" : "input", { id: id, lang: code, value: inLanguage(p.value, code, i === 0),
              rows: lines ? 6 : undefined, type: lines ? undefined : "text",
              className: p.classNameWrapper, style: { width: "100%", boxSizing: "border-box" },
              onFocus: p.setActiveStyle, onBlur: p.setInactiveStyle,
              onChange: function (e) { change(code, e.target.value); } }));
        }));
    },
  });

  function Shown(props) {
    var value = props.value;
    return h("span", null, value && value.toJS ? JSON.stringify(value.toJS()) : text(value));
  }

  function withoutEmpty(data) {
    var actions = data.get("acties");
    if (!actions || !actions.forEach) return data;
    actions.forEach(function (said, id) {
      if (!said || !said.get) return;
      var milestones = said.get("mijlpalen");
      if (milestones && milestones.size === 0) said = said.delete("mijlpalen");
      actions = said.size === 0 ? actions.delete(id) : actions.set(id, said);
    });
    return actions.size === 0 ? data.delete("acties") : data.set("acties", actions);
  }

  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var entry = event.entry;
      var reports = ["rapporten", "jaarplannen"];
      if (reports.indexOf(entry.get("collection")) < 0) return entry.get("data");
      return withoutEmpty(entry.get("data"));
    },
  });
  CMS.registerWidget("planwijzer-id", FixedId, Shown);
  CMS.registerWidget("planwijzer-datum", DateField, Shown);
  CMS.registerWidget("planwijzer-talen", Languages, Shown);
  CMS.registerWidget("planwijzer-periode", Period, Shown);
})();
