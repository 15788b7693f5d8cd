// ok: CLK101
import { WidgetKit } from 'widget-kit'

// A client of a package the analysis knows nothing about.
export const widgets = new WidgetKit({ region: 'eu' })
