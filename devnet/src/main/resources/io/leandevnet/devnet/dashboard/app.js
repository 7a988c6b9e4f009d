// lean-devnet dashboard: polls /api/status and redraws. No external assets.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = { head: "var(--head)", justified: "var(--justified)", finalized: "var(--finalized)" };

function el(tag, attrs, text) {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function num(v) { return v === null || v === undefined ? "?" : String(v); }

function short(root) { return root ? root.slice(0, 8) + "…" : "?"; }

function renderHealth(p) {
  const box = document.getElementById("health");
  const a = p.assessment;
  box.className = "health " + (a.healthy ? "ok" : "bad");
  box.dataset.healthy = String(a.healthy);
  box.textContent = a.healthy
    ? "Healthy: all nodes up, heads agree, finalizing"
    : "Unhealthy: " + a.problems.join("; ");
}

function renderNodes(p) {
  const body = document.querySelector("#nodes tbody");
  body.replaceChildren();
  for (const n of p.latest.lean) {
    const tr = el("tr", { "data-node": n.node });
    const cells = [n.node, n.client, num(n.headSlot), num(n.justifiedSlot), num(n.finalizedSlot),
      num(n.safeTargetSlot), num(n.peers), n.aggregator === null ? "?" : (n.aggregator ? "yes" : "no")];
    const names = ["node", "client", "head", "justified", "finalized", "safe", "peers", "aggregator"];
    cells.forEach((c, i) => tr.appendChild(el("td", { class: "c-" + names[i] }, c)));
    tr.appendChild(el("td", { class: n.health === "DOWN" ? "down" : "up" }, n.health.toLowerCase().replace("_", "-")));
    tr.appendChild(el("td", { class: "err", title: n.lastError || "" }, n.lastError || ""));
    body.appendChild(tr);
  }
  const elSection = document.getElementById("el-section");
  elSection.hidden = p.latest.el.length === 0;
  const elBody = document.querySelector("#el tbody");
  elBody.replaceChildren();
  for (const e of p.latest.el) {
    const tr = el("tr", { "data-service": e.service });
    [e.service, num(e.blockNumber), e.blockHash || "?", e.lastError || ""].forEach(c => tr.appendChild(el("td", {}, c)));
    elBody.appendChild(tr);
  }
}

function renderCharts(p) {
  const box = document.getElementById("charts");
  const names = p.latest.lean.map(n => n.node);
  const pts = p.history;
  if (pts.length === 0) return;
  const t0 = pts[0].at, t1 = Math.max(pts[pts.length - 1].at, t0 + 1);
  let maxSlot = 1;
  for (const pt of pts) for (const v of Object.values(pt.nodes)) maxSlot = Math.max(maxSlot, v[0]);
  let minSlot = maxSlot;
  for (const pt of pts) for (const v of Object.values(pt.nodes)) for (const s of v) if (s >= 0) minSlot = Math.min(minSlot, s);
  if (maxSlot - minSlot < 4) minSlot = Math.max(0, maxSlot - 4);
  const W = 320, H = 140, L = 30, B = 16;
  box.replaceChildren();
  for (const name of names) {
    const card = el("div", { class: "chart", "data-node": name });
    card.appendChild(el("h3", {}, name));
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none" });
    const x = t => L + (W - L - 4) * (t - t0) / (t1 - t0);
    const y = s => (H - B) - (H - B - 6) * (s - minSlot) / Math.max(1, maxSlot - minSlot);
    svg.appendChild(el("svg:text", { x: 2, y: 10, fill: "#8a96a3", "font-size": 10 }, String(maxSlot)));
    svg.appendChild(el("svg:text", { x: 2, y: H - B, fill: "#8a96a3", "font-size": 10 }, String(minSlot)));
    ["head", "justified", "finalized"].forEach((kind, i) => {
      let d = "";
      for (const pt of pts) {
        const v = pt.nodes[name];
        if (!v || v[i] < 0) continue;
        d += (d ? " L" : "M") + x(pt.at).toFixed(1) + " " + y(v[i]).toFixed(1);
      }
      if (d) svg.appendChild(el("svg:path", { d, fill: "none", stroke: COLORS[kind], "stroke-width": 2, class: "line-" + kind }));
    });
    card.appendChild(svg);
    box.appendChild(card);
  }
}

function renderTree(p) {
  const box = document.getElementById("tree");
  const source = p.latest.lean.find(n => n.tree && n.tree.length > 0);
  box.replaceChildren();
  if (!source) { box.textContent = "No node serves /lean/v0/fork_choice yet."; return; }
  document.getElementById("tree-source").textContent = "as " + source.node + " sees it";
  const nodes = source.tree.slice().sort((a, b) => a.slot - b.slot);
  const byRoot = new Map(nodes.map(n => [n.root, n]));
  const lane = new Map();
  let lanes = 0;
  for (const n of nodes) {            // a child continues its parent's lane if that lane is free
    const parent = byRoot.get(n.parentRoot);
    const parentLane = parent ? lane.get(parent.root) : undefined;
    const taken = [...lane.entries()].some(([r, l]) => l === parentLane && byRoot.get(r).parentRoot === n.parentRoot && r !== n.root);
    if (parentLane !== undefined && !taken) lane.set(n.root, parentLane); else lane.set(n.root, lanes++);
  }
  const minSlot = nodes[0].slot, maxSlot = nodes[nodes.length - 1].slot;
  const SX = 46, SY = 34, W = (maxSlot - minSlot + 1) * SX + 40, H = Math.max(1, lanes) * SY + 30;
  const svg = el("svg:svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}` });
  const pos = n => [20 + (n.slot - minSlot) * SX, 20 + lane.get(n.root) * SY];
  for (const n of nodes) {
    const parent = byRoot.get(n.parentRoot);
    if (!parent) continue;
    const [x1, y1] = pos(parent), [x2, y2] = pos(n);
    svg.appendChild(el("svg:line", { x1, y1, x2, y2, stroke: "#4a5560", "stroke-width": 2 }));
  }
  const headRoot = source.headRoot;
  for (const n of nodes) {
    const [cx, cy] = pos(n);
    let fill = "#30363d";
    if (source.finalizedSlot !== null && n.slot <= source.finalizedSlot) fill = "var(--finalized)";
    else if (source.justifiedSlot !== null && n.slot <= source.justifiedSlot) fill = "var(--justified)";
    const c = el("svg:circle", { cx, cy, r: 9, fill, stroke: n.root === headRoot ? "var(--head)" : "none", "stroke-width": 3 });
    c.appendChild(el("svg:title", {}, `slot ${n.slot} · ${n.root} · proposer ${n.proposerIndex} · weight ${n.weight}`));
    svg.appendChild(c);
    svg.appendChild(el("svg:text", { x: cx - 6, y: cy + 22 }, String(n.slot)));
  }
  box.appendChild(svg);
}

async function refresh() {
  try {
    const r = await fetch("api/status", { cache: "no-store" });
    const p = await r.json();
    document.getElementById("devnet").textContent = p.devnet;
    if (p.latest) {
      renderHealth(p);
      renderNodes(p);
      renderCharts(p);
      renderTree(p);
      document.getElementById("polled").textContent = "Last poll: " + new Date(p.latest.at).toLocaleTimeString();
    }
  } catch (e) {
    const box = document.getElementById("health");
    box.className = "health bad";
    box.dataset.healthy = "false";
    box.textContent = "lean-devnet is not answering: " + e;
  }
}

refresh();
setInterval(refresh, 2000);
