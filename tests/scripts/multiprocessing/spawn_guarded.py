# spawn start method: the child imports the main script as __mp_main__ and runs the target.
import multiprocessing as mp
import os

LOADED_AS = __name__


def work(label, n):
    print("child", label, n * 2, LOADED_AS, mp.current_process().name, flush=True)


class Sub(mp.Process):
    def run(self):
        print("sub run in", LOADED_AS, flush=True)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=work, args=("a", 21))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    ctx = mp.get_context("spawn")
    q = ctx.Process(target=work, kwargs={"label": "kw", "n": 1})
    q.start()
    q.join()
    s = Sub()
    s.start()
    s.join()
    print("done", s.exitcode)
