// ok: CLK101
import { createClient } from '@supabase/supabase-js';
export const supabase = createClient('https://db.example.test', 'anon');
