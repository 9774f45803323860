print("bench-peer: not built yet")
