# Process start + join, 100 times (fork).
import multiprocessing as mp


def nothing():
    pass


if __name__ == "__main__":
    for _ in range(100):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
    print(p.exitcode)
