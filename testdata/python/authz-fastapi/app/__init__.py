# ok: CLK201
