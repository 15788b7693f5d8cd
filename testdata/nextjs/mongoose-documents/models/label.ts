import { Schema, model } from 'mongoose'

const labelSchema = new Schema({ name: String })

const Label = model('Label', labelSchema)
export default Label
