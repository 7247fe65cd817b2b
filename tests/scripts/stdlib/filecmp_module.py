import filecmp, os, tempfile, shutil, time
root = tempfile.mkdtemp()
def make(rel, text):
    p = os.path.join(root, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w") as f: f.write(text)
    os.utime(p, (1000000, 1000000))
for side in ("a", "b"):
    make(f"{side}/same.txt", "identical\n")
    make(f"{side}/sub/inner.txt", "inner " + side)
    make(f"{side}/sub/deep/x.txt", "x")
    make(f"{side}/.git/config", "ignored")
make("a/diff.txt", "left version\n"); make("b/diff.txt", "right version!\n")
make("a/samesize.txt", "aaaa"); make("b/samesize.txt", "bbbb")
make("a/only_a.txt", "a"); make("b/only_b.txt", "b")
os.makedirs(os.path.join(root, "a", "funny")); make("b/funny", "file not dir")
os.chdir(root)
print(filecmp.cmp("a/same.txt", "b/same.txt"), filecmp.cmp("a/diff.txt", "b/diff.txt"), filecmp.cmp("a/samesize.txt", "b/samesize.txt"), filecmp.cmp("a/samesize.txt", "b/samesize.txt", shallow=False))
print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "missing.txt", "samesize.txt"]))
d = filecmp.dircmp("a", "b")
d.report()
print(d.left_list, d.right_list, d.common, d.left_only, d.right_only, d.common_dirs, d.common_files, d.common_funny, d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs))
print()
d.report_full_closure()
print()
d.report_partial_closure()
d2 = filecmp.dircmp("a", "b", ignore=["only_a.txt"], hide=[])
print(d2.left_only, d2.right_only, type(d2.subdirs["sub"]).__name__)
try:
    d.nonexistent
except AttributeError as e:
    print("AttributeError", e)
try:
    filecmp.cmp("a/nope", "b/nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE); filecmp.clear_cache()
print(filecmp.dircmp[int])
shutil.rmtree(root)
