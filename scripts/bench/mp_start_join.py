# Process start + join, one after another (fork).
import multiprocessing as mp

from benchlib import run


def nothing():
    pass


def main():
    for _ in range(100):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
    return p.exitcode


if __name__ == "__main__":
    run(main)
