"""`kg serve`: the graph page, entity pages and a read-only SPARQL 1.1 endpoint over HTTP (stdlib server).

    from kg.serve import make_server
    server = make_server("out/store", "127.0.0.1", 0)   # port 0 = any free port
    server.serve_forever()
"""

from kg.serve.app import KGServer, is_loopback, make_server, start_in_thread

__all__ = ["KGServer", "make_server", "start_in_thread", "is_loopback"]
