"""Tools every stage may use, knowing nothing of plans: problems (the located
messages), periods, text, and when work runs (a second core, the garbage collector)."""
