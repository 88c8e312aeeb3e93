"""kg: a deterministic, multilingual, provenance-first knowledge graph of China's AI-chip landscape."""

__version__ = "0.1.0"
