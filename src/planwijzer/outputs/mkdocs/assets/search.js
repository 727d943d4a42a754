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

  /* -- Dutch compounds in the query, split as the index was (search_words.py) -------- */
  // The build added the parts of each compound to the index ('jeugdwerk' also holds
  // 'jeugd' and 'werk'); a compound the reader types is split by the same rules, so
  // 'jeugdwerking' also looks for 'jeugd', 'werking' and 'werken'. The word itself
  // keeps a boost: pages with the exact word come first. The word list is the
  // index's own words (a part it does not hold would find nothing).
  var rulesElement = document.querySelector('meta[name="planwijzer-samenstellingen"]');
  var rules = rulesElement && rulesElement.content ? JSON.parse(rulesElement.content) : null;

  function Splitter(known) {
    var notParts = new Set(rules.not_parts);
    var memo = new Map();

    function isWord(part) {
      return !notParts.has(part) && part.length >= rules.min_word && known.has(part);
    }

    function verb(part) {
      // 'woning' → 'wonen', 'werk' → 'werken', 'woon' → 'wonen': when the index has it.
      var candidates = [];
      ["ingen", "ing"].forEach(function (ending) {
        if (part.slice(-ending.length) === ending && part.length > ending.length + 2) {
          candidates.push(part.slice(0, -ending.length) + "en");
        }
      });
      if ("aeiouy".indexOf(part.slice(-1)) === -1) {
        candidates.push(part + "en");
        var n = part.length;
        if (n >= 4 && part[n - 3] === part[n - 2] && "aeou".indexOf(part[n - 2]) !== -1) {
          candidates.push(part.slice(0, -2) + part[n - 1] + "en");
        }
      }
      return candidates.filter(function (c) { return c !== part && known.has(c); })[0] || null;
    }

    function isStem(head) {
      return head.length >= rules.min_head && verb(head) !== null;
    }

    function split(word) {
      var found = [];
      function add(part, withVerb) {
        if (part !== word && found.indexOf(part) === -1) found.push(part);
        var v = withVerb === false ? null : verb(part);
        if (v !== null && v !== word && found.indexOf(v) === -1) found.push(v);
      }
      var done = false;
      for (var i = rules.min_head; i <= word.length - rules.min_word; i++) {
        var head = word.slice(0, i), tail = word.slice(i);
        var heads = [head].concat(rules.links.filter(function (link) {
          return head.slice(-link.length) === link;
        }).map(function (link) { return head.slice(0, -link.length); }));
        if (!done && isWord(tail)) {
          // One way to cut a compound, the longest last part first.
          var whole = heads.filter(function (h) { return isWord(h) || isStem(h); });
          var inner = whole.length ? [] : parts(head);
          if (whole.length || inner.length) {
            done = true;
            add(tail);
            whole.forEach(function (p) { add(p); });
            inner.forEach(function (p) { add(p, false); });
            continue;
          }
        }
        // The index's own words count on one side alone ('STEK|werking').
        [tail].concat(heads).forEach(function (p) {
          if (p.length >= rules.min_part && known.has(p) && !notParts.has(p)) add(p, false);
        });
      }
      return found;
    }

    function parts(word) {
      if (word.length < rules.min_compound) return [];
      if (!memo.has(word)) memo.set(word, split(word));
      return memo.get(word);
    }

    // The query the theme's search gets: each compound with its parts after it.
    this.query = function (query) {
      return query.split(/\s+/).map(function (term) {
        var word = fold(term);
        if (!/^[a-z]+$/.test(word)) return term;
        var extra = parts(word);
        return extra.length ? [word + "*^10"].concat(extra).join(" ") : term;
      }).join(" ");
    };
  }

  function initCompounds() {
    if (!rules || !root || !window.fetch || !window.Worker) return;
    var splitter = null;
    var loading = null;
    function load() {
      // The theme fetched the same index already: this comes from the browser's cache.
      loading = loading || fetch(root + "search/search_index.json").then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (index) {
        var known = new Set();
        (index ? index.docs : []).forEach(function (doc) {
          fold(doc.title + " " + doc.text.replace(/<[^>]+>/g, " ")).split(/[^a-z]+/)
            .forEach(function (w) { if (w) known.add(w); });
        });
        splitter = new Splitter(known);
      }).catch(function () { splitter = null; });
      return loading;
    }
    // The theme sends each query to its search worker as {type: 2, data: query}.
    var post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message) {
      var worker = this, rest = Array.prototype.slice.call(arguments, 1);
      if (!message || message.type !== 2 || typeof message.data !== "string") {
        return post.apply(worker, arguments);
      }
      load().then(function () {
        var data = splitter ? splitter.query(message.data) : message.data;
        post.apply(worker, [{ type: 2, data: data }].concat(rest));
      });
    };
  }

  function init() {
    initLabels();
    initIndex();
  }
  initCompounds();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
