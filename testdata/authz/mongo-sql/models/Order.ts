// ok: CLK203
import mongoose from 'mongoose'

const schema = new mongoose.Schema({ userId: String, total: Number })
export default mongoose.models.Order || mongoose.model('Order', schema)
