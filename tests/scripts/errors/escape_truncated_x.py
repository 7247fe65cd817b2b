# A truncated \xXX escape: the byte range of the escape.
x = "\x4"
