# ok: CLK301
