"""Demo data for a fresh installation (``seed_demo_data``). Nothing imports this app."""
