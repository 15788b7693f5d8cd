# ok: CLK101
