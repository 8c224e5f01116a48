// Hotline network: draws each [data-network] box from the JSON its attribute names, with
// graphology (the graph), sigma (WebGL drawing) and ForceAtlas2 (the layout). Actors are
// nodes sized by their contacts and coloured by country, edges are weighted by the
// contacts two actors shared. Hovering a node names it with its counts and lights its
// neighbours; clicking it opens the actor's page. The page works without this file: the
// same data is listed in tables below the box.
//
// The first picture is drawn at once from a layout that groups actors by country; the
// force layout then runs a few iterations per animation frame, so the page never freezes.
// Each box reports what it drew in data-nodes, data-edges, data-render-ms and data-ready
// (for tests), and keeps {graph, renderer} in its hotline property.
(function () {
  "use strict";

  // colour gives each country a stable colour of its own (as #rrggbb: sigma's WebGL
  // programs read hex, not hsl()); unknown is grey.
  function colour(code) {
    if (!code) return "#9aa0a6";
    var h = 0;
    for (var i = 0; i < code.length; i++) h = (h * 31 + code.charCodeAt(i)) % 360;
    return hslHex((h * 47) % 360, 0.62, 0.46);
  }

  function hslHex(h, s, l) {
    var a = s * Math.min(l, 1 - l);
    function f(n) {
      var k = (n + h / 30) % 12;
      var c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
      return Math.round(255 * c).toString(16).padStart(2, "0");
    }
    return "#" + f(0) + f(8) + f(4);
  }

  // seedPositions places countries on a circle, biggest first, and each country's actors
  // on a small spiral around its point: a readable picture before any force layout.
  function seedPositions(nodes) {
    var byCountry = {}, order = [];
    nodes.forEach(function (n) {
      var k = n.country || "";
      if (!byCountry[k]) { byCountry[k] = []; order.push(k); }
      byCountry[k].push(n);
    });
    order.sort(function (a, b) { return byCountry[b].length - byCountry[a].length; });
    var pos = {}, R = Math.sqrt(nodes.length) * 4 + 10;
    order.forEach(function (k, i) {
      var a = (2 * Math.PI * i) / Math.max(order.length, 1);
      var cx = R * Math.cos(a), cy = R * Math.sin(a);
      byCountry[k].forEach(function (n, j) {
        var r = 1.5 * Math.sqrt(j), t = j * 2.39996;
        pos[n.id] = { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) };
      });
    });
    return pos;
  }

  function draw(box) {
    var t0 = performance.now();
    fetch(box.getAttribute("data-network"), { headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) throw new Error("the network data answered " + r.status);
        return r.json();
      })
      .then(function (data) { build(box, data, t0); })
      .catch(function (e) {
        box.setAttribute("data-error", String(e));
        box.textContent = "The network could not be drawn: " + e.message;
      });
  }

  function build(box, data, t0) {
    var t1 = performance.now();
    var g = new graphology.Graph({ type: "undirected", multi: false });
    var maxContacts = 1, maxEdge = 1;
    data.nodes.forEach(function (n) { maxContacts = Math.max(maxContacts, n.contacts); });
    data.edges.forEach(function (e) { maxEdge = Math.max(maxEdge, e.contacts); });
    var pos = seedPositions(data.nodes);
    data.nodes.forEach(function (n) {
      g.addNode(String(n.id), {
        label: n.name, x: pos[n.id].x, y: pos[n.id].y,
        size: 3 + 13 * Math.sqrt(n.contacts / maxContacts),
        color: colour(n.country), country: n.country, role: n.role, contacts: n.contacts,
      });
    });
    data.edges.forEach(function (e) {
      g.addEdge(String(e.source), String(e.target), {
        size: 0.6 + 3 * Math.sqrt(e.contacts / maxEdge), color: "#c8ccd2", contacts: e.contacts,
      });
    });
    var canvas = box.querySelector(".network-canvas") || box;
    var tip = box.querySelector(".network-tip");
    var hovered = null;
    var big = g.order > 500;
    var renderer = new Sigma(g, canvas, {
      renderEdgeLabels: false,
      // Labels and edges cost most of a frame when WebGL runs on the CPU (no GPU):
      // fewer labels on big graphs, and neither while the view moves.
      labelRenderedSizeThreshold: big ? 12 : 8,
      hideLabelsOnMove: big,
      hideEdgesOnMove: g.size > 3000,
      zIndex: true,
      nodeReducer: function (node, attrs) {
        if (!hovered || node === hovered || g.areNeighbors(node, hovered)) return attrs;
        return Object.assign({}, attrs, { color: "#e3e5e8", label: "" });
      },
      edgeReducer: function (edge, attrs) {
        if (!hovered) return attrs;
        if (g.hasExtremity(edge, hovered)) return Object.assign({}, attrs, { color: "#5f6368" });
        return Object.assign({}, attrs, { hidden: true });
      },
    });
    var t2 = performance.now();
    box.hotline = { graph: g, renderer: renderer };
    box.setAttribute("data-nodes", String(g.order));
    box.setAttribute("data-edges", String(g.size));
    box.setAttribute("data-fetch-ms", (t1 - t0).toFixed(1));
    box.setAttribute("data-render-ms", (t2 - t1).toFixed(1));

    renderer.on("enterNode", function (e) {
      hovered = e.node;
      var a = g.getNodeAttributes(e.node);
      if (tip) {
        tip.textContent = a.label + (a.country ? " (" + a.country + ")" : "") + ": " + a.contacts +
          (a.contacts === 1 ? " contact" : " contacts") + " with " + g.degree(e.node) +
          (g.degree(e.node) === 1 ? " partner" : " partners");
        var p = renderer.graphToViewport({ x: a.x, y: a.y });
        tip.style.left = Math.round(p.x + 12) + "px";
        tip.style.top = Math.round(p.y + 12) + "px";
        tip.style.display = "block";
      }
      box.setAttribute("data-hovered", e.node);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveNode", function () {
      hovered = null;
      if (tip) tip.style.display = "none";
      box.removeAttribute("data-hovered");
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("clickNode", function (e) {
      window.location.href = box.getAttribute("data-actor-url") + encodeURIComponent(e.node);
    });
    legend(box, data.nodes);
    settle(box, g, renderer);
  }

  // settle runs ForceAtlas2 on a copy of the graph that nothing listens to (the drawn
  // graph would make sigma re-index at every step), in slices of about 30 ms, one slice
  // per animation frame, so the page answers input throughout; the drawn graph takes the
  // new positions every two seconds (a redraw of every edge is costly) and at the end.
  function settle(box, g, renderer) {
    var total = g.order > 1000 ? 60 : 150, done = 0, step = 1, lastCopy = performance.now(), stopped = false;
    if (g.order < 2 || typeof forceAtlas2 === "undefined") { box.setAttribute("data-ready", "1"); return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "stop-layout";
    button.textContent = "stop layout";
    button.setAttribute("data-testid", "stop-layout");
    box.parentNode.insertBefore(button, box);
    var work = g.copy();
    var settings = forceAtlas2.inferSettings(work);
    settings.barnesHutOptimize = work.order > 300;
    var started = performance.now();
    function copyBack() {
      g.updateEachNodeAttributes(function (node, attrs) {
        var w = work.getNodeAttributes(node);
        attrs.x = w.x;
        attrs.y = w.y;
        return attrs;
      }, { attributes: ["x", "y"] });
      lastCopy = performance.now();
    }
    function finish() {
      copyBack();
      button.remove();
      box.setAttribute("data-layout-ms", (performance.now() - started).toFixed(1));
      requestAnimationFrame(function () { box.setAttribute("data-ready", "1"); });
    }
    // Stopping keeps the positions reached so far: a reader who has seen enough (or a
    // test that needs still nodes) need not wait for the last iterations.
    box.hotline.stopLayout = function () {
      if (stopped || done >= total) return;
      stopped = true;
      finish();
    };
    button.addEventListener("click", box.hotline.stopLayout);
    function frame() {
      if (stopped) return;
      var t = performance.now();
      var n = Math.min(step, total - done);
      forceAtlas2.assign(work, { iterations: n, settings: settings });
      done += n;
      var took = performance.now() - t;
      step = Math.max(1, Math.min(50, Math.round(n * 30 / Math.max(took, 1))));
      if (done < total) {
        if (performance.now() - lastCopy > 2000) copyBack();
        requestAnimationFrame(frame);
        return;
      }
      finish();
    }
    requestAnimationFrame(frame);
  }

  // legend lists the commonest countries with their colours.
  function legend(box, nodes) {
    var list = box.parentNode.querySelector(".swatches");
    if (!list) return;
    var counts = {};
    nodes.forEach(function (n) { var k = n.country || ""; counts[k] = (counts[k] || 0) + 1; });
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).slice(0, 16).forEach(function (k) {
      var li = document.createElement("li");
      var dot = document.createElement("span");
      dot.textContent = "● ";
      dot.style.color = colour(k);
      li.appendChild(dot);
      li.appendChild(document.createTextNode((k || "unknown") + " " + counts[k]));
      list.appendChild(li);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof Sigma === "undefined" || typeof graphology === "undefined") return;
    document.querySelectorAll("[data-network]").forEach(draw);
  });
})();
