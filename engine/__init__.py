"""重大事故隐患判定引擎：load → validate → link → compile → evaluate → explain."""
