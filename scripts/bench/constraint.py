# A constraint solver: sudoku by backtracking with candidate sets, most-constrained cell first.
from benchlib import run

PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "800000000003600000070090200050007000000045700000100030001000068008500010090000400",
    "000000010400000000020000000000050407008000300001090000300400200050100000000806000",
]


def peers_of():
    peers = []
    for cell in range(81):
        r, c = divmod(cell, 9)
        br, bc = 3 * (r // 3), 3 * (c // 3)
        ps = set()
        for i in range(9):
            ps.add(r * 9 + i)
            ps.add(i * 9 + c)
        for i in range(3):
            for j in range(3):
                ps.add((br + i) * 9 + bc + j)
        ps.discard(cell)
        peers.append(tuple(sorted(ps)))
    return peers


PEERS = peers_of()


class Solver:
    def __init__(self, grid):
        self.grid = [int(ch) for ch in grid]
        self.nodes = 0

    def candidates(self, cell):
        used = {self.grid[p] for p in PEERS[cell]}
        return [d for d in range(1, 10) if d not in used]

    def solve(self):
        self.nodes += 1
        best = None
        best_cands = None
        for cell in range(81):
            if self.grid[cell] == 0:
                cands = self.candidates(cell)
                if not cands:
                    return False
                if best is None or len(cands) < len(best_cands):
                    best, best_cands = cell, cands
                    if len(cands) == 1:
                        break
        if best is None:
            return True
        for d in best_cands:
            self.grid[best] = d
            if self.solve():
                return True
        self.grid[best] = 0
        return False


def main():
    out = []
    for puzzle in PUZZLES * 4:
        s = Solver(puzzle)
        ok = s.solve()
        out.append((ok, s.nodes, "".join(map(str, s.grid[:9]))))
    return out


run(main)
