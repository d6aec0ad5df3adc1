"""plein: design, check and report Plein participation trajectories."""
