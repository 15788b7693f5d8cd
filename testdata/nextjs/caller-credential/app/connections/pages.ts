'use server'

import { Client } from '@notionhq/client'

// A client built with the token the browser sent acts for that browser's
// workspace, not the app.
// ok: CLK101
export async function readDatabase(databaseId: string, accessToken: string) {
  const notion = new Client({ auth: accessToken })
  return notion.databases.retrieve({ database_id: databaseId })
}

// ok: CLK101
export async function addPage(databaseId: string, accessToken: string, title: string) {
  const notion = new Client({ auth: accessToken })
  return notion.pages.create({
    parent: { type: 'database_id', database_id: databaseId },
    properties: { name: [{ text: { content: title } }] },
  })
}

// The integration's own secret: any caller writes into the app's workspace.
// ruleid: CLK101
export async function addSharedPage(databaseId: string, title: string) {
  const notion = new Client({ auth: process.env.NOTION_INTEGRATION_SECRET })
  return notion.pages.create({
    parent: { type: 'database_id', database_id: databaseId },
    properties: { name: [{ text: { content: title } }] },
  })
}
