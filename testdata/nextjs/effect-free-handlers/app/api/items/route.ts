import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb'

const ddb = new DynamoDBClient({})

// `send` on a store client is a write, although `res.send` and
// `searchParams.get` are plain reads: the receiver decides.
// ruleid: CLK101
export async function POST(req: Request) {
  const { name } = await req.json()
  await ddb.send(new PutItemCommand({ TableName: 'items', Item: { name: { S: name } } }))
  return Response.json({ ok: true })
}
