"""Deterministic layout in Python for graphs too large for the browser's physics simulation.

Each connected component is laid out on its own (networkx's spring layout for small components; a
grid-approximated Fruchterman-Reingold in numpy for large ones, O(n * cells) per step instead of
O(n^2)), then the components are packed in rows, largest first. Same graph + same seed = same
coordinates: nodes are processed in sorted order and the only randomness is a seeded generator.
Coordinates are in screen pixels for vis-network.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

LARGE_GRAPH = 300  # above this many nodes the page gets Python coordinates and no physics
SPRING_MAX = 200  # components up to this size use nx.spring_layout
SPACING = 45.0  # pixels per sqrt(node)


def layout(G: nx.Graph, *, seed: int = 7, spacing: float = SPACING) -> dict[str, tuple[float, float]]:
    """Pixel coordinates for every node of G, deterministic for a given graph and seed."""
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes, key=str))
    U.add_edges_from(sorted(((u, v) for u, v in G.edges() if u != v), key=lambda e: (str(e[0]), str(e[1]))))
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(U)), key=lambda c: (-len(c), str(c[0])))
    placed: list[tuple[list, np.ndarray, float]] = []
    for i, nodes in enumerate(comps):
        pos = _component(U, nodes, seed + i)
        radius = spacing * math.sqrt(len(nodes)) * (0.7 if len(nodes) > 1 else 0.3)
        placed.append((nodes, pos * radius, radius))
    return _pack(placed)


def _component(U: nx.Graph, nodes: list, seed: int) -> np.ndarray:
    """Positions of one component, centred, inside the unit disc (a single node sits at 0, 0)."""
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-1.0, 0.0], [1.0, 0.0]])
    if n <= SPRING_MAX:
        sub = nx.Graph()
        sub.add_nodes_from(nodes)
        sub.add_edges_from(sorted(U.subgraph(nodes).edges(), key=lambda e: (str(e[0]), str(e[1]))))
        p = nx.spring_layout(sub, seed=seed, iterations=80)
        pos = np.array([p[v] for v in nodes], dtype=float)
    else:
        index = {v: i for i, v in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in U.subgraph(nodes).edges()], dtype=np.int64)
        pos = fruchterman_reingold_grid(n, edges, seed=seed)
    pos -= pos.mean(axis=0)
    reach = float(np.sqrt((pos ** 2).sum(axis=1)).max()) or 1.0
    return pos / reach


def fruchterman_reingold_grid(n: int, edges: np.ndarray, *, seed: int = 7, iterations: int = 50) -> np.ndarray:
    """Force-directed layout where repulsion comes from the centroids of a coarse grid of cells
    (and of the other nodes of a node's own cell), attraction along edges. Deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    k = 2.0 / math.sqrt(n)  # ideal edge length in a [-1, 1]^2 box
    side = max(4, min(32, int(math.sqrt(n) / 2)))
    temp = 0.2
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        lo = pos.min(axis=0)
        span = np.maximum(pos.max(axis=0) - lo, 1e-9)
        cx = np.minimum((pos[:, 0] - lo[0]) / span[0] * side, side - 1).astype(np.int64)
        cy = np.minimum((pos[:, 1] - lo[1]) / span[1] * side, side - 1).astype(np.int64)
        cell = cx * side + cy
        ncell = side * side
        mass = np.bincount(cell, minlength=ncell).astype(float)
        sx = np.bincount(cell, weights=pos[:, 0], minlength=ncell)
        sy = np.bincount(cell, weights=pos[:, 1], minlength=ncell)
        occupied = np.nonzero(mass)[0]
        cen = np.stack([sx[occupied], sy[occupied]], axis=1) / mass[occupied, None]
        m = mass[occupied]
        slot = np.full(ncell, -1, dtype=np.int64)
        slot[occupied] = np.arange(len(occupied))
        # far field: every cell except the node's own, as one body of mass m at its centroid;
        # |p - c|^2 = |p|^2 + |c|^2 - 2 p.c, so one matrix product gives all the distances
        dist2 = (pos ** 2).sum(axis=1)[:, None] + (cen ** 2).sum(axis=1)[None, :] - 2.0 * (pos @ cen.T)
        np.maximum(dist2, 1e-6, out=dist2)
        w = (k * k) * m[None, :] / dist2
        w[np.arange(n), slot[cell]] = 0.0
        disp = pos * w.sum(axis=1)[:, None] - w @ cen
        # near field: the other nodes of the node's own cell, as one body at their centroid
        own = mass[cell] - 1.0
        has = own > 0
        if has.any():
            others = (np.stack([sx[cell], sy[cell]], axis=1) - pos)[has] / own[has, None]
            d = pos[has] - others
            dist2 = np.maximum((d ** 2).sum(axis=1), 1e-6)
            disp[has] += d * ((k * k) * own[has] / dist2)[:, None]
        # attraction along edges
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt(np.maximum((d ** 2).sum(axis=1), 1e-12))
            f = d * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += (np.bincount(edges[:, 1], weights=f[:, axis], minlength=n)
                                  - np.bincount(edges[:, 0], weights=f[:, axis], minlength=n))
        length = np.sqrt(np.maximum((disp ** 2).sum(axis=1), 1e-12))
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return pos


def _pack(placed: list[tuple[list, np.ndarray, float]]) -> dict[str, tuple[float, float]]:
    """Shelf-pack the components (largest first) into rows of roughly square overall shape."""
    total = sum((2 * r) ** 2 for _, _, r in placed)
    width = max(math.sqrt(total) * 1.3, max((2 * r for _, _, r in placed), default=0.0))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    gap = SPACING
    for nodes, pos, r in placed:
        size = 2 * r + gap
        if x > 0 and x + size > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + size / 2, y + size / 2
        for v, (px, py) in zip(nodes, pos):
            out[v] = (round(float(cx + px), 1), round(float(cy + py), 1))
        x += size
        row_h = max(row_h, size)
    if out:  # centre the drawing on 0, 0
        mx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
        my = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
        out = {v: (round(px - mx, 1), round(py - my, 1)) for v, (px, py) in out.items()}
    return out
