"""Factsheets: one per pillar per period, written by the tempomakers and approved by the ambassador."""
