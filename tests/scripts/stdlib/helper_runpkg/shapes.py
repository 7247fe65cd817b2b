"""Classes and functions for pyclbr to find."""
import os
from helper_runpkg.zz import *


class Shape:
    def area(self):
        return 0

    def describe(self):
        def inner():
            return 'x'
        return inner()


class Square(Shape, os.PathLike):
    @staticmethod
    def make(n):
        return Square()

    async def later(self):
        pass


def helper(a, b):
    class Local:
        pass
    return Local


async def fetch():
    pass
