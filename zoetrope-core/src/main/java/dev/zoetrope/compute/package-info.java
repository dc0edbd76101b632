/**
 * Compute: opening the PyTorch engine once, NDManager scopes, tensor conversions and the seedable
 * random source. Lifetimes: one manager for a model's weights, one per request, one per step.
 */
package dev.zoetrope.compute;
