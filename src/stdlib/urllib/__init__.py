"""urllib: a package; gilpy has its parse module (URL splitting, joining and quoting)."""
