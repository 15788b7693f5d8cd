import nodemailer from 'nodemailer'

export const transporter = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

// Where the site's forms are delivered: the studio's own inbox.
// ok: CLK101
export const inboxOptions = {
  from: process.env.SMTP_USER,
  to: process.env.STUDIO_INBOX,
}

// Options that leave the recipient to the caller.
export const replyOptions = {
  from: process.env.SMTP_USER,
}
