import colorsys, random
rng = random.Random(7)
pts = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.2, 0.4, 0.4), (0.5, 0.5, 0.2), (1, 1, 0), (0.9, 0.1, 0.5)]
pts += [tuple(rng.random() for _ in range(3)) for _ in range(300)]
bad = 0
for r, g, b in pts:
    for a, z in ((colorsys.rgb_to_hsv, colorsys.hsv_to_rgb), (colorsys.rgb_to_hls, colorsys.hls_to_rgb), (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb)):
        x = a(r, g, b)
        print(x, z(*x))
print(colorsys.hsv_to_rgb(0.5, 1, 1), colorsys.hls_to_rgb(2.5, 0.7, 0.3), colorsys.hsv_to_rgb(1.0, 0.5, 0.5), colorsys.yiq_to_rgb(2, -1, 1), colorsys.rgb_to_hsv(255, 128, 0))
for i in range(8):
    h = i / 8
    r, g, b = colorsys.hsv_to_rgb(h, 0.8, 0.9)
    print(f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}")
print(colorsys.__all__ if hasattr(colorsys, "__all__") else None, colorsys.ONE_THIRD)
