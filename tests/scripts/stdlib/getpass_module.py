import getpass, os, sys, io, warnings
print(getpass.getuser() == (os.environ.get("LOGNAME") or os.environ.get("USER") or getpass.getuser()))
os.environ["LOGNAME"] = "demo_user"; print(getpass.getuser())
del os.environ["LOGNAME"]; os.environ["USER"] = "u2"; print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__ if hasattr(getpass, "__all__") else "")
