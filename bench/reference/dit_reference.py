#!/usr/bin/env python3
"""The Zoetrope diffusion transformer in PyTorch: a measuring stick for the Java engine's speed.

Same architecture and sizes as dev.zoetrope.dit.DiffusionTransformer (patch embedding, timestep
MLP, text LayerNorm + projection + null token, blocks of adaLN-Zero self-attention with 3D RoPE,
cross-attention, GELU MLP, final modulated projection), same training step (forward, backward,
AdamW). It never runs in CI; `zoetrope bench perf` runs it to report the Java/Python step ratio.

Usage: dit_reference.py --config dit.json --batch 2 --frames 9 --height 16 --width 16 --text 12
Prints one JSON line: {"step_ms": ..., "forward_ms": ..., "torch": "..."}.
"""
import argparse
import json
import math
import time

import torch
import torch.nn.functional as F


def layer_norm(x):
    return F.layer_norm(x, (x.shape[-1],), eps=1e-6)


def modulate(x, shift, scale):
    return x * (1 + scale) + shift


def rope_tables(frames, rows, cols, head):
    half = head // 2
    time_pairs = max(1, half // 4)
    height_pairs = (half - time_pairs) // 2
    width_pairs = half - time_pairs - height_pairs
    t, y, x = torch.meshgrid(torch.arange(frames), torch.arange(rows), torch.arange(cols), indexing="ij")
    angles = []
    for positions, pairs in ((t, time_pairs), (y, height_pairs), (x, width_pairs)):
        freqs = 10000.0 ** (-torch.arange(pairs, dtype=torch.float64) / pairs)
        angles.append(positions.reshape(-1, 1).double() * freqs)
    angles = torch.cat(angles, dim=1).float()  # (L, d/2)
    angles = torch.cat([angles, angles], dim=1)  # (L, d)
    return angles.cos(), angles.sin()


def rotate(x, cos, sin):
    first, second = x.chunk(2, dim=-1)
    return x * cos + torch.cat([-second, first], dim=-1) * sin


def attention(q, k, v, bias=None):
    scores = (q * (1.0 / math.sqrt(q.shape[-1]))) @ k.transpose(-1, -2)
    if bias is not None:
        scores = scores + bias
    return scores.softmax(-1) @ v


class Linear(torch.nn.Module):
    """Weights stored (in, out) like the Java engine."""

    def __init__(self, n_in, n_out):
        super().__init__()
        limit = math.sqrt(6.0 / (n_in + n_out))
        self.weight = torch.nn.Parameter(torch.empty(n_in, n_out).uniform_(-limit, limit))
        self.bias = torch.nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        return x @ self.weight + self.bias


class Block(torch.nn.Module):
    def __init__(self, d, heads, mlp):
        super().__init__()
        self.heads = heads
        self.modulation = Linear(d, 6 * d)
        self.qkv, self.out = Linear(d, 3 * d), Linear(d, d)
        self.cq, self.ckv, self.cout = Linear(d, d), Linear(d, 2 * d), Linear(d, d)
        self.mlp_in, self.mlp_out = Linear(d, mlp), Linear(mlp, d)

    def split(self, x):
        b, n, d = x.shape
        return x.reshape(b, n, self.heads, d // self.heads).transpose(1, 2)

    def merge(self, x):
        b, h, n, e = x.shape
        return x.transpose(1, 2).reshape(b, n, h * e)

    def forward(self, h, cond, cos, sin, context, bias):
        shift1, scale1, gate1, shift2, scale2, gate2 = self.modulation(cond).chunk(6, dim=-1)
        a = modulate(layer_norm(h), shift1, scale1)
        q, k, v = self.qkv(a).chunk(3, dim=-1)
        q, k, v = rotate(self.split(q), cos, sin), rotate(self.split(k), cos, sin), self.split(v)
        h = h + self.out(self.merge(attention(q, k, v))) * gate1
        cq = self.split(self.cq(layer_norm(h)))
        ck, cv = self.ckv(context).chunk(2, dim=-1)
        h = h + self.cout(self.merge(attention(cq, self.split(ck), self.split(cv), bias)))
        b = modulate(layer_norm(h), shift2, scale2)
        return h + self.mlp_out(F.gelu(self.mlp_in(b))) * gate2


class DiT(torch.nn.Module):
    def __init__(self, c):
        super().__init__()
        d, self.c = c["hiddenSize"], c
        mlp = round(d * c["mlpRatio"])
        p = c["patchSize"]
        self.patch = Linear(c["latentChannels"] * p * p, d)
        self.time_in, self.time_out = Linear(c["frequencySize"], d), Linear(d, d)
        self.text = Linear(c["textDim"], d)
        self.null = torch.nn.Parameter(torch.randn(1, 1, d) * 0.02)
        self.blocks = torch.nn.ModuleList([Block(d, c["heads"], mlp) for _ in range(c["depth"])])
        self.final_modulation, self.final = Linear(d, 2 * d), Linear(d, c["latentChannels"] * p * p)

    def forward(self, x, t, states, keep):
        b, ch, f, hh, ww = x.shape
        p, size = self.c["patchSize"], self.c["frequencySize"]
        tokens = x.reshape(b, ch, f, hh // p, p, ww // p, p).permute(0, 2, 3, 5, 1, 4, 6).reshape(b, -1, ch * p * p)
        h = self.patch(tokens)
        half = size // 2
        freqs = torch.exp(-math.log(10000.0) * torch.arange(half) / half)
        args = (t * 1000.0)[:, None] * freqs[None]
        emb = self.time_out(F.silu(self.time_in(torch.cat([args.cos(), args.sin()], dim=-1))))
        cond = F.silu(emb)[:, None, :]
        context = torch.cat([self.text(layer_norm(states)), self.null.expand(b, 1, -1)], dim=1)
        bias = torch.cat([(1 - keep) * -1e9, torch.zeros(b, 1)], dim=1)[:, None, None, :]
        cos, sin = rope_tables(f, hh // p, ww // p, self.c["hiddenSize"] // self.c["heads"])
        for block in self.blocks:
            h = block(h, cond, cos, sin, context, bias)
        shift, scale = self.final_modulation(cond).chunk(2, dim=-1)
        out = self.final(modulate(layer_norm(h), shift, scale))
        return out.reshape(b, f, hh // p, ww // p, ch, p, p).permute(0, 4, 1, 2, 5, 3, 6).reshape(b, ch, f, hh, ww)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True, help="JSON of a DiTConfig (the 'dit' part of config.json)")
    parser.add_argument("--batch", type=int, default=2)
    parser.add_argument("--frames", type=int, default=9)
    parser.add_argument("--height", type=int, default=16)
    parser.add_argument("--width", type=int, default=16)
    parser.add_argument("--text", type=int, default=12)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    with open(args.config) as f:
        config = json.load(f)
    config = config.get("dit", config)
    model = DiT(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.01)
    shape = (args.batch, config["latentChannels"], args.frames, args.height, args.width)
    x0, noise = torch.randn(shape), torch.randn(shape)
    t = torch.rand(args.batch)
    states, keep = torch.randn(args.batch, args.text, config["textDim"]), torch.ones(args.batch, args.text)

    def step():
        xt = x0 + (noise - x0) * t[:, None, None, None, None]
        loss = (model(xt, t, states, keep) - (noise - x0)).square().mean()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=False)

    for _ in range(3):
        step()
    times = []
    for _ in range(args.steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    with torch.no_grad():
        forward = []
        for _ in range(args.steps):
            start = time.perf_counter()
            model(x0, t, states, keep)
            forward.append(time.perf_counter() - start)
    times.sort()
    forward.sort()
    print(json.dumps({"step_ms": 1000 * times[len(times) // 2], "forward_ms": 1000 * forward[len(forward) // 2],
                      "torch": torch.__version__, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
