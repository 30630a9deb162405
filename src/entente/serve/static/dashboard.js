// The dashboard's charts: the timeline (Chart.js, vendored) and the actor network (plain SVG).
// Data comes from <script type="application/json"> blocks the server wrote, never from inline code,
// so the page's Content-Security-Policy can forbid every inline script.
"use strict";

// One colour per PLOVER type: cooperative types in blues and greens, hostile ones in reds.
const TYPE_COLOURS = {
  CONSULT: "#4e79a7", AGREE: "#59a14f", SUPPORT: "#8cd17d", COOPERATE: "#499894", AID: "#86bcb6",
  CONCEDE: "#b6992d", RETREAT: "#f1ce63", REQUEST: "#f28e2b", REJECT: "#ff9d9a", ACCUSE: "#e15759",
  THREATEN: "#d37295", PROTEST: "#b07aa1", SANCTION: "#9d7660", MOBILIZE: "#79706e",
  COERCE: "#bab0ac", ASSAULT: "#000000",
};
const SVG = "http://www.w3.org/2000/svg";

function readData(id) {
  return JSON.parse(document.getElementById(id).textContent);
}

// Goldstein -10 (red) .. 0 (grey) .. +10 (blue).
function goldsteinColour(score) {
  const x = Math.max(-1, Math.min(1, score / 10));
  const grey = [150, 150, 150];
  const end = x < 0 ? [200, 40, 40] : [30, 90, 200];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(x)));
  return `rgb(${mix.join(",")})`;
}

function drawTimeline(canvas) {
  const data = readData(canvas.dataset.chart);
  const bars = data.datasets.map((d) => ({
    type: "bar", label: d.label, data: d.counts, stack: "events",
    backgroundColor: TYPE_COLOURS[d.type] || "#999", yAxisID: "y",
  }));
  const line = {
    type: "line", label: data.goldstein_label, data: data.goldstein, yAxisID: "goldstein",
    borderColor: "#222", backgroundColor: "#222", spanGaps: false, order: -1,
    pointRadius: 4, pointBorderColor: "#fff", pointBorderWidth: 1.5,
  };
  new window.Chart(canvas, {
    data: { labels: data.labels, datasets: [...bars, line] },
    options: {
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        goldstein: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false } },
      },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
    },
  });
}

// A force-directed layout, deterministic (nodes start on a circle), so the same data always
// draws the same picture; then scaled to fill the drawing with room for the labels.
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.4;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / n;
    node.x = width / 2 + (width / 3) * Math.cos(angle);
    node.y = height / 2 + (height / 3) * Math.sin(angle);
  });
  for (let step = 0, heat = width / 10; step < 300; step++, heat *= 0.985) {
    const force = nodes.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
        const d = Math.max(Math.hypot(dx, dy), 1), push = (k * k) / d;
        force[i][0] += (dx / d) * push; force[i][1] += (dy / d) * push;
        force[j][0] -= (dx / d) * push; force[j][1] -= (dy / d) * push;
      }
    }
    for (const e of edges) {
      const dx = e.from.x - e.to.x, dy = e.from.y - e.to.y;
      const d = Math.max(Math.hypot(dx, dy), 1), pull = (d * d) / k;
      force[e.from.index][0] -= (dx / d) * pull; force[e.from.index][1] -= (dy / d) * pull;
      force[e.to.index][0] += (dx / d) * pull; force[e.to.index][1] += (dy / d) * pull;
    }
    nodes.forEach((node, i) => {
      force[i][0] += (width / 2 - node.x) * 0.3; force[i][1] += (height / 2 - node.y) * 0.3;
      const f = Math.max(Math.hypot(force[i][0], force[i][1]), 1e-9), move = Math.min(f, heat);
      node.x += (force[i][0] / f) * move;
      node.y += (force[i][1] / f) * move;
    });
  }
  fit(nodes, width, height);
}

function fit(nodes, width, height) {
  const xs = nodes.map((p) => p.x), ys = nodes.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [left, right, top, bottom] = [20, 50, 25, 20];
  nodes.forEach((p) => {
    p.x = x1 > x0 ? left + ((p.x - x0) / (x1 - x0)) * (width - left - right) : width / 2;
    p.y = y1 > y0 ? top + ((p.y - y0) / (y1 - y0)) * (height - top - bottom) : height / 2;
  });
}

function svgElement(name, attributes, parent) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  parent.appendChild(element);
  return element;
}

function drawNetwork(svg) {
  const data = readData(svg.dataset.network);
  const byCode = new Map();
  const node = (code, name) => {
    if (!byCode.has(code)) byCode.set(code, { code, name, events: 0, index: byCode.size });
    return byCode.get(code);
  };
  const edges = data.map((e) => ({ ...e, from: node(e.a, e.a_name), to: node(e.b, e.b_name) }));
  edges.forEach((e) => { e.from.events += e.events; e.to.events += e.events; });
  const nodes = [...byCode.values()];
  const [, , width, height] = svg.getAttribute("viewBox").split(" ").map(Number);
  layout(nodes, edges, width, height);
  for (const e of edges) {
    const link = svgElement("a", { href: e.href, class: "edge" }, svg);
    svgElement("line", {
      x1: e.from.x, y1: e.from.y, x2: e.to.x, y2: e.to.y,
      stroke: goldsteinColour(e.goldstein), "stroke-width": 1 + 2 * Math.sqrt(e.events),
    }, link);
    svgElement("title", {}, link).textContent =
      `${e.a_name} – ${e.b_name}: ${e.events} (Goldstein ${e.goldstein})`;
  }
  for (const n of nodes) {
    const group = svgElement("g", { class: "node" }, svg);
    svgElement("circle", { cx: n.x, cy: n.y, r: 4 + 2 * Math.sqrt(n.events) }, group);
    svgElement("text", { x: n.x + 7, y: n.y - 7 }, group).textContent = n.code;
    svgElement("title", {}, group).textContent = `${n.name}: ${n.events}`;
  }
}

// In a source's text, bring the first highlighted evidence sentence into view.
function scrollToMark(box) {
  const mark = box.querySelector("mark");
  if (mark) box.scrollTop = mark.offsetTop - box.offsetTop - box.clientHeight / 3;
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("canvas[data-chart]").forEach(drawTimeline);
  document.querySelectorAll("svg[data-network]").forEach(drawNetwork);
  document.querySelectorAll("[data-scroll-to-mark]").forEach(scrollToMark);
});
