# sys.exit with a message: printed on stderr, exit code 1.
import sys
sys.exit("fatal: stopping")
