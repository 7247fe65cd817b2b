"""XML-RPC: the client (xmlrpc.client) and the server (xmlrpc.server) of the protocol."""
