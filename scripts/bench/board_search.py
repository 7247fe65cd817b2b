# A board-game search: connect-four on a 6x5 board, negamax with alpha-beta pruning to a fixed
# depth, a heuristic that scores windows of four, and move ordering from the centre out.
from benchlib import run

COLS, ROWS = 6, 5
ORDER = sorted(range(COLS), key=lambda c: abs(2 * c - (COLS - 1)))


def windows():
    out = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = [(r + k * dr, c + k * dc) for k in range(4)]
                if all(0 <= rr < ROWS and 0 <= cc < COLS for rr, cc in cells):
                    out.append(tuple(rr * COLS + cc for rr, cc in cells))
    return out


WINDOWS = windows()


class Board:
    def __init__(self):
        self.cells = [0] * (ROWS * COLS)
        self.heights = [0] * COLS

    def play(self, col, who):
        r = self.heights[col]
        self.cells[r * COLS + col] = who
        self.heights[col] = r + 1

    def undo(self, col):
        self.heights[col] -= 1
        self.cells[self.heights[col] * COLS + col] = 0

    def moves(self):
        return [c for c in ORDER if self.heights[c] < ROWS]

    def score(self, who):
        total = 0
        cells = self.cells
        for w in WINDOWS:
            mine = theirs = 0
            for i in w:
                v = cells[i]
                if v == who:
                    mine += 1
                elif v:
                    theirs += 1
            if mine and not theirs:
                if mine == 4:
                    return 100000
                total += mine * mine
            elif theirs and not mine:
                if theirs == 4:
                    return -100000
                total -= theirs * theirs
        return total


def negamax(board, depth, alpha, beta, who, stats):
    stats[0] += 1
    s = board.score(who)
    if depth == 0 or abs(s) >= 100000:
        return s
    moves = board.moves()
    if not moves:
        return 0
    best = -10**9
    for col in moves:
        board.play(col, who)
        v = -negamax(board, depth - 1, -beta, -alpha, -who, stats)
        board.undo(col)
        if v > best:
            best = v
        if best > alpha:
            alpha = best
        if alpha >= beta:
            break
    return best


def main():
    board = Board()
    stats = [0]
    who = 1
    game = []
    for turn in range(10):
        best_col, best_v = None, -10**9
        for col in board.moves():
            board.play(col, who)
            v = -negamax(board, 5, -10**9, 10**9, -who, stats)
            board.undo(col)
            if v > best_v:
                best_col, best_v = col, v
        board.play(best_col, who)
        game.append(best_col)
        who = -who
    return game, stats[0]


run(main, repeat=4)
