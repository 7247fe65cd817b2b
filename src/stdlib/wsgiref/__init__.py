"""wsgiref: a reference implementation of WSGI (PEP 3333): helpers for environments (util),
response headers (headers), server-side handlers (handlers), a small HTTP server
(simple_server) and a conformance checker (validate)."""
