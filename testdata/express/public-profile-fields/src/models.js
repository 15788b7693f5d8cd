import mongoose from 'mongoose'
import { pgTable, text, serial } from 'drizzle-orm/pg-core'

const userSchema = new mongoose.Schema({ clerkId: String, username: String, avatar: String, bio: String, email: String, password: String })
export const User = mongoose.model('User', userSchema)

export const users = pgTable('users', { id: serial('id').primaryKey(), clerkId: text('clerk_id'), handle: text('handle'), name: text('name'), email: text('email') })
