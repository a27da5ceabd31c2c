"""The half-yearly progress report: management summary, dashboard, the six factsheets, the annex; published once."""
