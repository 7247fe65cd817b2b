# sys.exit with a number.
import sys
print("bye")
sys.exit(3)
