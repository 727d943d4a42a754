"""The plan through its git history: what changed between two revisions (``planwijzer
diff``) and the version history on the 'Wijzigingen' page."""
