// ok: CLK101
import { Document, Page, Text, View } from '@react-pdf/renderer'

export default function Slip({ number, total }: { number: string; total: string }) {
  return (
    <Document>
      <Page size="A5">
        <View>
          <Text>Slip {number}</Text>
          <Text>Total {total}</Text>
        </View>
      </Page>
    </Document>
  )
}
