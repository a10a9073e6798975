"""The statistical classifier: hashed features, the shipped linear model, and per-site learned deltas."""
