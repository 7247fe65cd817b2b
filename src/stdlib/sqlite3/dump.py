"""sqlite3.dump: Connection.iterdump, the SQL text that rebuilds a database."""


def _quote(text):
    return "'" + text.replace("'", "''") + "'"


def _quote_name(name):
    return '"' + name.replace('"', '""') + '"'


def _iterdump(connection):
    """Yields the statements (schema, then rows as INSERTs) that recreate the database."""
    cur = connection.cursor()
    yield "BEGIN TRANSACTION;"
    cur.execute("SELECT name, type, sql FROM sqlite_master "
                "WHERE sql NOT NULL AND type == 'table' ORDER BY name")
    sequences = []
    for name, _kind, sql in cur.fetchall():
        if name == "sqlite_sequence":
            rows = connection.execute("SELECT * FROM sqlite_sequence").fetchall()
            sequences = ['DELETE FROM "sqlite_sequence";']
            sequences += [f'INSERT INTO "sqlite_sequence" VALUES({_quote(seq)},{value});'
                          for seq, value in rows]
            continue
        if name == "sqlite_stat1":
            yield "ANALYZE \"sqlite_master\";"
            continue
        if name.startswith("sqlite_"):
            continue
        if sql.startswith("CREATE VIRTUAL TABLE"):
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   f"VALUES('table',{_quote(name)},{_quote(name)},0,{_quote(sql)});")
            continue
        yield f"{sql};"
        quoted = _quote_name(name)
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({quoted})").fetchall()]
        pieces = ",".join("'||quote(" + _quote_name(col) + ")||'" for col in columns)
        query = f"SELECT 'INSERT INTO {quoted.replace(chr(39), chr(39) * 2)} VALUES({pieces})' FROM {quoted}"
        for row in connection.execute(query):
            yield f"{row[0]};"
    cur.execute("SELECT name, type, sql FROM sqlite_master "
                "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')")
    for _name, _kind, sql in cur.fetchall():
        yield f"{sql};"
    yield from sequences
    yield "COMMIT;"
