with open('/nonexistent/x') as f: pass
