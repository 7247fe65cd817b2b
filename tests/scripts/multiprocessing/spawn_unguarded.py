# spawn without the __main__ guard: the child raises the bootstrapping RuntimeError.
import multiprocessing as mp


def work():
    print("never")


mp.set_start_method("spawn", force=True)
p = mp.Process(target=work)
p.start()
p.join()
print("parent exitcode", p.exitcode)
