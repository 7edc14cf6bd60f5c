"""The register of keys and key cards, their loans and access rights (docs/keys.md), deposits
charged through commerce."""
