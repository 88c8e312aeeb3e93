/* kg graph viewer. Reads the JSON in #kg-data and draws it with vis-network.
 * Every piece of text from the graph goes into the page through textContent or DOM elements,
 * never through innerHTML, so quotes, titles and labels show literally and never run. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta;
  var large = !!meta.large;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeUrl(u, pattern) { return typeof u === "string" && pattern.test(u) ? u : null; }
  var WIKIDATA = /^https?:\/\/www\.wikidata\.org\/(entity|wiki)\/Q[0-9]+$/;
  var WEB = /^https?:\/\/[^\s<>"]+$/;
  var LOCAL = /^\/[A-Za-z0-9_\-\/.%~]*$/;

  var classInfo = {}, predInfo = {}, nodeById = {}, edgeById = {}, edgesOf = {};
  data.classes.forEach(function (c) { classInfo[c.name] = c; });
  data.predicates.forEach(function (p) { predInfo[p.name] = p; });
  data.nodes.forEach(function (n) { nodeById[n.id] = n; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e;
    edgesOf[e.from].push(e);
    if (e.to !== e.from) edgesOf[e.to].push(e);
  });

  function articleLine(ev) {
    var a = data.articles[ev.a] || {};
    var parts = [];
    parts.push(a.title || a.key || "untitled article");
    if (ev.d || a.date) parts.push(ev.d || a.date);
    (a.outlets || []).forEach(function (o) { parts.push(o); });
    return parts.join(" — ");
  }
  function sourceNodes(ev) {
    var a = data.articles[ev.a] || {};
    var box = el("div", null, "kg-source");
    box.appendChild(el("span", articleLine(ev)));
    (a.sources || []).forEach(function (s) {
      box.appendChild(document.createTextNode(" · "));
      var url = safeUrl(s, WEB);
      if (url) {
        var link = el("a", s);
        link.setAttribute("href", url);
        link.setAttribute("target", "_blank");
        link.setAttribute("rel", "noopener noreferrer");
        box.appendChild(link);
      } else {
        box.appendChild(el("span", s));
      }
    });
    if (ev.h) box.appendChild(el("span", "hedged", "kg-tag kg-hedged"));
    return box;
  }

  // ---- tooltips: DOM elements, so vis never parses them as HTML ----------------------------------
  function nodeTip(n) {
    var d = el("div", null, "kg-tip");
    d.appendChild(el("strong", n.label));
    var c = classInfo[n.cls];
    d.appendChild(el("div", (c ? c.label : n.cls) + (n.prov ? " · provisional (discovered)" : "")));
    var langs = Object.keys(n.labels || {});
    if (langs.length) {
      d.appendChild(el("div", langs.map(function (l) { return (l || "–") + ": " + n.labels[l]; }).join(" | ")));
    }
    d.appendChild(el("div", (edgesOf[n.id] || []).length + " connection(s) — click for details"));
    return d;
  }
  function edgeTip(e) {
    var d = el("div", null, "kg-tip");
    d.appendChild(el("strong", nodeById[e.from].label + " — " + e.label + " → " + nodeById[e.to].label));
    if (e.hedged) d.appendChild(el("div", "hedged (reported, not certain)"));
    if (e.ev && e.ev.length) {
      var q = e.ev[0].q || "";
      d.appendChild(el("div", "“" + (q.length > 240 ? q.slice(0, 239) + "…" : q) + "”", "kg-tip-q"));
      d.appendChild(el("div", articleLine(e.ev[0])));
      if (e.ev.length > 1) d.appendChild(el("div", "+" + (e.ev.length - 1) + " more quote(s)"));
    }
    return d;
  }

  // ---- data sets ---------------------------------------------------------------------------------
  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    var c = classInfo[n.cls] || { color: "#bbb", border: "#777", shape: "dot" };
    var o = {
      id: n.id, label: n.label, shape: c.shape, size: n.size, cls: n.cls, title: nodeTip(n),
      color: { background: c.color, border: n.prov ? "#222" : c.border,
               highlight: { background: c.color, border: "#000" }, hover: { background: c.color, border: "#000" } },
      borderWidth: n.prov ? (large ? 3 : 2.5) : 1,
      // dashed borders cost a lot to draw: big graphs mark provisional nodes with a thick dark border only
      shapeProperties: { borderDashes: n.prov && !large ? [4, 3] : false }
    };
    if (n.x !== undefined) { o.x = n.x; o.y = n.y; }
    return o;
  }));
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, pred: e.p, title: edgeTip(e),
             dashes: e.hedged ? [6, 5] : false };
  }));
  var hiddenClasses = {}, hiddenPreds = {};
  var nodeView = new vis.DataView(visNodes, { filter: function (n) { return !hiddenClasses[n.cls]; } });
  var edgeView = new vis.DataView(visEdges, { filter: function (e) {
    return !hiddenPreds[e.pred] && !hiddenClasses[nodeById[e.from].cls] && !hiddenClasses[nodeById[e.to].cls];
  } });

  var options = {
    autoResize: true,
    nodes: { font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#fff" },
             scaling: { label: { drawThreshold: 6 } } },
    edges: { arrows: { to: { enabled: !large, scaleFactor: 0.5 } }, width: 1.2,
             color: { color: "#9aa5b1", highlight: "#333", hover: "#555" },
             font: { size: 10, align: "middle", color: "#555", strokeWidth: 3, strokeColor: "#fff" },
             smooth: large ? false : { type: "dynamic" } },
    layout: { randomSeed: 7, improvedLayout: !large },
    physics: large ? false : { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true },
                               forceAtlas2Based: { gravitationalConstant: -70, springLength: 130, avoidOverlap: 0.4 } },
    interaction: { hover: !large, tooltipDelay: 200, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   keyboard: false, multiselect: false }
  };
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  var api = window.kgViz = { data: data, network: network, nodes: visNodes, edges: visEdges,
                             ready: false, drawMs: null, setupMs: performance.now() - started };
  network.once("afterDrawing", function () {
    api.drawMs = performance.now();
    api.ready = true;
    document.body.setAttribute("data-ready", "1");
    if (meta.focus && meta.focus.length && nodeById[meta.focus[0]]) {
      network.selectNodes(meta.focus.filter(function (f) { return nodeById[f]; }));
    }
  });
  if (!large) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  }

  // ---- header, notice, legend --------------------------------------------------------------------
  document.getElementById("kg-count").textContent =
    data.nodes.length + " nodes, " + data.edges.length + " edges" + (large ? " · static layout" : "");
  var notice = document.getElementById("kg-notice");
  if (meta.notes && meta.notes.length) {
    notice.textContent = meta.notes.join(" · ");
    notice.hidden = false;
  }
  function refresh() { nodeView.refresh(); edgeView.refresh(); }
  var legendClasses = document.getElementById("kg-classes");
  data.classes.forEach(function (c) {
    var label = el("label");
    label.setAttribute("data-class", c.name);
    var box = el("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hiddenClasses[c.name] = !box.checked; refresh(); });
    label.appendChild(box);
    var sw = el("span", null, "kg-swatch kg-shape-" + c.shape);
    sw.style.background = c.color;
    label.appendChild(sw);
    label.appendChild(el("span", c.label));
    label.appendChild(el("span", String(c.count), "kg-count"));
    legendClasses.appendChild(label);
  });
  var legendPreds = document.getElementById("kg-preds");
  data.predicates.forEach(function (p) {
    var label = el("label");
    label.setAttribute("data-predicate", p.name);
    var box = el("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hiddenPreds[p.name] = !box.checked; refresh(); });
    label.appendChild(box);
    label.appendChild(el("span", p.label));
    label.appendChild(el("span", String(p.count), "kg-count"));
    legendPreds.appendChild(label);
  });

  // ---- side panel --------------------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  document.getElementById("kg-close").addEventListener("click", function () { panel.hidden = true; });

  function evidenceList(list, more) {
    var box = el("div");
    (list || []).forEach(function (ev) {
      box.appendChild(el("blockquote", ev.q, "kg-quote"));
      box.appendChild(sourceNodes(ev));
    });
    if (more) box.appendChild(el("div", "+" + more + " more quote(s) not shown", "kg-meta"));
    if (!list || !list.length) box.appendChild(el("div", "no quote (registry fact)", "kg-meta"));
    return box;
  }
  function nodeButton(id) {
    var b = el("button", nodeById[id].label);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function edgeBlock(e, here) {
    var box = el("div", null, "kg-edge");
    box.setAttribute("data-edge", e.id);
    var head = el("div", null, "kg-edge-head");
    if (e.from === here) {
      head.appendChild(el("span", e.label + " → "));
      head.appendChild(nodeButton(e.to));
    } else {
      head.appendChild(nodeButton(e.from));
      head.appendChild(el("span", " → " + e.label));
    }
    if (e.hedged) head.appendChild(el("span", "hedged", "kg-tag kg-hedged"));
    box.appendChild(head);
    box.appendChild(evidenceList(e.ev, e.more));
    return box;
  }
  function openNode(id) {
    var n = nodeById[id];
    if (!n) return;
    clear(body);
    body.setAttribute("data-node", id);
    var h = el("h2", n.label);
    if (n.prov) h.appendChild(el("span", "provisional", "kg-tag kg-prov"));
    body.appendChild(h);
    var c = classInfo[n.cls];
    body.appendChild(el("div", c ? c.label : n.cls, "kg-meta"));
    body.appendChild(el("div", n.id, "kg-iri"));
    var links = el("div");
    var wd = safeUrl(n.wd, WIKIDATA);
    if (wd) {
      var a = el("a", "Wikidata " + wd.replace(/^.*\//, ""));
      a.setAttribute("href", wd); a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener noreferrer");
      links.appendChild(a);
    }
    var page = safeUrl(n.url, LOCAL);
    if (page) {
      if (links.firstChild) links.appendChild(document.createTextNode(" · "));
      var p = el("a", "entity page");
      p.setAttribute("href", page);
      links.appendChild(p);
    }
    if (links.firstChild) body.appendChild(links);
    body.appendChild(el("h3", "Labels"));
    var t = el("table");
    Object.keys(n.labels || {}).forEach(function (l) {
      var tr = el("tr");
      tr.appendChild(el("td", l || "–"));
      tr.appendChild(el("td", n.labels[l]));
      t.appendChild(tr);
    });
    Object.keys(n.alt || {}).forEach(function (l) {
      var tr = el("tr");
      tr.appendChild(el("td", (l || "–") + " (also)"));
      tr.appendChild(el("td", n.alt[l].join(", ")));
      t.appendChild(tr);
    });
    body.appendChild(t);
    if (n.attrs && n.attrs.length) {
      body.appendChild(el("h3", "Attributes"));
      n.attrs.forEach(function (at) {
        var box = el("div", null, "kg-edge");
        box.appendChild(el("div", at.label + ": " + at.value, "kg-edge-head"));
        box.appendChild(evidenceList(at.ev, 0));
        body.appendChild(box);
      });
    }
    var es = edgesOf[id] || [];
    body.appendChild(el("h3", "Connections (" + es.length + ")"));
    es.forEach(function (e) { body.appendChild(edgeBlock(e, id)); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function openEdge(eid) {
    var e = edgeById[eid];
    if (!e) return;
    clear(body);
    body.setAttribute("data-node", "");
    body.appendChild(el("h2", e.label));
    body.appendChild(edgeBlock(e, e.from));
    panel.hidden = false;
  }
  function focusNode(id) {
    if (!nodeById[id]) return;
    if (hiddenClasses[nodeById[id].cls]) {
      hiddenClasses[nodeById[id].cls] = false;
      var box = legendClasses.querySelector('label[data-class="' + CSS.escape(nodeById[id].cls) + '"] input');
      if (box) box.checked = true;
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: large ? 1.0 : 1.3, animation: large ? false : { duration: 400 } });
    openNode(id);
  }
  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) openNode(params.nodes[0]);
    else if (params.edges && params.edges.length) openEdge(params.edges[0]);
  });

  // ---- search ------------------------------------------------------------------------------------
  var names = document.getElementById("kg-names");
  var seen = {};
  data.nodes.slice().sort(function (a, b) { return a.label < b.label ? -1 : a.label > b.label ? 1 : 0; })
    .forEach(function (n) {
      if (seen[n.label]) return;
      seen[n.label] = true;
      var o = el("option");
      o.value = n.label;
      names.appendChild(o);
    });
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().trim(); }
  function search(q) {
    q = norm(q);
    if (!q) return null;
    var best = null;
    var tiers = [
      function (n) { return norm(n.label) === q; },
      function (n) { return Object.keys(n.labels || {}).some(function (l) { return norm(n.labels[l]) === q; }); },
      function (n) { return Object.keys(n.alt || {}).some(function (l) { return n.alt[l].some(function (a) { return norm(a) === q; }); }); },
      function (n) { return norm(n.label).indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tiers.length && !best; i++) {
      for (var j = 0; j < data.nodes.length; j++) {
        if (tiers[i](data.nodes[j])) { best = data.nodes[j]; break; }
      }
    }
    return best;
  }
  var input = document.getElementById("kg-search");
  var msg = document.getElementById("kg-search-msg");
  function runSearch() {
    var hit = search(input.value);
    msg.textContent = hit ? "" : (input.value ? "not found" : "");
    if (hit) focusNode(hit.id);
    return hit ? hit.id : null;
  }
  document.getElementById("kg-find").addEventListener("click", runSearch);
  input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });
  input.addEventListener("change", function () { if (search(input.value)) runSearch(); });

  api.openNode = openNode;
  api.focusNode = focusNode;
  api.search = function (q) { input.value = q; return runSearch(); };
  api.hideClass = function (name, hidden) { hiddenClasses[name] = hidden !== false; refresh(); };
  api.hidePredicate = function (name, hidden) { hiddenPreds[name] = hidden !== false; refresh(); };
  api.visibleCounts = function () { return { nodes: nodeView.length, edges: edgeView.length }; };
})();
